// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "dataset.h"
#include "httpheaders.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace dwh {

/** What one HTTP exchange produced. */
struct HttpResult
{
    enum class Outcome {
        Answered,   // an HTTP answer arrived (any status; see `status`)
        Network,    // no answer: connection refused, DNS, TLS, reset, …
        Timeout,    // no answer within the timeout
        Cancelled,  // abort() was called
        TooLarge,   // the answer passed the size bound
        Refused,    // the URL is not allowed (plain http:// to a host that is not loopback)
    };

    Outcome outcome = Outcome::Network;
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QString error;      // for humans; empty for a usable 2xx answer
    Evidence evidence;  // the request, without host, token or body

    /** A 2xx answer with nothing wrong (a 2xx labelled as HTML has an `error`). */
    bool isSuccess() const
    {
        return outcome == Outcome::Answered && status >= 200 && status < 300 && error.isEmpty();
    }
};

/**
 * One HTTP request and its answer. Emits finished() exactly once, then deletes itself. Owns a
 * timeout timer (a timeout reports "timed out after N s", not "cancelled"), never follows
 * redirects (a 3xx is an error naming the Location host), never ignores TLS errors, and aborts
 * answers larger than maxResponseBytes (counted on the bytes read,
 * not on progress signals). Evidence never holds the Authorization header or the body.
 */
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)
public:
    static constexpr qint64 DEFAULT_MAX_RESPONSE_BYTES = 64LL * 1024 * 1024;
    /** What Qt may hold of an answer that has not been read yet (see start()). */
    static constexpr qint64 READ_BUFFER_BYTES = 1024 * 1024;

    /**
     * `verb` is "GET", "POST", …; `body` is sent for POST/PATCH. `evidenceRequest` overrides the
     * "METHOD /path?query" text recorded (the token request uses it to hide nothing but the path).
     */
    HttpExchange(QNetworkAccessManager *manager, Service service, const QNetworkRequest &request,
                 const QByteArray &verb, const QByteArray &body = QByteArray(),
                 QObject *parent = nullptr);
    ~HttpExchange() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setEvidenceRequest(const QString &text) { m_evidenceRequest = text; }

    /** Sends the request. finished() always comes later, never from inside start(). */
    void start();
    /** Stops the exchange; finished() reports Cancelled before abort() returns. */
    void abort();

    /**
     * Every verb but GET, HEAD and OPTIONS: its request goes out at most once (never resent by
     * Qt after a connection reset, see OneShotBody).
     */
    static bool isWrite(const QByteArray &verb);
    /** "GET /api/data/v9.2/WhoAmI" for `url`: path and query, fully encoded, no host. */
    static QString describe(const QByteArray &verb, const QUrl &url);

signals:
    void finished(const dwh::HttpResult &result);

private:
    void onReplyFinished();
    void onTimeout();
    void onDownloadProgress(qint64 received, qint64 total);
    void onReadyRead();
    void finish(HttpResult result);
    QString hostAndPort() const;

    QPointer<QNetworkAccessManager> m_manager;
    Service m_service;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    QString m_evidenceRequest;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QString m_sslErrors;
    QByteArray m_answer;  // the body read so far (never more than m_maxBytes)
    int m_timeoutMs = 30000;
    qint64 m_maxBytes = DEFAULT_MAX_RESPONSE_BYTES;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

} // namespace dwh
