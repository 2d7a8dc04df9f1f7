// SPDX-License-Identifier: MIT
// The root business unit and its default team, as the last run read them.
#include "defaultteamfacts.h"

#include "profile.h"
#include "report.h"
#include "snapshot.h"

#include <QCoreApplication>

namespace dwh::gui {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::OwningTeamDialog)
};

QString text(const QJsonObject &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

} // namespace

DefaultTeamFacts defaultTeamFacts(const Report &report, const Snapshot &snapshot)
{
    DefaultTeamFacts facts;
    if (const CheckResult *check = report.find(QStringLiteral("dep.bu.default-team-name"))) {
        const QJsonObject bu = check->details.value(QStringLiteral("businessUnit")).toObject();
        const QJsonObject team = check->details.value(QStringLiteral("defaultTeam")).toObject();
        if (!bu.isEmpty() && !team.isEmpty()) {
            facts.businessUnitId = text(bu, "id");
            facts.businessUnitName = text(bu, "name");
            facts.teamId = text(team, "id");
            facts.teamName = text(team, "name");
            facts.known = true;
            return facts;
        }
    }
    const QList<QJsonObject> &units = snapshot.get(Dataset::DvRootBusinessUnit).rows;
    const QList<QJsonObject> &teams = snapshot.get(Dataset::DvRootDefaultTeam).rows;
    if (units.size() == 1) {
        facts.businessUnitId = text(units.first(), "businessunitid");
        facts.businessUnitName = text(units.first(), "name");
    }
    if (teams.size() == 1) {
        facts.teamId = text(teams.first(), "teamid");
        facts.teamName = text(teams.first(), "name");
    }
    facts.known = units.size() == 1 && teams.size() == 1;
    return facts;
}

QString defaultTeamTicketText(const DefaultTeamFacts &facts, const Profile &profile)
{
    const QString unknown = Tr::tr("(not read)");
    auto orUnknown = [&unknown](const QString &value) {
        return value.isEmpty() ? unknown : value;
    };
    QStringList lines;
    lines << Tr::tr("Subject: Dual-write health check DWFOEV1006: default team name mismatch")
          << QString()
          << Tr::tr("The dual-write health check reports DWFOEV1006 (\"Default Team name mismatch for "
                "Dataverse and dual-write\"). Please update the details of the dual-write "
                "connection with the default team of the root business unit below.")
          << QString()
          << Tr::tr("Finance and operations environment: %1").arg(orUnknown(profile.foUrl.toString()))
          << Tr::tr("Dataverse environment: %1").arg(orUnknown(profile.dataverseUrl.toString()))
          << Tr::tr("Root business unit: %1").arg(orUnknown(facts.businessUnitName))
          << Tr::tr("Root business unit id: %1").arg(orUnknown(facts.businessUnitId))
          << Tr::tr("Default team of the root business unit: %1").arg(orUnknown(facts.teamName))
          << Tr::tr("Default team id: %1").arg(orUnknown(facts.teamId))
          << Tr::tr("Expected default team name (the business unit's name): %1")
                 .arg(orUnknown(facts.businessUnitName))
          << QString()
          << Tr::tr("Found with the query of \"Assign security role to the default owning team\":")
          << QStringLiteral("GET %1/api/data/v9.2/teams?$filter=isdefault eq true and "
                            "businessunitid/_parentbusinessunitid_value eq null&$select=name,teamid")
                 .arg(profile.dataverseUrl.toString(QUrl::StripTrailingSlash));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dwh::gui
