// SPDX-License-Identifier: MIT
#pragma once

#include "simhttp.h"
#include "simstate.h"

#include <QHash>
#include <QStringList>
#include <QUrlQuery>

namespace dwh::sim {

/**
 * The Microsoft Entra ID v2 endpoints under `/{tenant}/oauth2/v2.0/` (domain.md §6.3):
 * - `authorize` (GET): the authorization code request with PKCE; answers 302 to the loopback
 *   `redirect_uri` with `?code=…&state=…`, or `?error=…&error_description=…`. There is no login
 *   page: the simulated user is signed in and consents at once (unless a UserChallenge says
 *   otherwise). An unusable `client_id` or `redirect_uri` is never redirected to (400 instead).
 * - `token` (POST) with `grant_type` client_credentials, authorization_code (PKCE verified),
 *   refresh_token (rotated on every use) and urn:ietf:params:oauth:grant-type:device_code.
 * - `devicecode` (POST): starts a device code sign-in.
 * Plus `/devicelogin`, the simulated device login page the device code message points at, so a
 * person can approve a code in demo mode (Entra ID uses https://microsoft.com/devicelogin).
 */
class EntraRoutes final
{
public:
    explicit EntraRoutes(SimState &state);
    SimResponse handle(const SimRequest &request);

private:
    using EndpointHandler = SimResponse (EntraRoutes::*)(const SimRequest &, const QString &tenant);
    using GrantHandler = SimResponse (EntraRoutes::*)(const QUrlQuery &form, const QString &tenant);

    /** An OAuth error, for a JSON body or an authorize redirect. */
    struct Error
    {
        int status = 400;
        QString error;        // "invalid_grant", …
        int code = 0;         // AADSTS number
        QString description;  // without "AADSTSnnnnn: " and the trace lines
        SimResponse toJson() const;
    };
    /** A delegated scope: one resource plus OpenID Connect scopes. */
    struct DelegatedScope
    {
        QString audience;     // normalized resource
        QStringList scopes;   // as requested
        bool offlineAccess = false;
        bool openId = false;
    };

    SimResponse token(const SimRequest &request, const QString &tenant);
    SimResponse authorize(const SimRequest &request, const QString &tenant);
    SimResponse deviceCode(const SimRequest &request, const QString &tenant);
    SimResponse deviceLogin(const SimRequest &request);

    SimResponse clientCredentials(const QUrlQuery &form, const QString &tenant);
    SimResponse authorizationCode(const QUrlQuery &form, const QString &tenant);
    SimResponse refreshToken(const QUrlQuery &form, const QString &tenant);
    SimResponse deviceCodeGrant(const QUrlQuery &form, const QString &tenant);

    /** Checks `scope` is "<resource>/.default" for a resource this tenant knows; sets `audience`. */
    bool checkScope(const QString &scope, QString *audience, SimResponse *error) const;
    bool checkDelegatedScope(const QString &scope, DelegatedScope *out, Error *error) const;
    bool checkClient(const QString &clientId, const QString &tenant, Error *error) const;
    bool knownResource(const QString &normalizedResource) const;
    SimResponse issue(const QString &audience, const QString &clientId);
    /** access_token, plus refresh_token with offline_access and id_token with openid. */
    SimResponse issueDelegated(const QString &audience, const QString &clientId, const QStringList &scopes);
    QString idToken(const QString &clientId) const;

    SimState &m_state;
    QHash<QString, EndpointHandler> m_endpoints;
    QHash<QString, GrantHandler> m_grants;
};

} // namespace dwh::sim
