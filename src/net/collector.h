// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "profile.h"
#include "requestgate.h"
#include "snapshot.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>

namespace dwh {

class TokenProvider;

/** Limits for the requests to one service. */
struct RequestLimits
{
    int maxConcurrent = 16;      // never above 52 for Dataverse (service protection limit)
    int timeoutMs = 30000;       // per HTTP exchange
    int maxRetries = 4;          // 429/503 retries per request
    int maxRetryWaitMs = 60000;  // total Retry-After wait per request; longer: give up
    /** A larger answer is aborted, not parsed. A real page ($select'd columns, ≤ 5000 rows on
     *  Dataverse, ≤ 10000 on F&O) is a few MiB; a 48 MiB body is not data. */
    qint64 maxResponseBytes = 32LL * 1024 * 1024;
};

struct CollectorOptions
{
    QMap<Service, RequestLimits> limits;  // missing services use RequestLimits{}
    int dataversePageSize = 5000;         // Prefer: odata.maxpagesize (≤ 5000)
    int foPageSize = 10000;               // (≤ 10000)
    int maxInFlightTotal = 0;             // cap across all services; 0 = only the per-service caps
    /** Gates shared with other collectors (a fleet run: the environments on one host share its
     *  limit): each request of the service also holds a slot of its gate. Takes the place of
     *  maxInFlightTotal's gate for that service. */
    QMap<Service, QPointer<RequestGate>> sharedGates;
    /** Pages one dataset may have (--max-pages); 0 = CollectionReader::defaultMaxPages() of the
     *  service's page size. */
    int maxPages = 0;
    /** dv.traceLogs reads the rows created at or after this time (`errors --since`); invalid:
     *  every dual-write trace row the log still holds. */
    QDateTime traceLogsSince;
};

/** Figures of one run, for progress and the benchmark. */
struct CollectorStats
{
    int requests = 0;                   // HTTP exchanges made, token requests and retries included
    QMap<Service, int> peakInFlight;    // highest number of concurrent requests per service
    int retries = 0;
};

/**
 * Fetches datasets (docs/wire.md) from the real services, each at most once per collector, in
 * parallel within each service's limits, and keeps them in a Snapshot. A dataset that cannot be
 * read is stored as Failed with a reason naming the service and the fault; it never fails silently.
 */
class Collector : public QObject
{
    Q_OBJECT
public:
    Collector(const Profile &profile, TokenProvider *tokens, CollectorOptions options = {},
              QObject *parent = nullptr);
    ~Collector() override;

    /**
     * Starts fetching `datasets` that are not fetched yet (and what they depend on: dv.userRoles
     * needs dv.whoami). Emits datasetReady for each, then finished() once all are in. Calling
     * fetch() while a fetch runs is not allowed.
     */
    void fetch(const QList<Dataset> &datasets);
    /** Aborts everything under way; pending datasets become Failed("cancelled"), then finished(). */
    void cancel();
    /**
     * Like cancel(), with `reason` ("deadline of 10 min reached") as the failure of every pending
     * dataset, and every later fetch() fails its datasets with it at once: nothing more is read.
     */
    void expire(const QString &reason);
    bool isRunning() const;

    const Snapshot &snapshot() const;
    CollectorStats stats() const;

signals:
    void datasetReady(dwh::Dataset dataset, const dwh::DatasetResult &result);
    void progress(int done, int total);
    void finished();

private:
    void expireWith(const QString &reason);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace dwh
