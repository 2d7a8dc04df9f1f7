// SPDX-License-Identifier: MIT
// dep.bu.default-team-name (DWFOEV1006), from dv.rootBusinessUnit and dv.rootDefaultTeam, and for
// "the mapped business unit" (seed: "the default team of the mapped or root business unit") from
// dv.companies, dv.ownerTeams and dv.businessUnits.
//
// The root business unit is judged as below. Which business unit the Dual-write page maps to a
// legal entity is kept by the Data Integrator service (no documented API), so the mapped units
// are the ones Microsoft's company-data article describes: the business unit of each dual-write
// company's default owning team (the plug-in creates it with the company's name). A mismatch
// there is a `warning` naming the company, since the mapping itself cannot be read; when those
// datasets cannot be read the check is at most `warning` and says so (never `pass`).
//
// Decision: the names are compared after trimming. Equal → pass. Equal only when letter case is
// ignored → warning with DWFOEV1006: Dataverse lookups by name ignore case, but Microsoft says
// the team name is "expected to match" and the product's own compare is not documented. Any
// other difference → fail.
// Exactly one root business unit (no parent) and exactly one default team of it are expected;
// zero or several → unknown, naming what was found.
// details: {businessUnit: {id, name}, defaultTeam: {id, name}, match: "exact"|"caseOnly"|"none",
//           mapped: [{businessUnit, defaultTeam, match, companies: [codes]}], mappedError}
//          on unknown: {businessUnits: [{id, name}], defaultTeams: [{id, name, businessUnitId}]}
#include "checks.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

#include <QHash>
#include <QMap>

namespace dwh {

namespace {

QJsonObject buJson(const QJsonObject &row)
{
    return {{QStringLiteral("id"), columnText(row, QStringLiteral("businessunitid"))},
            {QStringLiteral("name"), columnText(row, QStringLiteral("name"))}};
}

QJsonObject teamJson(const QJsonObject &row)
{
    return {{QStringLiteral("id"), columnText(row, QStringLiteral("teamid"))},
            {QStringLiteral("name"), columnText(row, QStringLiteral("name"))},
            {QStringLiteral("businessUnitId"), columnText(row, QStringLiteral("_businessunitid_value"))}};
}

CheckResult unknownResult(const QString &message, const QList<QJsonObject> &units,
                          const QList<QJsonObject> &teams)
{
    QJsonArray bu, tm;
    for (const QJsonObject &row : units)
        bu.append(buJson(row));
    for (const QJsonObject &row : teams)
        tm.append(teamJson(row));
    return makeResult(CheckStatus::Unknown, {}, message,
                      QJsonObject{{QStringLiteral("businessUnits"), bu},
                                  {QStringLiteral("defaultTeams"), tm}});
}

QString matchOf(const QString &buName, const QString &teamName)
{
    const QString a = buName.trimmed();
    const QString b = teamName.trimmed();
    return a == b ? QStringLiteral("exact")
        : a.compare(b, Qt::CaseInsensitive) == 0 ? QStringLiteral("caseOnly")
                                                 : QStringLiteral("none");
}

/** The business units of the dual-write companies' owning teams (the root excluded). */
struct MappedUnits
{
    QJsonArray units;      // {businessUnit, defaultTeam, match, companies}
    QStringList problems;  // human text per mismatch
    QString error;         // why they could not be established
};

MappedUnits mappedUnits(const Snapshot &snapshot, const LinkContext &context,
                        const QString &rootId)
{
    MappedUnits out;
    for (Dataset dataset : {Dataset::DvCompanies, Dataset::DvOwnerTeams, Dataset::DvBusinessUnits}) {
        const DatasetResult &result = snapshot.get(dataset);
        if (!result.ok()) {
            out.error = unreadableMessage(dataset, result);
            return out;
        }
    }
    const LegalEntitySelection selection = selectedLegalEntities(snapshot, context);
    QHash<QString, QJsonObject> teamsById;
    QHash<QString, QList<QJsonObject>> defaultTeamsByUnit;
    for (const QJsonObject &team : snapshot.get(Dataset::DvOwnerTeams).rows) {
        const QString unit = recordIdKey(columnText(team, QStringLiteral("_businessunitid_value")));
        teamsById.insert(recordIdKey(columnText(team, QStringLiteral("teamid"))), team);
        if (team.value(QStringLiteral("isdefault")).toBool(false))
            defaultTeamsByUnit[unit] << team;
    }
    QHash<QString, QJsonObject> unitsById;
    for (const QJsonObject &unit : snapshot.get(Dataset::DvBusinessUnits).rows)
        unitsById.insert(recordIdKey(columnText(unit, QStringLiteral("businessunitid"))), unit);

    QMap<QString, QStringList> companiesByUnit;  // unit id → company codes, in a stable order
    for (const QJsonObject &company : snapshot.get(Dataset::DvCompanies).rows) {
        const QString code = columnText(company, QStringLiteral("cdm_companycode"));
        if (!selection.contains(code)
            || isNullLookup(company, QStringLiteral("_cdm_defaultowningteam_value")))
            continue;
        const QJsonObject team = teamsById.value(
            recordIdKey(columnText(company, QStringLiteral("_cdm_defaultowningteam_value"))));
        const QString unit = recordIdKey(columnText(team, QStringLiteral("_businessunitid_value")));
        if (unit.isEmpty() || unit == rootId)
            continue;
        companiesByUnit[unit] << code;
    }
    for (auto it = companiesByUnit.cbegin(); it != companiesByUnit.cend(); ++it) {
        const QJsonObject unit = unitsById.value(it.key());
        const QString unitName = columnText(unit, QStringLiteral("name"));
        const QList<QJsonObject> defaults = defaultTeamsByUnit.value(it.key());
        QJsonObject entry{{QStringLiteral("businessUnit"),
                           QJsonObject{{QStringLiteral("id"), it.key()},
                                       {QStringLiteral("name"), unitName}}},
                          {QStringLiteral("companies"), toJsonArray(it.value())}};
        if (defaults.size() != 1) {
            entry.insert(QStringLiteral("match"), QStringLiteral("noDefaultTeam"));
            out.problems << Rules::tr("business unit \"%1\" (companies %2) has %3 default teams")
                                .arg(unitName, nameList(it.value()))
                                .arg(defaults.size());
        } else {
            const QString teamName = columnText(defaults.first(), QStringLiteral("name"));
            const QString match = matchOf(unitName, teamName);
            entry.insert(QStringLiteral("defaultTeam"), teamJson(defaults.first()));
            entry.insert(QStringLiteral("match"), match);
            if (match != QLatin1String("exact"))
                out.problems << Rules::tr("the default team \"%1\" of business unit \"%2\" "
                                          "(companies %3)")
                                    .arg(teamName, unitName, nameList(it.value()));
        }
        out.units.append(entry);
    }
    return out;
}

/** Adds the mapped business units' verdict to the root's result. */
CheckResult withMappedUnits(CheckResult result, const RuleDescriptor &d, const MappedUnits &mapped)
{
    result.details.insert(QStringLiteral("mapped"), mapped.units);
    capListed(&result.details, QStringLiteral("mapped"));
    if (!mapped.error.isEmpty()) {
        result.details.insert(QStringLiteral("mappedError"), mapped.error);
        if (result.status == CheckStatus::Pass) {
            result.status = CheckStatus::Warning;
            result.codes = d.codes;
        }
        result.message += QLatin1Char(' ')
            + Rules::tr("The business units mapped to the dual-write companies could not be "
                        "checked: %1")
                  .arg(mapped.error);
        return result;
    }
    if (mapped.problems.isEmpty()) {
        if (!mapped.units.isEmpty())
            result.message += QLatin1Char(' ')
                + Rules::tr("The default teams of the companies' business units (%1) have their "
                            "units' names too.")
                      .arg(mapped.units.size());
        return result;
    }
    if (result.status == CheckStatus::Pass) {
        result.status = CheckStatus::Warning;
        result.codes = d.codes;
    }
    result.message += QLatin1Char(' ')
        + Rules::tr("Not named as their business unit: %1. If one of these business units is "
                    "the one mapped to its legal entity on the Dual-write page, initial "
                    "synchronization fails for it (the mapping itself cannot be read through a "
                    "documented API).")
              .arg(cappedNameList(mapped.problems));
    return result;
}

CheckResult checkRootDefaultTeamName(const RuleDescriptor &d, const Snapshot &snapshot,
                                     QString *rootId);

} // namespace

CheckResult checkDefaultTeamName(const RuleDescriptor &d, const Snapshot &snapshot,
                                 const LinkContext &context)
{
    QString rootId;
    const CheckResult root = checkRootDefaultTeamName(d, snapshot, &rootId);
    if (root.status == CheckStatus::Unknown)
        return root;
    return withMappedUnits(root, d, mappedUnits(snapshot, context, rootId));
}

namespace {

CheckResult checkRootDefaultTeamName(const RuleDescriptor &d, const Snapshot &snapshot,
                                     QString *rootId)
{
    const QList<QJsonObject> &units = snapshot.get(Dataset::DvRootBusinessUnit).rows;
    const QList<QJsonObject> &teamRows = snapshot.get(Dataset::DvRootDefaultTeam).rows;
    if (units.isEmpty())
        return unknownResult(Rules::tr("Dataverse returned no root business unit (a business "
                                       "unit without a parent)."),
                             units, teamRows);
    if (units.size() > 1) {
        QStringList names;
        for (const QJsonObject &row : units)
            names << columnText(row, QStringLiteral("name"));
        return unknownResult(Rules::tr("Dataverse returned %1 business units without a parent, "
                                       "expected exactly one: %2.")
                                 .arg(units.size())
                                 .arg(nameList(names)),
                             units, teamRows);
    }
    const QJsonObject bu = units.first();
    const QString buId = recordIdKey(columnText(bu, QStringLiteral("businessunitid")));
    *rootId = buId;
    const QString buName = columnText(bu, QStringLiteral("name"));
    // The query already filters on the root unit; keep only rows that say otherwise out.
    QList<QJsonObject> teams;
    for (const QJsonObject &row : teamRows) {
        const QString teamBu = recordIdKey(columnText(row, QStringLiteral("_businessunitid_value")));
        const bool isDefault = row.value(QStringLiteral("isdefault")).toBool(true);
        if (isDefault && (teamBu.isEmpty() || teamBu == buId))
            teams << row;
    }
    if (teams.size() != 1) {
        return unknownResult(
            teams.isEmpty()
                ? Rules::tr("No default team was found for the root business unit \"%1\" (%2).")
                      .arg(buName, buId)
                : Rules::tr("%1 default teams were found for the root business unit \"%2\" "
                            "(%3), expected exactly one.")
                      .arg(teams.size())
                      .arg(buName, buId),
            units, teamRows);
    }
    const QJsonObject team = teams.first();
    const QString teamName = columnText(team, QStringLiteral("name"));
    const QString match = matchOf(buName, teamName);
    const QJsonObject details{{QStringLiteral("businessUnit"), buJson(bu)},
                              {QStringLiteral("defaultTeam"), teamJson(team)},
                              {QStringLiteral("match"), match}};
    const QString teamId = columnText(team, QStringLiteral("teamid"));
    if (match == QLatin1String("exact")) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("The default team of the root business unit \"%1\" has the "
                                    "same name (team %2).")
                              .arg(buName, teamId),
                          details);
    }
    if (match == QLatin1String("caseOnly")) {
        return makeResult(CheckStatus::Warning, d.codes,
                          Rules::tr("The default team \"%1\" (%2) of the root business unit "
                                    "\"%3\" (%4) differs from its name only in letter case.")
                              .arg(teamName, teamId, buName, buId),
                          details);
    }
    return makeResult(CheckStatus::Fail, d.codes,
                      Rules::tr("The default team \"%1\" (%2) of the root business unit \"%3\" "
                                "(%4) is not named as the business unit.")
                          .arg(teamName, teamId, buName, buId),
                      details);
}

} // namespace

} // namespace dwh
