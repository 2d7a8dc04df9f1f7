// SPDX-License-Identifier: MIT
#pragma once

#include "odataquery.h"
#include "simhttp.h"
#include "simstate.h"

namespace dwh::sim {

/**
 * The Dataverse Web API under `/api/data/v9.2/`: WhoAmI, entity-set reads with
 * `$select/$filter/$top/$expand/$orderby` and server-driven paging, single records, the
 * `systemuserroles_association` of a user, POST/PATCH/DELETE, and `DELETE …/{lookup}/$ref` to
 * clear a single-valued navigation property. Checks the bearer token's
 * audience and applies the service-protection limits.
 */
class DataverseRoutes final
{
public:
    explicit DataverseRoutes(SimState &state);
    SimResponse handle(const SimRequest &request);

    static constexpr int MaxPageSize = 5000;

private:
    struct Target
    {
        QString set;          // entity set, or "WhoAmI"
        QString key;          // "(...)" content, empty for a collection
        QString navigation;   // e.g. "systemuserroles_association", or the lookup of a `$ref`
        bool reference = false;  // `{set}({key})/{navigation}/$ref`
    };

    bool parseTarget(const QString &rest, Target *out, QString *badSegment) const;
    SimResponse dispatch(const SimRequest &request);
    SimResponse unauthorized(const SimRequest &request, const QString &message) const;
    bool throttled(SimResponse *out);

    SimResponse whoAmI() const;
    SimResponse readCollection(const SimRequest &request, const QString &set, const QString &contextSet,
                               const QList<QJsonObject> &source);
    SimResponse readSingle(const SimRequest &request, const QString &set, const QString &key);
    SimResponse userRoles(const SimRequest &request, const QString &userKey);
    SimResponse create(const SimRequest &request, const QString &set);
    SimResponse update(const SimRequest &request, const QString &set, const QString &key);
    SimResponse remove(const QString &set, const QString &key);
    /** `DELETE {set}({key})/{navigation}/$ref`: clears a single-valued navigation (lookup). */
    SimResponse removeReference(const QString &set, const QString &key, const QString &navigation);

    /** Index of the row of `set` that `key` addresses (GUID or alternate key `col='v'`), or -1. */
    int findRow(const QString &set, const QString &key) const;
    /** Applies a JSON body (incl. `nav@odata.bind`) to `row`; false with a message on bad input. */
    bool applyBody(const QString &set, const QJsonObject &body, QJsonObject *row, QString *error) const;
    QJsonObject withEtag(const QJsonObject &projected, const QJsonObject &row) const;
    QString apiBase() const;
    SimResponse ok(int status, const QJsonObject &body) const;
    static SimResponse badRequest(const QString &message);
    static SimResponse notFound(const QString &logicalName, const QString &key);

    SimState &m_state;
};

} // namespace dwh::sim
