// SPDX-License-Identifier: MIT
#pragma once

#include "simhttp.h"
#include "simstate.h"

#include <QHash>
#include <QUrlQuery>

namespace dwh::sim {

/**
 * The Microsoft Entra ID v2 endpoints under `/{tenant}/oauth2/v2.0/`. Today: `token` with
 * `grant_type=client_credentials`. Other grants (authorization_code with PKCE, refresh_token,
 * device_code) and endpoints (`authorize`, `devicecode`) plug in as further entries of the
 * grant and endpoint tables in the constructor.
 */
class EntraRoutes final
{
public:
    explicit EntraRoutes(SimState &state);
    SimResponse handle(const SimRequest &request);

private:
    using EndpointHandler = SimResponse (EntraRoutes::*)(const SimRequest &, const QString &tenant);
    using GrantHandler = SimResponse (EntraRoutes::*)(const QUrlQuery &form, const QString &tenant);

    SimResponse token(const SimRequest &request, const QString &tenant);
    SimResponse clientCredentials(const QUrlQuery &form, const QString &tenant);

    /** Checks `scope` is "<resource>/.default" for a resource this tenant knows; sets `audience`. */
    bool checkScope(const QString &scope, QString *audience, SimResponse *error) const;
    SimResponse issue(const QString &audience, const QString &clientId);

    SimState &m_state;
    QHash<QString, EndpointHandler> m_endpoints;
    QHash<QString, GrantHandler> m_grants;
};

} // namespace dwh::sim
