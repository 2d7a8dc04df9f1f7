// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh {

class DetailsReader;

/** A cdm_company row of dep.company.owning-team's details: {id, code, name[, teamId]}. */
struct CompanyOwningTeam
{
    QString id;
    QString code;
    QString name;
    std::optional<QString> teamId;  // _cdm_defaultowningteam_value; absent: no default team

    QJsonObject toJson() const;
    static CompanyOwningTeam read(DetailsReader &reader);
};

/**
 * The details of the default owning team check (DWDVEV1007): {source, selected, withoutTeam,
 * withTeam, notInDataverse}. withoutTeam are the companies `dwhealth fix DWDVEV1007` sets a team
 * on; withTeam carry the team they have.
 */
struct OwningTeamDetails
{
    QString source;            // where the selection came from (LegalEntitySelection::sourceName)
    QStringList selected;      // the legal entity codes selected for dual-write
    QList<CompanyOwningTeam> withoutTeam;
    QList<CompanyOwningTeam> withTeam;
    QStringList notInDataverse;  // selected codes with no cdm_company row

    QJsonObject toJson() const;
    /** Checks every field's type; nullopt with `error` ("withoutTeam[0].id is not a string"). */
    static std::optional<OwningTeamDetails> fromJson(const QJsonObject &details, QString *error);
};

} // namespace dwh
