// SPDX-License-Identifier: MIT
// The typed details of the default owning team check (DWDVEV1007), to and from the report's JSON.
#include "owningteamdetails.h"

#include "detailsreader.h"
#include "rulehelpers.h"

#include <QJsonArray>

namespace dwh {

namespace {

QJsonArray arrayOf(const QList<CompanyOwningTeam> &companies)
{
    QJsonArray out;
    for (const CompanyOwningTeam &c : companies)
        out.append(c.toJson());
    return out;
}

} // namespace

QJsonObject CompanyOwningTeam::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("name"), name}};
    if (teamId)
        o.insert(QStringLiteral("teamId"), *teamId);
    return o;
}

CompanyOwningTeam CompanyOwningTeam::read(DetailsReader &r)
{
    CompanyOwningTeam c;
    c.id = r.string(QStringLiteral("id"));
    c.code = r.string(QStringLiteral("code"));
    c.name = r.string(QStringLiteral("name"));
    c.teamId = r.optionalString(QStringLiteral("teamId"));
    return c;
}

QJsonObject OwningTeamDetails::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("selected"), toJsonArray(selected)},
            {QStringLiteral("withoutTeam"), arrayOf(withoutTeam)},
            {QStringLiteral("withTeam"), arrayOf(withTeam)},
            {QStringLiteral("notInDataverse"), toJsonArray(notInDataverse)}};
}

std::optional<OwningTeamDetails> OwningTeamDetails::fromJson(const QJsonObject &details,
                                                             QString *error)
{
    DetailsReader r(details);
    OwningTeamDetails d;
    d.source = r.string(QStringLiteral("source"));
    d.selected = r.strings(QStringLiteral("selected"));
    d.withoutTeam = r.objects<CompanyOwningTeam>(QStringLiteral("withoutTeam"), &CompanyOwningTeam::read);
    d.withTeam = r.objects<CompanyOwningTeam>(QStringLiteral("withTeam"), &CompanyOwningTeam::read);
    d.notInDataverse = r.strings(QStringLiteral("notInDataverse"));
    if (r.ok())
        return d;
    if (error)
        *error = r.problem();
    return std::nullopt;
}

} // namespace dwh
