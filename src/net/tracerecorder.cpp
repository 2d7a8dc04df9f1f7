// SPDX-License-Identifier: MIT
#include "tracerecorder.h"

#include "httpexchange.h"
#include "secretredactor.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QVariant>

namespace dwh {

namespace {

constexpr const char PropertyName[] = "dwh.traceRecorder";

bool isCredentialHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "set-cookie2";
}

} // namespace

/** What one exchange was made of, copied on the recording thread (implicitly shared data) and
 *  not yet redacted. */
struct TraceRecorder::Exchange
{
    Service service = Service::Dataverse;
    QByteArray method;
    QUrl url;
    TraceEntry::Headers requestHeaders;  // credential headers already left out
    QByteArray requestBody;
    int status = 0;
    TraceEntry::Headers responseHeaders;  // likewise
    QByteArray responseBody;
    QString error;
    QDateTime at;
    qint64 elapsedMs = 0;
};

TraceRecorder::TraceRecorder(QObject *parent)
    : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
}

TraceRecorder::~TraceRecorder()
{
    m_worker.waitForDone();  // its tasks append to m_entries
}

void TraceRecorder::install(QObject *owner, TraceRecorder *recorder)
{
    if (owner)
        owner->setProperty(PropertyName, QVariant::fromValue(QPointer<TraceRecorder>(recorder)));
}

TraceRecorder *TraceRecorder::find(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        const QVariant v = o->property(PropertyName);
        if (v.isValid())
            return v.value<QPointer<TraceRecorder>>().data();
    }
    return nullptr;
}

void TraceRecorder::inherit(QObject *object, const QObject *source)
{
    if (TraceRecorder *recorder = find(source))
        install(object, recorder);
}

QByteArray TraceRecorder::redactTokens(const QByteArray &body)
{
    static const QRegularExpression json(QStringLiteral(
        R"re("(access_token|refresh_token|id_token|device_code)"\s*:\s*"(?:[^"\\]|\\.)*("|$))re"));
    static const QRegularExpression form(
        QStringLiteral(R"re(\b(access_token|refresh_token|id_token|device_code)=[^&\s"]*)re"));
    QString text = QString::fromUtf8(body);
    text.replace(json, QStringLiteral(R"("\1":"[redacted]")"));
    text.replace(form, QStringLiteral("\\1=[redacted]"));
    return text.toUtf8();
}

void TraceRecorder::record(Service service, const QByteArray &method,
                           const QNetworkRequest &request, const QByteArray &requestBody,
                           const HttpResult &result)
{
    if (result.outcome == HttpResult::Outcome::Refused)
        return;  // never sent
    Exchange x;
    x.service = service;
    x.method = method;
    x.url = request.url();
    for (const QByteArray &name : request.rawHeaderList()) {
        if (!isCredentialHeader(name))
            x.requestHeaders.append({name, request.rawHeader(name)});
    }
    x.requestBody = requestBody;
    x.status = result.status;
    for (const auto &pair : result.headers.pairs) {
        if (!isCredentialHeader(pair.first))
            x.responseHeaders.append(pair);
    }
    x.responseBody = result.body;
    x.error = result.error;
    x.at = result.evidence.at;
    x.elapsedMs = result.evidence.elapsedMs;
    m_worker.start([this, x = std::move(x)] {
        TraceEntry entry = redacted(x);
        const QMutexLocker lock(&m_mutex);
        m_entries.append(std::move(entry));
    });
}

TraceEntry TraceRecorder::redacted(const Exchange &x)
{
    const bool signIn = x.service == Service::Entra;
    // Every value a server may echo (the token in an error body or a header, the client secret
    // in a sign-in error) is redacted, under whatever name it appears.
    const SecretRedactor &secrets = SecretRedactor::live();
    TraceEntry e;
    e.service = serviceName(x.service);
    e.elapsedMs = x.elapsedMs;
    e.startedAt = x.at.addMSecs(-e.elapsedMs);
    e.method = x.method;
    e.url = QUrl::fromEncoded(secrets.redact(x.url.toEncoded()));
    for (const auto &[name, value] : x.requestHeaders)
        e.requestHeaders.append({name, secrets.redact(value)});
    e.requestBodyOmitted = signIn && !x.requestBody.isEmpty();
    if (!signIn)
        e.requestBody = secrets.redact(x.requestBody);
    e.status = x.status;
    for (const auto &[name, value] : x.responseHeaders)
        e.responseHeaders.append({name, secrets.redact(value)});
    e.responseBody = secrets.redact(signIn ? redactTokens(x.responseBody) : x.responseBody);
    e.error = secrets.redact(x.error);
    return e;
}

void TraceRecorder::flush() const
{
    m_worker.waitForDone();
}

QList<TraceEntry> TraceRecorder::entries() const
{
    flush();
    const QMutexLocker lock(&m_mutex);
    return m_entries;
}

QList<TraceEntry> TraceRecorder::entriesSince(const QDateTime &from) const
{
    flush();
    const QMutexLocker lock(&m_mutex);
    QList<TraceEntry> out;
    for (const TraceEntry &e : m_entries) {
        if (!from.isValid() || e.startedAt >= from)
            out.append(e);
    }
    return out;
}

void TraceRecorder::dropBefore(const QDateTime &from)
{
    m_worker.start([this, from] {
        const QMutexLocker lock(&m_mutex);
        m_entries.removeIf([&from](const TraceEntry &e) { return e.startedAt < from; });
    });
}

void TraceRecorder::clear()
{
    m_worker.start([this] {
        const QMutexLocker lock(&m_mutex);
        m_entries.clear();
    });
}

} // namespace dwh
