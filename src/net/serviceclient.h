// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "collector.h"
#include "dataset.h"
#include "tokenprovider.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace dwh {

struct HttpResult;
class RequestGate;

/** The final outcome of one logical request, after its retries. */
struct ServiceReply
{
    bool ok = false;
    int status = 0;
    QByteArray body;
    QString error;              // for humans, names the service; empty when ok
    bool cancelled = false;
    bool signInFailed = false;  // no token could be had; `error` is the sign-in message
    QList<Evidence> evidence;   // every exchange made for it (and the failed token request)
};

/**
 * Sends requests to one service: adds the bearer token and the service's standard headers, runs
 * at most `limits.maxConcurrent` at once (spread over ceil(cap/6) network managers, because each
 * opens at most 6 HTTP/1.1 connections per host), retries 429/503 after Retry-After (a waiting
 * request holds no slot), and retries a 401 once with a fresh token. A write (POST, PATCH,
 * DELETE) is sent again only on 429 or 401, answers that say it was not processed (mayResend),
 * and Qt never resends it on its own (HttpExchange::isWrite). Lives on one thread.
 */
class ServiceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceClient)
public:
    using Callback = std::function<void(const ServiceReply &)>;

    /** `tokens` must outlive the client. Dataverse concurrency is clamped to 52. */
    ServiceClient(Service service, const QString &tokenScope, TokenProvider *tokens,
                  RequestLimits limits, QObject *parent = nullptr);
    ~ServiceClient() override;

    /** Adds `Prefer: odata.maxpagesize=N` to collection GETs (Dataverse, F&O); 0 leaves it out. */
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    /** Also holds a slot of `gate` (shared with other clients) per request in flight. */
    void setGate(RequestGate *gate);

    /**
     * Queues `GET url`. `done` is called exactly once, later (never from inside get()), unless
     * `context` is destroyed first.
     */
    void get(const QUrl &url, bool collection, QObject *context, Callback done);
    /**
     * Queues a write (or any other verb): `verb url` with `body` (sent as `Content-Type:
     * application/json` when not empty) and `headers` added (e.g. `If-Match: *`). Same token,
     * headers, concurrency, retries and callback rules as get(); no Prefer/If-None-Match headers.
     */
    void request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context,
                 Callback done);
    /** Aborts in-flight, queued and waiting requests; each completes as cancelled. */
    void cancelAll();

    Service service() const { return m_service; }
    const RequestLimits &limits() const { return m_limits; }
    int requestsMade() const { return m_requests; }
    int retries() const { return m_retries; }
    int peakInFlight() const { return m_peakInFlight; }
    int inFlight() const { return m_inFlight; }

private:
    struct Job;
    void enqueue(std::unique_ptr<Job> job);
    void pump();
    void askToken(Job *job);
    void onToken(quint64 id, const TokenResult &token);
    void send(Job *job, const QString &accessToken);
    void onExchangeFinished(quint64 id, int managerIndex, const HttpResult &result);
    void retryLater(Job *job, qint64 waitMs);
    void complete(quint64 id, ServiceReply reply);
    void failLater(quint64 id, const QString &error);
    int pickManager() const;

    Service m_service;
    QString m_scope;
    QPointer<TokenProvider> m_tokens;
    RequestLimits m_limits;
    int m_pageSize = 0;
    qint64 m_maxResponseBytes;
    std::vector<QNetworkAccessManager *> m_managers;
    std::vector<int> m_managerLoad;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    std::deque<quint64> m_queue;
    quint64 m_nextId = 1;
    int m_slotsUsed = 0;
    QPointer<RequestGate> m_gate;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_requests = 0;
    int m_retries = 0;
    bool m_pumping = false;
    bool m_cancelling = false;
    std::unique_ptr<TokenResult> m_refusal;  // a sign-in the identity provider refused
};

} // namespace dwh
