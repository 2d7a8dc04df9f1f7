// SPDX-License-Identifier: MIT
#include "httpexchange.h"

#include "errormessages.h"
#include "oneshotbody.h"
#include "secretredactor.h"
#include "tracerecorder.h"
#include "urlpolicy.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace dwh {

namespace {

/** application/json, text/json or any `+json` type; the parameters (charset, odata.*) aside. */
bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type == "text/json" || type.endsWith("+json");
}

/** A failure of the connection itself (reset, closed early, …), not an HTTP error status. */
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError
        && error < QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *manager, Service service,
                           const QNetworkRequest &request, const QByteArray &verb,
                           const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_service(service)
    , m_request(request)
    , m_verb(verb)
    , m_body(body)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);  // the timeout is a promise: not 5% early
    connect(&m_timer, &QTimer::timeout, this, &HttpExchange::onTimeout);
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::ManualRedirectPolicy);
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool HttpExchange::isWrite(const QByteArray &verb)
{
    return verb != "GET" && verb != "HEAD" && verb != "OPTIONS";
}

QString HttpExchange::describe(const QByteArray &verb, const QUrl &url)
{
    QString text = QString::fromLatin1(verb) + QLatin1Char(' ')
                 + url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        text += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return text;
}

QString HttpExchange::hostAndPort() const
{
    const QUrl url = m_request.url();
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

void HttpExchange::start()
{
    m_elapsed.start();
    const QUrl url = m_request.url();
    const QString problem = serviceUrlProblem(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                                           | QUrl::RemoveFragment));
    if (!problem.isEmpty() || !m_manager) {
        HttpResult result;
        result.outcome = HttpResult::Outcome::Refused;
        result.error = refusedUrlMessage(m_service, url.toDisplayString(QUrl::RemoveQuery),
                                         problem);
        // Queued, so finished() always comes after start() returns.
        QMetaObject::invokeMethod(
            this, [this, result]() { finish(result); }, Qt::QueuedConnection);
        return;
    }

    if (isWrite(m_verb) && m_service != Service::Entra) {
        // Never resent by Qt: see OneShotBody. The body is not buffered, so its length is given.
        // (A token request changes nothing: Qt may send it again on a fresh connection.)
        QNetworkRequest request = m_request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_body);
        m_reply = m_manager->sendCustomRequest(request, m_verb, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_manager->sendCustomRequest(m_request, m_verb, m_body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onDownloadProgress);
    // Qt's HTTP thread hands the answer over in signals that are merged while the receiver lags,
    // so without a read buffer limit a fast sender fills memory before any progress signal
    // arrives. With one, the HTTP thread stops reading until the buffered bytes are taken, and
    // they are taken here, counted against the cap. The limit only reaches the HTTP thread once
    // the request has started there, which for a request with a body happens in a queued call:
    // so it is set from a queued call too (after that one).
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    m_reply->setReadBufferSize(READ_BUFFER_BYTES);
    QMetaObject::invokeMethod(
        m_reply,
        [reply = m_reply]() {
            if (reply)
                reply->setReadBufferSize(READ_BUFFER_BYTES);
        },
        Qt::QueuedConnection);
#if QT_CONFIG(ssl)
    // Record why the handshake failed; the errors are never ignored, so the reply then fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_sslErrors = texts.join(QStringLiteral("; "));
    });
#endif
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
}

void HttpExchange::abort()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();  // normally emits finished() → onReplyFinished
        if (!m_done)
            onReplyFinished();
    } else {
        HttpResult result;
        result.outcome = HttpResult::Outcome::Cancelled;
        result.error = cancelledMessage();
        finish(std::move(result));
    }
}

void HttpExchange::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void HttpExchange::onDownloadProgress(qint64 received, qint64 total)
{
    if (received > m_maxBytes || total > m_maxBytes) {
        m_tooLarge = true;
        if (m_reply)
            m_reply->abort();
    }
}

void HttpExchange::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    if (m_answer.size() + m_reply->bytesAvailable() > m_maxBytes) {
        m_tooLarge = true;
        m_answer.clear();
        m_reply->abort();
        return;
    }
    m_answer += m_reply->readAll();
}

void HttpExchange::onReplyFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;

    HttpResult result;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_timedOut) {
        result.outcome = HttpResult::Outcome::Timeout;
        result.error = timeoutMessage(m_service, m_timeoutMs);
        result.evidence.networkError = QNetworkReply::TimeoutError;
    } else if (m_tooLarge) {
        result.outcome = HttpResult::Outcome::TooLarge;
        result.status = statusAttribute.toInt();  // it answered; the answer was too big
        result.error = tooLargeMessage(m_service, m_maxBytes);
    } else if (m_cancelled) {
        result.outcome = HttpResult::Outcome::Cancelled;
        result.error = cancelledMessage();
    } else if (statusAttribute.isValid()) {
        result.outcome = HttpResult::Outcome::Answered;
        result.status = statusAttribute.toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.add(pair.first, pair.second);
        result.body = m_answer + reply->readAll();
        m_answer.clear();
        const QByteArray contentType = result.headers.value("Content-Type");
        if (isTransportError(reply->error())) {
            // The headers came, then the connection broke: the body is cut off.
            result.outcome = HttpResult::Outcome::Network;
            result.evidence.networkError = reply->error();
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            result.error = incompleteAnswerMessage(m_service, hostAndPort(), result.body.size(),
                                                   length.isValid() ? length.toLongLong() : -1);
        } else if (result.status >= 200 && result.status < 300 && !result.body.isEmpty()
                   && !contentType.isEmpty() && !isJsonMediaType(contentType)) {
            result.error = contentTypeMessage(m_service, result.status, contentType, result.body);
        } else if (result.status >= 300 && result.status < 400) {
            result.error = redirectMessage(m_service, result.status,
                                           result.headers.value("Location"));
        } else if (result.status < 200 || result.status >= 300) {
            // Redacted before the message is cut to length, so no piece of a secret survives.
            const SecretRedactor &secrets = SecretRedactor::live();
            HttpHeaders headers;
            for (const auto &[name, value] : result.headers.pairs)
                headers.add(name, secrets.redact(value));
            result.error = httpErrorMessage(m_service, result.status, headers,
                                            secrets.redact(result.body));
        }
    } else {
        result.outcome = HttpResult::Outcome::Network;
        result.evidence.networkError = reply->error();
        const QString detail = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors;
        result.error = networkErrorMessage(m_service, reply->error(), hostAndPort(), detail);
    }
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    finish(std::move(result));
}

void HttpExchange::finish(HttpResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    // A server may echo the bearer token or the client secret in its error text.
    result.error = SecretRedactor::live().redact(result.error);
    result.evidence.service = serviceName(m_service);
    result.evidence.request = SecretRedactor::live().redact(
        m_evidenceRequest.isEmpty() ? describe(m_verb, m_request.url()) : m_evidenceRequest);
    result.evidence.status = result.status;
    result.evidence.error = result.error;
    result.evidence.at = QDateTime::currentDateTimeUtc();
    result.evidence.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (TraceRecorder *trace = TraceRecorder::find(m_manager))
        trace->record(m_service, m_verb, m_request, m_body, result);
    emit finished(result);
    deleteLater();
}

} // namespace dwh
