// SPDX-License-Identifier: MIT
// DWDVEV1007: give every dual-write company without one a default owning team: the root
// business unit's default team (domain.md §4.5), unless the caller names another team.
#include "checkresult.h"
#include "profile.h"
#include "recordaddress.h"
#include "remediationplan.h"
#include "remediationstr.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dwh::detail {

namespace {

const QString companySet = QStringLiteral("cdm_companies");
const QString companyKey = QStringLiteral("cdm_companyid");
const QString teamLookup = QStringLiteral("cdm_defaultowningteam");

/** The team id to set and how it was chosen; empty id with `error` set when there is none. */
QString chooseTeam(const Snapshot &snapshot, const PlanOptions &options, QString *why,
                   QString *error)
{
    if (!options.teamId.isEmpty()) {
        if (!RecordAddress::isGuid(options.teamId.trimmed())) {
            *error = RemediationTexts::tr("the team id \"%1\" is not a GUID").arg(options.teamId);
            return QString();
        }
        *why = RemediationTexts::tr("the team named by the caller");
        return options.teamId.trimmed().toLower();
    }
    const DatasetResult &teams = snapshot.get(Dataset::DvRootDefaultTeam);
    if (!teams.ok()) {
        *error = RemediationTexts::tr("the root business unit's default team could not be read (%1); name a team "
                    "id instead")
                     .arg(teams.error.isEmpty() ? RemediationTexts::tr("not fetched") : teams.error);
        return QString();
    }
    for (const QJsonObject &row : teams.rows) {
        const QString id = row.value(QStringLiteral("teamid")).toString();
        if (RecordAddress::isGuid(id)) {
            *why = RemediationTexts::tr("the root business unit's default team \"%1\"")
                       .arg(row.value(QStringLiteral("name")).toString());
            return id.toLower();
        }
    }
    *error = RemediationTexts::tr("Dataverse returned no default team for the root business unit; name a team id "
                "instead");
    return QString();
}

} // namespace

void planOwningTeam(const CheckResult &check, const Snapshot &snapshot, const Profile &profile,
                    const PlanOptions &options, RemediationPlan *plan)
{
    QString why;
    const QString teamId = chooseTeam(snapshot, options, &why, &plan->error);
    if (teamId.isEmpty())
        return;
    const QJsonArray companies = check.details.value(QStringLiteral("withoutTeam")).toArray();
    for (const QJsonValue &value : companies) {
        const QJsonObject company = value.toObject();
        const QString id = company.value(QStringLiteral("id")).toString().trimmed();
        const QString code = company.value(QStringLiteral("code")).toString();
        const QString name = code + QStringLiteral(" (")
                           + company.value(QStringLiteral("name")).toString() + QLatin1Char(')');
        if (!RecordAddress::isGuid(id)) {
            plan->error = RemediationTexts::tr("the company %1 has no usable id (\"%2\")").arg(name, id);
            plan->actions.clear();
            return;
        }
        WriteAction a;
        a.method = QByteArrayLiteral("PATCH");
        a.url = RecordAddress::dataverseRecord(profile.dataverseUrl, companySet, id);
        a.body = QJsonObject{{teamLookup + QStringLiteral("@odata.bind"),
                              QStringLiteral("/teams(%1)").arg(teamId)}};
        a.record = RecordRef{Service::Dataverse, companySet, companyKey, id, name,
                             profile.dataverseUrl, a.url};
        a.reasonCode = QStringLiteral("noDefaultOwningTeam");
        a.reason = RemediationTexts::tr("the company syncs through dual-write and has no default owning team; "
                      "sets %1 (%2)").arg(why, teamId);
        plan->actions.append(a);
    }
}

} // namespace dwh::detail
