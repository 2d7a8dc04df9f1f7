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

TraceRecorder::TraceRecorder(QObject *parent)
    : QObject(parent)
{
}

TraceRecorder::~TraceRecorder() = default;

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
    const bool signIn = service == Service::Entra;
    // Every value a server may echo (the token in an error body or a header, the client secret
    // in a sign-in error) is redacted, under whatever name it appears.
    const SecretRedactor &secrets = SecretRedactor::live();
    TraceEntry e;
    e.service = serviceName(service);
    e.elapsedMs = result.evidence.elapsedMs;
    e.startedAt = result.evidence.at.addMSecs(-e.elapsedMs);
    e.method = method;
    e.url = QUrl::fromEncoded(secrets.redact(request.url().toEncoded()));
    for (const QByteArray &name : request.rawHeaderList()) {
        if (!isCredentialHeader(name))
            e.requestHeaders.append({name, secrets.redact(request.rawHeader(name))});
    }
    e.requestBodyOmitted = signIn && !requestBody.isEmpty();
    if (!signIn)
        e.requestBody = secrets.redact(requestBody);
    e.status = result.status;
    for (const auto &pair : result.headers.pairs) {
        if (!isCredentialHeader(pair.first))
            e.responseHeaders.append({pair.first, secrets.redact(pair.second)});
    }
    e.responseBody = secrets.redact(signIn ? redactTokens(result.body) : result.body);
    e.error = secrets.redact(result.error);
    m_entries.append(std::move(e));
}

QList<TraceEntry> TraceRecorder::entriesSince(const QDateTime &from) const
{
    QList<TraceEntry> out;
    for (const TraceEntry &e : m_entries) {
        if (!from.isValid() || e.startedAt >= from)
            out.append(e);
    }
    return out;
}

void TraceRecorder::dropBefore(const QDateTime &from)
{
    m_entries.removeIf([&from](const TraceEntry &e) { return e.startedAt < from; });
}

} // namespace dwh
