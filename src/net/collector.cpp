// SPDX-License-Identifier: MIT
#include "collector.h"

#include "collectionreader.h"
#include "datasetrequests.h"
#include "errormessages.h"
#include "requestgate.h"
#include "serviceclient.h"
#include "tokenprovider.h"
#include "urlpolicy.h"

#include <QHash>
#include <QMetaObject>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <map>

namespace dwh {

namespace {

constexpr int DATAVERSE_MAX_PAGE_SIZE = 5000;
constexpr int FO_MAX_PAGE_SIZE = 10000;

} // namespace

class Collector::Private
{
public:
    Private(Collector *owner, const Profile &p, TokenProvider *t, CollectorOptions o)
        : q(owner), profile(p), tokens(t), options(std::move(o))
        , tokenBaseline(t ? t->requestCount() : 0)
    {
    }

    void start();
    void startDataset(Dataset dataset);
    /** Why `dataset` cannot be requested at all, or empty. Fills `url` otherwise. */
    QString prepare(Dataset dataset, QUrl *url) const;
    void store(Dataset dataset, const DatasetResult &result);
    void finishIfDone();
    ServiceClient *client(Service service);

    Collector *q;
    Profile profile;
    QPointer<TokenProvider> tokens;
    CollectorOptions options;
    Snapshot snapshot;
    std::unique_ptr<RequestGate> gate;  // declared before the clients: outlives them
    std::map<Service, std::unique_ptr<ServiceClient>> clients;
    QSet<Dataset> pending;  // asked for in this fetch, not stored yet
    QSet<Dataset> started;
    QHash<Dataset, QPointer<CollectionReader>> readers;
    int done = 0;
    int total = 0;
    int tokenBaseline = 0;
    quint64 generation = 0;
    bool running = false;
    bool cancelling = false;
    QString expired;  // expire(): why nothing more is read
};

ServiceClient *Collector::Private::client(Service service)
{
    auto it = clients.find(service);
    if (it != clients.end())
        return it->second.get();
    const RequestLimits limits = options.limits.value(service, RequestLimits{});
    auto created = std::make_unique<ServiceClient>(service, profile.tokenScope(service), tokens,
                                                   limits);
    created->setMaxResponseBytes(limits.maxResponseBytes);
    if (RequestGate *shared = options.sharedGates.value(service)) {
        created->setGate(shared);
    } else if (options.maxInFlightTotal > 0) {
        if (!gate)
            gate = std::make_unique<RequestGate>(options.maxInFlightTotal);
        created->setGate(gate.get());
    }
    if (service == Service::Dataverse)
        created->setPageSize(std::clamp(options.dataversePageSize, 1, DATAVERSE_MAX_PAGE_SIZE));
    else if (service == Service::FinanceAndOperations)
        created->setPageSize(std::clamp(options.foPageSize, 1, FO_MAX_PAGE_SIZE));
    ServiceClient *raw = created.get();
    clients.emplace(service, std::move(created));
    return raw;
}

void Collector::Private::start()
{
    emit q->progress(done, total);
    if (!expired.isEmpty()) {
        QList<Dataset> left = pending.values();
        std::sort(left.begin(), left.end());
        for (Dataset dataset : left)
            store(dataset, DatasetResult::failure(expired, {}));
        finishIfDone();
        return;
    }
    QList<Dataset> order = pending.values();
    std::sort(order.begin(), order.end());
    for (Dataset dataset : order) {
        if (!running || cancelling)
            return;
        // dv.userRoles waits for dv.whoami; store() starts it once the UserId is known.
        if (dataset == Dataset::DvUserRoles && pending.contains(Dataset::DvWhoAmI))
            continue;
        startDataset(dataset);
    }
    finishIfDone();
}

QString Collector::Private::prepare(Dataset dataset, QUrl *url) const
{
    const Service service = serviceOf(dataset);
    const QUrl base = profile.baseUrl(service);
    if (base.isEmpty()) {
        if (service == Service::PowerPlatform)
            return tr("Power Platform: no address; the profile has neither an environment id nor "
                      "a powerPlatform.url");
        if (service == Service::PowerPlatformAdmin)
            return tr("Power Platform admin API: not configured (the profile sets "
                      "powerPlatform.url but not powerPlatform.adminUrl)");
        return tr("%1: no address in the profile").arg(serviceDisplayName(service));
    }
    const QString problem = serviceUrlProblem(base);
    if (!problem.isEmpty())
        return refusedUrlMessage(service, base.toString(), problem);

    QString userId;
    if (dataset == Dataset::DvUserRoles) {
        const DatasetResult &whoAmI = snapshot.get(Dataset::DvWhoAmI);
        if (!whoAmI.ok())
            return tr("not read: %1 failed: %2")
                .arg(datasetName(Dataset::DvWhoAmI),
                     whoAmI.error.isEmpty() ? tr("no answer") : whoAmI.error);
        if (!whoAmI.rows.isEmpty())
            userId = whoAmI.rows.first().value(QLatin1String("UserId")).toString();
        if (userId.isEmpty())
            return tr("not read: %1 returned no UserId").arg(datasetName(Dataset::DvWhoAmI));
    }
    if (dataset == Dataset::PpEnvironment && profile.environmentId.trimmed().isEmpty())
        return tr("not read: the profile has no dataverse.environmentId");
    *url = datasetUrl(profile, dataset, userId, options.traceLogsSince);
    return QString();
}

void Collector::Private::startDataset(Dataset dataset)
{
    if (started.contains(dataset))
        return;
    started.insert(dataset);
    QUrl url;
    const QString problem = prepare(dataset, &url);
    if (!problem.isEmpty()) {
        store(dataset, DatasetResult::failure(problem, {}));
        return;
    }
    auto *reader = new CollectionReader(client(serviceOf(dataset)), url, !isCollection(dataset));
    reader->setMaxPages(options.maxPages > 0
                            ? options.maxPages
                            : CollectionReader::defaultMaxPages(
                                  serviceOf(dataset) == Service::FinanceAndOperations
                                      ? options.foPageSize
                                      : options.dataversePageSize));
    readers.insert(dataset, reader);
    QObject::connect(reader, &CollectionReader::finished, q,
                     [this, dataset](const DatasetResult &result) { store(dataset, result); });
    reader->start();
}

void Collector::Private::store(Dataset dataset, const DatasetResult &result)
{
    if (!pending.contains(dataset))
        return;
    pending.remove(dataset);
    readers.remove(dataset);
    snapshot.set(dataset, result);
    ++done;
    emit q->datasetReady(dataset, snapshot.get(dataset));
    emit q->progress(done, total);
    if (dataset == Dataset::DvWhoAmI && pending.contains(Dataset::DvUserRoles) && !cancelling)
        startDataset(Dataset::DvUserRoles);
    finishIfDone();
}

void Collector::Private::finishIfDone()
{
    if (!running || !pending.isEmpty())
        return;
    running = false;
    emit q->finished();
}

Collector::Collector(const Profile &profile, TokenProvider *tokens, CollectorOptions options,
                     QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, profile, tokens, std::move(options)))
{
}

Collector::~Collector()
{
    d->cancelling = true;
    for (const auto &reader : std::as_const(d->readers)) {
        if (reader) {
            reader->disconnect(this);
            delete reader.data();
        }
    }
    d->clients.clear();
}

void Collector::fetch(const QList<Dataset> &datasets)
{
    if (d->running) {
        qWarning("dwh::Collector::fetch() called while a fetch runs; ignored");
        return;
    }
    d->pending.clear();
    d->started.clear();
    for (Dataset dataset : datasets) {
        if (!d->snapshot.has(dataset))
            d->pending.insert(dataset);
        if (dataset == Dataset::DvUserRoles && !d->snapshot.has(Dataset::DvWhoAmI))
            d->pending.insert(Dataset::DvWhoAmI);
    }
    d->done = 0;
    d->total = int(d->pending.size());
    d->running = true;
    d->cancelling = false;
    const quint64 generation = ++d->generation;
    // Start on the next event-loop turn, so callers can rely on signals coming after fetch().
    QMetaObject::invokeMethod(
        this,
        [this, generation]() {
            if (generation == d->generation && d->running)
                d->start();
        },
        Qt::QueuedConnection);
}

void Collector::cancel()
{
    expireWith(QString());
}

void Collector::expire(const QString &reason)
{
    d->expired = reason.isEmpty() ? cancelledMessage() : reason;
    expireWith(d->expired);
}

void Collector::expireWith(const QString &reason)
{
    if (!d->running || d->cancelling)
        return;
    d->cancelling = true;
    ++d->generation;
    const QString why = reason.isEmpty() ? cancelledMessage() : reason;
    // In-flight and queued requests complete as cancelled; their readers store the datasets
    // with `why` and the evidence gathered so far.
    for (const auto &reader : d->readers.values()) {
        if (reader && !reason.isEmpty())
            reader->setCancelReason(reason);
    }
    for (auto &entry : d->clients)
        entry.second->cancelAll();
    for (const auto &reader : d->readers.values()) {
        if (reader)
            reader->cancel(why);
    }
    QList<Dataset> left = d->pending.values();
    std::sort(left.begin(), left.end());
    for (Dataset dataset : left)
        d->store(dataset, DatasetResult::failure(why, {}));
    d->cancelling = false;
    d->finishIfDone();
}

bool Collector::isRunning() const
{
    return d->running;
}

const Snapshot &Collector::snapshot() const
{
    return d->snapshot;
}

CollectorStats Collector::stats() const
{
    CollectorStats stats;
    for (const auto &entry : d->clients) {
        stats.requests += entry.second->requestsMade();
        stats.retries += entry.second->retries();
        stats.peakInFlight.insert(entry.first, entry.second->peakInFlight());
    }
    if (d->tokens)
        stats.requests += d->tokens->requestCount() - d->tokenBaseline;
    return stats;
}

} // namespace dwh
