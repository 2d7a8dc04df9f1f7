// SPDX-License-Identifier: MIT
#include "serviceclient.h"

#include "errormessages.h"
#include "httpexchange.h"
#include "requestgate.h"
#include "retrypolicy.h"
#include "tracerecorder.h"
#include "urlpolicy.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace dwh {

namespace {

// QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and port.
constexpr int CONNECTIONS_PER_MANAGER = 6;
constexpr int DATAVERSE_MAX_CONCURRENT = 52;  // Dataverse service protection limit

} // namespace

struct ServiceClient::Job
{
    enum class State { Queued, Token, InFlight, Waiting };

    quint64 id = 0;
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool collection = true;
    QPointer<QObject> context;
    Callback done;
    State state = State::Queued;
    QList<Evidence> evidence;
    QPointer<HttpExchange> exchange;
    QTimer *retryTimer = nullptr;
    int retries = 0;
    int throttledAnswers = 0;
    qint64 waitedMs = 0;
    bool retriedUnauthorized = false;

    bool holdsSlot() const { return state == State::Token || state == State::InFlight; }
};

ServiceClient::ServiceClient(Service service, const QString &tokenScope, TokenProvider *tokens,
                             RequestLimits limits, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_scope(tokenScope)
    , m_tokens(tokens)
    , m_limits(limits)
    , m_maxResponseBytes(HttpExchange::DEFAULT_MAX_RESPONSE_BYTES)
{
    m_limits.maxConcurrent = std::max(1, m_limits.maxConcurrent);
    if (m_service == Service::Dataverse)
        m_limits.maxConcurrent = std::min(m_limits.maxConcurrent, DATAVERSE_MAX_CONCURRENT);
    const int managers =
        (m_limits.maxConcurrent + CONNECTIONS_PER_MANAGER - 1) / CONNECTIONS_PER_MANAGER;
    for (int i = 0; i < managers; ++i) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(manager);
        m_managerLoad.push_back(0);
    }
    TraceRecorder::inherit(this, tokens);  // the evidence bundle's trace, when one is recorded
}

ServiceClient::~ServiceClient()
{
    // Exchanges are children; their replies are aborted by their destructors. No callbacks run.
    m_cancelling = true;
    for (auto &entry : m_jobs) {
        if (entry.second->exchange)
            entry.second->exchange->disconnect(this);
    }
}

void ServiceClient::get(const QUrl &url, bool collection, QObject *context, Callback done)
{
    auto job = std::make_unique<Job>();
    job->url = url;
    job->collection = collection;
    job->context = context;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void ServiceClient::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context,
                            Callback done)
{
    auto job = std::make_unique<Job>();
    job->verb = verb;
    job->url = url;
    job->body = body;
    job->headers = headers;
    job->collection = false;
    job->context = context;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void ServiceClient::enqueue(std::unique_ptr<Job> job)
{
    job->id = m_nextId++;
    const quint64 id = job->id;
    const QUrl url = job->url;
    m_jobs.emplace(id, std::move(job));

    const QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString problem = serviceUrlProblem(origin);
    if (!problem.isEmpty()) {
        failLater(id, refusedUrlMessage(m_service, url.toDisplayString(QUrl::RemoveQuery),
                                        problem));
        return;
    }
    m_queue.push_back(id);
    // Start on the next turn of the event loop so done() never runs inside get().
    QMetaObject::invokeMethod(this, &ServiceClient::pump, Qt::QueuedConnection);
}

void ServiceClient::setGate(RequestGate *gate)
{
    m_gate = gate;
    if (gate)
        connect(gate, &RequestGate::released, this, &ServiceClient::pump, Qt::QueuedConnection);
}

void ServiceClient::failLater(quint64 id, const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, error]() {
            ServiceReply reply;
            reply.error = error;
            complete(id, std::move(reply));
        },
        Qt::QueuedConnection);
}

void ServiceClient::pump()
{
    if (m_pumping || m_cancelling)
        return;
    m_pumping = true;
    while (m_slotsUsed < m_limits.maxConcurrent && !m_queue.empty()) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        auto it = m_jobs.find(id);
        if (it == m_jobs.end() || it->second->state != Job::State::Queued)
            continue;
        if (m_gate && !m_gate->tryAcquire()) {
            m_queue.push_front(id);  // another service holds the shared slots: wait for one
            break;
        }
        ++m_slotsUsed;
        askToken(it->second.get());
    }
    m_pumping = false;
}

void ServiceClient::askToken(Job *job)
{
    job->state = Job::State::Token;
    if (m_refusal) {
        // The identity provider already refused these credentials; asking again cannot help.
        const quint64 id = job->id;
        QMetaObject::invokeMethod(
            this, [this, id]() { onToken(id, *m_refusal); }, Qt::QueuedConnection);
        return;
    }
    if (!m_tokens) {
        failLater(job->id, tr("%1: no sign-in is configured").arg(serviceDisplayName(m_service)));
        return;
    }
    const quint64 id = job->id;
    m_tokens->requestToken(m_scope, this,
                           [this, id](const TokenResult &token) { onToken(id, token); });
}

void ServiceClient::onToken(quint64 id, const TokenResult &token)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second->state != Job::State::Token)
        return;  // cancelled meanwhile
    Job *job = it->second.get();
    if (!token.ok) {
        // Entra ID throttled or was unavailable (429/503): try the sign-in again within the same
        // budget as any request, after its Retry-After (doubling from 1 s when it sent none).
        if (!token.rejected && !m_cancelling && isRetryableStatus(token.evidence.status)) {
            const RetryDecision decision = decideRetry(token.evidence.status, token.retryAfterMs,
                                                       job->retries, job->waitedMs, m_limits);
            if (decision.retry) {
                job->evidence.append(token.evidence);
                retryLater(job, decision.waitMs);
                return;
            }
        }
        if (token.rejected && !m_refusal)
            m_refusal = std::make_unique<TokenResult>(token);
        ServiceReply reply;
        reply.signInFailed = true;
        reply.error = token.error;
        if (!token.evidence.request.isEmpty())
            job->evidence.append(token.evidence);
        complete(id, std::move(reply));
        return;
    }
    send(job, token.accessToken);
}

int ServiceClient::pickManager() const
{
    const auto least = std::min_element(m_managerLoad.cbegin(), m_managerLoad.cend());
    return int(std::distance(m_managerLoad.cbegin(), least));
}

void ServiceClient::send(Job *job, const QString &accessToken)
{
    QNetworkRequest request(job->url);
    const bool read = job->verb == "GET";
    request.setRawHeader("Accept", "application/json");
    if (m_service == Service::Dataverse || m_service == Service::FinanceAndOperations) {
        request.setRawHeader("OData-MaxVersion", "4.0");
        request.setRawHeader("OData-Version", "4.0");
        if (read && job->collection && m_pageSize > 0)
            request.setRawHeader("Prefer", "odata.maxpagesize=" + QByteArray::number(m_pageSize));
    }
    if (m_service == Service::Dataverse && read)
        request.setRawHeader("If-None-Match", "null");
    if (!job->body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &header : std::as_const(job->headers))
        request.setRawHeader(header.first, header.second);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("dwhealth/" DWHEALTH_VERSION));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());

    const int managerIndex = pickManager();
    auto *exchange = new HttpExchange(m_managers[size_t(managerIndex)], m_service, request,
                                      job->verb, job->body, this);
    exchange->setTimeoutMs(m_limits.timeoutMs);
    exchange->setMaxResponseBytes(m_maxResponseBytes);
    const quint64 id = job->id;
    connect(exchange, &HttpExchange::finished, this,
            [this, id, managerIndex](const HttpResult &result) {
                onExchangeFinished(id, managerIndex, result);
            });
    job->state = Job::State::InFlight;
    job->exchange = exchange;
    ++m_managerLoad[size_t(managerIndex)];
    ++m_requests;
    m_peakInFlight = std::max(m_peakInFlight, ++m_inFlight);
    exchange->start();
}

void ServiceClient::onExchangeFinished(quint64 id, int managerIndex, const HttpResult &result)
{
    --m_inFlight;
    --m_managerLoad[size_t(managerIndex)];
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job *job = it->second.get();
    job->exchange = nullptr;
    job->evidence.append(result.evidence);

    ServiceReply reply;
    reply.status = result.status;
    if (result.outcome == HttpResult::Outcome::Cancelled) {
        reply.cancelled = true;
        reply.error = result.error;
        complete(id, std::move(reply));
        return;
    }
    if (result.isSuccess()) {
        reply.ok = true;
        reply.body = result.body;
        complete(id, std::move(reply));
        return;
    }
    // A write is sent again only on an answer that says it was not processed (mayResend).
    if (result.outcome == HttpResult::Outcome::Answered && result.status == 401
        && mayResend(job->verb, result.status) && !job->retriedUnauthorized && m_tokens
        && !m_cancelling) {
        // The token may have been revoked or expired early: one more try with a fresh one.
        job->retriedUnauthorized = true;
        ++m_retries;
        m_tokens->invalidate(m_scope);
        askToken(job);  // keeps its slot
        return;
    }
    if (result.outcome == HttpResult::Outcome::Answered && isRetryableStatus(result.status)
        && mayResend(job->verb, result.status)) {
        ++job->throttledAnswers;
        const QByteArray retryAfter = result.headers.value("Retry-After");
        const RetryDecision decision =
            decideRetry(result.status, parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()),
                        job->retries, job->waitedMs, m_limits);
        if (decision.retry && !m_cancelling) {
            retryLater(job, decision.waitMs);
            return;
        }
        reply.error = gaveUpMessage(m_service, result.status, retryAfter, job->throttledAnswers,
                                    decision.waitBudgetExceeded,
                                    errorBodyFault(m_service, result.body));
        complete(id, std::move(reply));
        return;
    }
    reply.error = result.error;
    complete(id, std::move(reply));
}

void ServiceClient::retryLater(Job *job, qint64 waitMs)
{
    ++job->retries;
    ++m_retries;
    job->waitedMs += waitMs;
    job->state = Job::State::Waiting;
    --m_slotsUsed;  // a waiting request does not hold a concurrency slot
    if (m_gate)
        m_gate->release();
    job->retryTimer = new QTimer(this);
    job->retryTimer->setSingleShot(true);
    job->retryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: Retry-After is a minimum
    const quint64 id = job->id;
    connect(job->retryTimer, &QTimer::timeout, this, [this, id]() {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        Job *waiting = it->second.get();
        waiting->retryTimer->deleteLater();
        waiting->retryTimer = nullptr;
        waiting->state = Job::State::Queued;
        m_queue.push_front(id);
        pump();
    });
    job->retryTimer->start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
    pump();
}

void ServiceClient::complete(quint64 id, ServiceReply reply)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    if (job->holdsSlot()) {
        --m_slotsUsed;
        if (m_gate)
            m_gate->release();
    }
    if (job->retryTimer)
        job->retryTimer->deleteLater();
    reply.evidence = job->evidence;
    if (!reply.ok && reply.error.isEmpty())
        reply.error = tr("%1: the request failed").arg(serviceDisplayName(m_service));
    if (job->context && job->done)
        job->done(reply);
    pump();
}

void ServiceClient::cancelAll()
{
    m_cancelling = true;
    m_queue.clear();
    std::vector<quint64> ids;
    for (const auto &entry : m_jobs)
        ids.push_back(entry.first);
    for (quint64 id : ids) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        Job *job = it->second.get();
        if (job->exchange) {
            job->exchange->abort();  // completes the job as cancelled
            if (m_jobs.find(id) == m_jobs.end())
                continue;
        }
        ServiceReply reply;
        reply.cancelled = true;
        reply.error = cancelledMessage();
        complete(id, std::move(reply));
    }
    m_cancelling = false;
}

} // namespace dwh
