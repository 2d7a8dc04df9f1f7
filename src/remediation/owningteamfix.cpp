// SPDX-License-Identifier: MIT
// DWDVEV1007: give every dual-write company without one a default owning team. Microsoft's
// company-data article: enabling a company for dual-write creates a business unit with the
// company's name and an owner team of that name in it, and sets it as the company's default
// owning team. So the team offered first is that one (found in dv.ownerTeams / dv.businessUnits);
// only where it does not exist, the root business unit's default team (domain.md §4.5, the
// owner of global records); or the team the caller names.
#include "checkresult.h"
#include "matching.h"
#include "owningteamdetails.h"
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

/** The owner team Microsoft's company-data article describes for a company: in the business
 *  unit named as the company (code or name), not the unit's default team, named as the unit
 *  (or "<unit> DW Owner").
 *  Empty when the datasets were not read or there is no such team. */
QString companyOwnTeam(const Snapshot &snapshot, const CompanyOwningTeam &company, QString *why)
{
    const DatasetResult &units = snapshot.get(Dataset::DvBusinessUnits);
    const DatasetResult &teams = snapshot.get(Dataset::DvOwnerTeams);
    if (!units.ok() || !teams.ok())
        return QString();
    const QStringList names{company.code.trimmed(), company.name.trimmed()};
    for (const QJsonObject &unit : units.rows) {
        const QString unitName = unit.value(QStringLiteral("name")).toString().trimmed();
        bool named = false;
        for (const QString &n : names)
            named = named || (!n.isEmpty() && unitName.compare(n, Qt::CaseInsensitive) == 0);
        if (!named)
            continue;
        const QString unitId = recordIdKey(unit.value(QStringLiteral("businessunitid")).toString());
        // "A separate owner team is created that has the same name"; the rows it owns are
        // said to be owned by the "DW Owner" team: accept "<unit>" first, then "<unit> DW Owner".
        const QStringList wanted{unitName, unitName + QStringLiteral(" DW Owner")};
        for (const QString &wantedName : wanted) {
            for (const QJsonObject &team : teams.rows) {
                if (team.value(QStringLiteral("isdefault")).toBool(false)
                    || recordIdKey(team.value(QStringLiteral("_businessunitid_value")).toString()) != unitId
                    || team.value(QStringLiteral("name")).toString().trimmed().compare(wantedName, Qt::CaseInsensitive) != 0)
                    continue;
                const QString id = team.value(QStringLiteral("teamid")).toString();
                if (!RecordAddress::isGuid(id))
                    continue;
                *why = RemediationTexts::tr("the company's own owner team \"%1\" in its business unit "
                                            "\"%2\", as Microsoft's company-data article describes")
                           .arg(team.value(QStringLiteral("name")).toString(), unitName);
                return id.toLower();
            }
        }
    }
    return QString();
}

} // namespace

void planOwningTeam(const CheckResult &check, const Snapshot &snapshot, const Profile &profile,
                    const PlanOptions &options, RemediationPlan *plan)
{
    // The fallback (or the caller's team) is chosen lazily: only a company without its own team
    // needs it, and its absence is an error only then.
    QString fallbackWhy, fallbackError, fallbackId;
    bool fallbackChosen = false;
    QString error;
    const std::optional<OwningTeamDetails> details = OwningTeamDetails::fromJson(check.details, &error);
    if (!details) {
        plan->error = RemediationTexts::tr("the details of %1 are malformed (%2), so the records "
                                           "to fix are unknown")
                          .arg(check.id, error);
        return;
    }
    for (const CompanyOwningTeam &company : details->withoutTeam) {
        const QString id = company.id.trimmed();
        const QString name = company.code + QStringLiteral(" (") + company.name + QLatin1Char(')');
        if (!RecordAddress::isGuid(id)) {
            plan->error = RemediationTexts::tr("the company %1 has no usable id (\"%2\")").arg(name, id);
            plan->actions.clear();
            return;
        }
        QString why;
        QString teamId = options.teamId.isEmpty() ? companyOwnTeam(snapshot, company, &why) : QString();
        if (teamId.isEmpty()) {
            if (!fallbackChosen) {
                fallbackId = chooseTeam(snapshot, options, &fallbackWhy, &fallbackError);
                fallbackChosen = true;
            }
            if (fallbackId.isEmpty()) {
                plan->error = fallbackError;
                plan->actions.clear();
                return;
            }
            teamId = fallbackId;
            why = options.teamId.isEmpty()
                ? RemediationTexts::tr("%1, because no owner team named as the company was found "
                                       "in a business unit of its name")
                      .arg(fallbackWhy)
                : fallbackWhy;
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
