// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh {

class DetailsReader;

/** details.link of the stale checks: the link as read (LinkAsRead), without its basis. */
struct LinkDetails
{
    bool known = false;
    bool confirmed = false;
    QString source;  // "powerPlatform", "financeAndOperations", "profile", "none"
    QString dataverseUrl;
    QStringList financeAndOperationsUrls;
    std::optional<QString> adminLinkedFinanceAndOperationsUrl;  // only when the admin API was read

    QJsonObject toJson() const;
    static LinkDetails read(DetailsReader &reader);
};

/** One DualWriteProjectConfigurations row of dep.stale.fo's details. */
struct StaleProjectConfiguration
{
    QString projectName;
    QString internalEntityName;
    QString externalEntityName;
    QString externalEnvironmentUrl;
    QString status;

    QJsonObject toJson() const;
    static StaleProjectConfiguration read(DetailsReader &reader);
};

/**
 * The details of dep.stale.fo (DWFOEV1004): {linkedUrl, link, linkBasis, total, stale,
 * unjudged}. `unjudged` (the rows an explicit override would delete too) is written only when
 * not empty; `linkedUrl` only when set (not when F&O holds no configuration at all).
 */
struct StaleFoDetails
{
    std::optional<QString> linkedUrl;
    LinkDetails link;
    QString linkBasis;
    int total = 0;
    QList<StaleProjectConfiguration> stale;
    QList<StaleProjectConfiguration> unjudged;

    QJsonObject toJson() const;
    /** Checks every field's type; nullopt with `error` ("stale[1].status is not a string"). */
    static std::optional<StaleFoDetails> fromJson(const QJsonObject &details, QString *error);
};

/** One msdyn_dualwriteruntimeconfigs row of dep.stale.dataverse's details. */
struct StaleRuntimeConfiguration
{
    enum class Reason { NoLink, NoMatchingProject };

    QString id;
    QString name;
    QString internalEntityName;
    QString externalEntityName;
    Reason reason = Reason::NoMatchingProject;

    QString reasonCode() const;  // "noLink", "noMatchingProject"
    QJsonObject toJson() const;
    static StaleRuntimeConfiguration read(DetailsReader &reader);
};

/**
 * The details of dep.stale.dataverse (DWDVEV1004): {linkedUrl, link, linkBasis,
 * foConfigurations, linkedProjects, owned, total, stale, unjudged}, every key always written.
 */
struct StaleDataverseDetails
{
    QString linkedUrl;
    LinkDetails link;
    QString linkBasis;
    std::optional<int> foConfigurations;  // absent in a malformed-free but older report: unknown
    int linkedProjects = 0;
    int owned = 0;
    int total = 0;
    QList<StaleRuntimeConfiguration> stale;     // judged stale
    QList<StaleRuntimeConfiguration> unjudged;  // not judged (link unknown or F&O empty)

    QJsonObject toJson() const;
    static std::optional<StaleDataverseDetails> fromJson(const QJsonObject &details, QString *error);
};

} // namespace dwh
