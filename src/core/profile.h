// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dwh {

enum class AuthMode { ClientSecret, DeviceCode, Interactive };

/** A saved environment to check (contract.md "Profile"). Never holds a secret. */
struct Profile
{
    QString name;
    QString tenantId;
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    AuthMode authMode = AuthMode::ClientSecret;
    QString clientId;
    /** auth.clientSecretEnv: the environment variable holding this profile's client secret (the
     *  variable's name, never the secret); empty: the run's default source. */
    QString clientSecretEnv;
    QUrl dataverseUrl;
    QString environmentId;
    QUrl foUrl;
    QUrl powerPlatformUrl;          // empty: computed from environmentId
    QUrl powerPlatformAdminUrl;     // empty: https://api.bap.microsoft.com, unless powerPlatformUrl is set
    QStringList legalEntities;      // the legal entities selected for dual-write
    bool legalEntitiesSet = false;  // false: derive them from cdm_companies
    QStringList warnings;           // e.g. unknown keys

    /** `{authority}/{tenantId}/oauth2/v2.0/token` */
    QUrl tokenEndpoint() const;
    /** The Power Platform API base: powerPlatformUrl, or the host computed from environmentId. */
    QUrl powerPlatformBase() const;
    /**
     * The Power Platform admin API base: powerPlatformAdminUrl; else the public cloud's
     * https://api.bap.microsoft.com when the Power Platform API is the real one; empty (not
     * configured: its datasets are not read) when powerPlatform.url points elsewhere.
     */
    QUrl powerPlatformAdminBase() const;
    /** The base URL of a service (Entra: the authority). */
    QUrl baseUrl(Service service) const;
    /** `{resource}/.default` for the service's token. */
    QString tokenScope(Service service) const;
    /** What --redact masks beyond the report's own contents: the tenant, environment and client
     *  ids and the hosts of Dataverse, F&O, Power Platform and a non-default authority. */
    QStringList identifyingValues() const;

    QJsonObject toJson() const;
};

/** What is wrong with a profile, for the exit-2 message. */
struct ProfileError
{
    QString source;   // file name, or "<profile>"
    QString field;    // JSON path such as "dataverse.url"; empty for a syntax error
    int line = 0;     // 1-based, for syntax errors
    int column = 0;
    QString message;

    QString toString() const;  // "profile.json: dataverse.url: uses plain http:// …"
};

QString authModeName(AuthMode mode);

/** Parses and validates a profile. Returns nothing and fills `error` when it is unusable. */
std::optional<Profile> parseProfile(const QByteArray &json, const QString &source,
                                    ProfileError *error);
std::optional<Profile> loadProfileFile(const QString &path, ProfileError *error);

/** `https://<first 30 hex>.<last 2 hex>.environment.api.powerplatform.com`, or empty. */
QUrl powerPlatformHostFor(const QString &environmentId);

} // namespace dwh
