// SPDX-License-Identifier: MIT
// dep.bu.default-team-name (DWFOEV1006), from dv.rootBusinessUnit and dv.rootDefaultTeam.
//
// Decision: the names are compared after trimming. Equal → pass. Equal only when letter case is
// ignored → warning with DWFOEV1006: Dataverse lookups by name ignore case, but Microsoft says
// the team name is "expected to match" and the product's own compare is not documented. Any
// other difference → fail.
// Exactly one root business unit (no parent) and exactly one default team of it are expected;
// zero or several → unknown, naming what was found.
// details: {businessUnit: {id, name}, defaultTeam: {id, name}, match: "exact"|"caseOnly"|"none"}
//          on unknown: {businessUnits: [{id, name}], defaultTeams: [{id, name, businessUnitId}]}
#include "checks.h"
#include "rulehelpers.h"
#include "rulestr.h"

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

QString normalizedId(const QString &id)
{
    QString s = id.trimmed().toLower();
    if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
        s = s.mid(1, s.size() - 2);
    return s;
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

} // namespace

CheckResult checkDefaultTeamName(const RuleDescriptor &d, const Snapshot &snapshot,
                                 const LinkContext &)
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
    const QString buId = normalizedId(columnText(bu, QStringLiteral("businessunitid")));
    const QString buName = columnText(bu, QStringLiteral("name"));
    // The query already filters on the root unit; keep only rows that say otherwise out.
    QList<QJsonObject> teams;
    for (const QJsonObject &row : teamRows) {
        const QString teamBu = normalizedId(columnText(row, QStringLiteral("_businessunitid_value")));
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
    const QString a = buName.trimmed();
    const QString b = teamName.trimmed();
    const QString match = a == b ? QStringLiteral("exact")
        : a.compare(b, Qt::CaseInsensitive) == 0 ? QStringLiteral("caseOnly")
                                                 : QStringLiteral("none");
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

} // namespace dwh
