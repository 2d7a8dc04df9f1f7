// SPDX-License-Identifier: MIT
#pragma once

#include "simhttp.h"
#include "simstate.h"

namespace dwh::sim {

/**
 * The F&O OData service under `/data/`: `LegalEntities` and `DualWriteProjectConfigurations`
 * with `cross-company`, `$select/$filter/$top/$skip/$orderby/$count`, server-driven paging
 * (10,000 max, `Prefer: odata.maxpagesize`), single entities by key, POST and DELETE.
 */
class FnoRoutes final
{
public:
    explicit FnoRoutes(SimState &state);
    SimResponse handle(const SimRequest &request);

    static constexpr int MaxPageSize = 10000;

private:
    SimResponse readCollection(const SimRequest &request, const QString &set);
    SimResponse readSingle(const SimRequest &request, const QString &set, const QString &key);
    SimResponse create(const SimRequest &request, const QString &set);
    SimResponse remove(const QString &set, const QString &key);

    /** Index of the row addressed by `'v'`, `Key='v'` or `Key='v',dataAreaId='x'`, or -1. */
    int findRow(const QString &set, const QString &keyText) const;
    QJsonObject withEtag(const QJsonObject &projected, const QJsonObject &row, const QString &set) const;
    QString dataBase() const;
    SimResponse ok(int status, const QJsonObject &body) const;
    SimResponse noRoute(const SimRequest &request) const;

    SimState &m_state;
};

} // namespace dwh::sim
