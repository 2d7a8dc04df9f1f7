// SPDX-License-Identifier: MIT
#include "rulehelpers.h"

#include "rulestr.h"

namespace dwh {

QString columnText(const QJsonObject &row, const QString &column)
{
    return row.value(column).toString();
}

bool isNullLookup(const QJsonObject &row, const QString &column)
{
    const QJsonValue value = row.value(column);
    return value.isNull() || value.isUndefined() || value.toString().trimmed().isEmpty();
}

CheckResult makeResult(CheckStatus status, const QStringList &codes, const QString &message,
                       const QJsonObject &details)
{
    CheckResult r;
    r.status = status;
    r.codes = codes;
    r.message = message;
    r.details = details;
    return r;
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString nameList(const QStringList &names)
{
    return cappedNameList(names, ListedNamesCap);
}

QString cappedNameList(const QStringList &names, int cap)
{
    if (names.size() <= cap)
        return names.join(QLatin1String(", "));
    const int rest = int(names.size()) - cap;
    return Rules::tr("%1 and %2 more")
        .arg(names.mid(0, cap).join(QLatin1String(", ")), QString::number(rest));
}

void capListed(QJsonObject *details, const QString &key, int cap)
{
    const QJsonArray list = details->value(key).toArray();
    if (list.size() <= cap)
        return;
    QJsonArray kept;
    for (int i = 0; i < cap; ++i)
        kept.append(list.at(i));
    const int left = int(list.size()) - cap;
    details->insert(key, kept);
    QJsonObject notListed = details->value(QStringLiteral("notListed")).toObject();
    notListed.insert(key, left);
    details->insert(QStringLiteral("notListed"), notListed);
}

QJsonObject DatasetFailure::toJson(Dataset dataset) const
{
    QJsonObject o{{QStringLiteral("dataset"), datasetName(dataset)},
                  {QStringLiteral("service"), serviceName(serviceOf(dataset))},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("error"), error}};
    if (httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), httpStatus);
    return o;
}

namespace {

QString reasonFromText(const QString &error)
{
    if (error.contains(QLatin1String("cancel"), Qt::CaseInsensitive))
        return QStringLiteral("cancelled");
    if (error.contains(QLatin1String("AADSTS")) || error.contains(QLatin1String("sign-in"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("sign in"), Qt::CaseInsensitive))
        return QStringLiteral("signInRefused");
    if (error.contains(QLatin1String("throttl"), Qt::CaseInsensitive))
        return QStringLiteral("throttled");
    return QStringLiteral("badAnswer");
}

QString reasonFromEvidence(const Evidence &e)
{
    if (e.status == 0) {
        if (e.error.contains(QLatin1String("cancel"), Qt::CaseInsensitive))
            return QStringLiteral("cancelled");
        return QStringLiteral("unreachable");
    }
    if (e.service == QLatin1String("entra"))
        return e.status >= 500 ? QStringLiteral("serviceError") : QStringLiteral("signInRefused");
    if (e.status == 401)
        return QStringLiteral("signInRefused");
    if (e.status == 403)
        return QStringLiteral("accessDenied");
    if (e.status == 429)
        return QStringLiteral("throttled");
    if (e.status >= 500)
        return QStringLiteral("serviceError");
    if (e.status >= 400)
        return QStringLiteral("requestRejected");
    return QString();
}

} // namespace

DatasetFailure describeFailure(const DatasetResult &result)
{
    DatasetFailure f;
    if (result.state == DatasetResult::State::NotFetched) {
        f.reason = QStringLiteral("notFetched");
        f.error = Rules::tr("not fetched in this run");
        return f;
    }
    f.error = result.error;
    if (result.pageCapHit) {
        f.reason = QStringLiteral("pageCap");
        return f;
    }
    // The last exchange that went wrong tells why: a sign-in refusal, a 429 past the retry
    // budget, no answer at all. A dataset whose exchanges all succeeded had a bad answer.
    for (auto it = result.evidence.crbegin(); it != result.evidence.crend(); ++it) {
        const QString reason = reasonFromEvidence(*it);
        if (!reason.isEmpty()) {
            f.reason = reason;
            f.httpStatus = it->status;
            return f;
        }
    }
    f.reason = result.evidence.isEmpty() ? reasonFromText(result.error)
                                         : QStringLiteral("badAnswer");
    return f;
}

QString datasetDescription(Dataset dataset)
{
    switch (dataset) {
    case Dataset::DvWhoAmI: return Rules::tr("the signed-in identity (WhoAmI)");
    case Dataset::DvUserRoles:
        return Rules::tr("the signed-in identity's security roles (systemuserroles_association)");
    case Dataset::DvSolutions: return Rules::tr("the installed solutions (solutions)");
    case Dataset::DvCompanies: return Rules::tr("the Company table (cdm_companies)");
    case Dataset::DvRootBusinessUnit: return Rules::tr("the root business unit (businessunits)");
    case Dataset::DvRootDefaultTeam:
        return Rules::tr("the root business unit's default team (teams)");
    case Dataset::DvAppUsers: return Rules::tr("the dual-write application users (systemusers)");
    case Dataset::DvPluginAssemblies:
        return Rules::tr("the dual-write plug-in assemblies (pluginassemblies)");
    case Dataset::DvPluginSteps:
        return Rules::tr("the dual-write plug-in steps (sdkmessageprocessingsteps)");
    case Dataset::DvRuntimeConfigs:
    case Dataset::DvRuntimeConfigsFull:  // the same rows, every column
        return Rules::tr("the dual-write runtime configurations (msdyn_dualwriteruntimeconfigs)");
    case Dataset::FoLegalEntities: return Rules::tr("the legal entities (LegalEntities)");
    case Dataset::FoProjectConfigs:
    case Dataset::FoProjectConfigsFull:
        return Rules::tr("the dual-write project configurations (DualWriteProjectConfigurations)");
    case Dataset::PpConnections: return Rules::tr("the environment's connections (connections)");
    case Dataset::PpEnvironment:
        return Rules::tr("the environment and its linked finance and operations app (Power "
                         "Platform admin API)");
    case Dataset::DvBusinessUnits: return Rules::tr("the business units (businessunits)");
    case Dataset::DvOwnerTeams: return Rules::tr("the owner teams (teams)");
    case Dataset::FoEntraApplications:
        return Rules::tr("the Microsoft Entra ID applications page (SysAADClientTables; this "
                         "entity is not documented as exposed over OData, so an answer 404 "
                         "means it is not exposed or not readable)");
    case Dataset::FoSystemAdministrators:
        return Rules::tr("the System administrator role assignments "
                         "(SecurityUserRoleAssociations)");
    case Dataset::DvOrganization:
        return Rules::tr("the organization's plug-in trace setting (organizations)");
    case Dataset::DvTraceLogs:
        return Rules::tr("the dual-write plug-in's trace log (plugintracelogs)");
    case Dataset::DvAppUserRoles:
        return Rules::tr("the dual-write application users' security roles "
                         "(systemuserroles_association)");
    case Dataset::DvTeamRoles:
        return Rules::tr("the owner teams' security roles (teamroles_association)");
    }
    return datasetName(dataset);
}

QString unreadableMessage(Dataset dataset, const DatasetResult &result)
{
    const DatasetFailure failure = describeFailure(result);
    return Rules::tr("Could not read %1 from %2: %3")
        .arg(datasetDescription(dataset), serviceDisplayName(serviceOf(dataset)), failure.error);
}

} // namespace dwh
