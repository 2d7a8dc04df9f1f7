// SPDX-License-Identifier: MIT
#pragma once

#include "tablequery.h"
#include "tokenstore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <deque>

namespace dwh::sim {

/** The live state the routes read and change: URLs, the scenario's data, tokens and limits. */
struct SimState
{
    // Where each service listens (no trailing slash).
    QUrl authorityUrl;
    QUrl dataverseUrl;
    QUrl foUrl;
    QUrl powerPlatformUrl;

    QString tenantId;
    QString clientId;
    QString clientSecret;
    QString environmentId;

    // Data (placeholders already substituted).
    TableMap dataverse;                // entity set → rows
    QJsonObject whoAmI;                // BusinessUnitId, UserId, OrganizationId
    QList<QJsonObject> systemUserRoles; // {systemuserid, roleid}
    TableMap financeAndOperations;     // entity set → rows
    QList<QJsonObject> connections;    // Power Platform connections
    QJsonObject adminEnvironment;      // the admin API's environment (linkedAppMetadata, …)

    TokenStore tokens;
    int tokenLifetimeSeconds = 3599;

    // Delegated sign-in (authorization code with PKCE, device code, refresh tokens).
    int authorizationCodeLifetimeSeconds = 600;     // Entra ID: about 10 minutes
    int refreshTokenLifetimeSeconds = 90 * 24 * 3600;
    int deviceCodeLifetimeSeconds = 900;            // Entra ID: 15 minutes
    int deviceCodeIntervalSeconds = 5;
    int deviceCodeAutoApprovePolls = -1;            // approve after n pending polls; -1 never
    UserChallenge userChallenge = UserChallenge::None;

    // Dataverse service protection.
    int concurrencyLimit = 52;
    int requestBudget = 6000;
    std::deque<qint64> dataverseRequestTimes;   // ms since epoch, within the 300 s window
    int dataverseInFlight = 0;                  // maintained by the Simulator

    qint64 nextVersionNumber = 1500000;

    /** The next Dataverse row version (etag and `versionnumber`). */
    qint64 bumpVersion() { return ++nextVersionNumber; }
};

} // namespace dwh::sim
