// SPDX-License-Identifier: MIT
#pragma once

#include "simhttp.h"
#include "simstate.h"

namespace dwh::sim {

/**
 * The Power Platform API connections endpoints of the environment host:
 * `GET /connectivity/connections`, `GET /connectivity/connectors/<c>/connections[/<id>]`,
 * `DELETE /connectivity/connectors/<c>/connections/<id>`, all with `?api-version=1`; and, on the
 * same listener, the admin API's
 * `GET /providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/<id>?api-version=2023-06-01`
 * (api.bap.microsoft.com; tokens of https://service.powerapps.com).
 */
class PowerPlatformRoutes final
{
public:
    explicit PowerPlatformRoutes(SimState &state);
    SimResponse handle(const SimRequest &request);

private:
    SimResponse handleAdmin(const SimRequest &request);

    /** The environment's connections, optionally of one connector and one `$filter=environment eq`. */
    QList<QJsonObject> connectionsOf(const QString &connector) const;

    SimState &m_state;
};

} // namespace dwh::sim
