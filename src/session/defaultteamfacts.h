// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {
struct Profile;
struct Report;
class Snapshot;
} // namespace dwh

namespace dwh::gui {

/** The root business unit and its default team, as the last run read them. */
struct DefaultTeamFacts
{
    QString businessUnitId;
    QString businessUnitName;
    QString teamId;
    QString teamName;
    bool known = false;  // both were read (exactly one root unit and one default team)

    /** The team is named as its business unit (the name DWFOEV1006 expects). */
    bool namesMatch() const { return teamName.trimmed() == businessUnitName.trimmed(); }
};

/** From dep.bu.default-team-name's details, else the snapshot's dv.rootBusinessUnit and
 *  dv.rootDefaultTeam rows when each holds exactly one row. */
DefaultTeamFacts defaultTeamFacts(const Report &report, const Snapshot &snapshot);

/**
 * The text Microsoft support asks for with DWFOEV1006 (health check article: "provide the
 * default team of the root business unit"): both environments, the business unit's name and
 * id, the team's name and id, the expected name and the query that found them. No secret.
 */
QString defaultTeamTicketText(const DefaultTeamFacts &facts, const Profile &profile);

} // namespace dwh::gui
