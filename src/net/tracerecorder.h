// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <utility>

class QNetworkRequest;

namespace dwh {

struct HttpResult;

/** One finished HTTP exchange as the trace keeps it: already stripped of every credential. */
struct TraceEntry
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    QString service;            // "dataverse", "entra", … (serviceName())
    QDateTime startedAt;        // UTC
    qint64 elapsedMs = 0;
    QByteArray method;
    QUrl url;
    Headers requestHeaders;     // without Authorization, Proxy-Authorization and Cookie
    QByteArray requestBody;     // empty when omitted
    bool requestBodyOmitted = false;  // a sign-in request: its form holds the client secret
    int status = 0;             // 0 when no answer came
    Headers responseHeaders;    // without Set-Cookie
    QByteArray responseBody;    // sign-in answers: token values read "[redacted]"
    QString error;              // for humans, empty on success
};

/**
 * Collects every HTTP exchange of a run for the evidence bundle. HttpExchange reports to the
 * recorder installed on its network manager or one of that manager's ancestors (install());
 * ServiceClient inherits the recorder of its token provider. Entries hold no Authorization
 * header, no cookie, no sign-in form body and no token. Used from one thread; record() only
 * copies what the exchange was made of (implicitly shared) and the redaction, which reads every
 * byte of every body, runs on a worker thread of the recorder's own, in the order recorded.
 * entries() and entriesSince() wait for the redactions queued before them.
 */
class TraceRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceRecorder)
public:
    explicit TraceRecorder(QObject *parent = nullptr);
    ~TraceRecorder() override;

    /** Exchanges whose network manager descends from `owner` report to `recorder` (nullptr: none). */
    static void install(QObject *owner, TraceRecorder *recorder);
    /** The recorder installed on `object` or its nearest ancestor, or nullptr. */
    static TraceRecorder *find(const QObject *object);
    /** Installs on `object` the recorder found from `source` (ServiceClient: its token provider). */
    static void inherit(QObject *object, const QObject *source);

    /** Called by HttpExchange once per finished exchange. */
    void record(Service service, const QByteArray &method, const QNetworkRequest &request,
                const QByteArray &requestBody, const HttpResult &result);

    QList<TraceEntry> entries() const;
    /** The entries that started at or after `from` (the run's start). */
    QList<TraceEntry> entriesSince(const QDateTime &from) const;
    /** Forgets the entries that started before `from` (queued after the pending redactions:
     *  never waits). */
    void dropBefore(const QDateTime &from);
    /** Forgets every entry (queued likewise). */
    void clear();
    /** Waits until every exchange recorded so far is redacted and in entries(). */
    void flush() const;

    /** `body` with the values of access_token, refresh_token, id_token, device_code redacted. */
    static QByteArray redactTokens(const QByteArray &body);

private:
    struct Exchange;
    static TraceEntry redacted(const Exchange &exchange);

    mutable QMutex m_mutex;        // guards m_entries (the worker appends)
    QList<TraceEntry> m_entries;
    mutable QThreadPool m_worker;  // one thread: redactions in the order recorded
};

} // namespace dwh
