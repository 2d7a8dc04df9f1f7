// SPDX-License-Identifier: MIT
#include "simhttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace dwh::sim {

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

QList<QByteArray> SimRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.second);
    return out;
}

QString SimRequest::pathAndQuery() const
{
    QString s = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        s += u'?' + url.query(QUrl::FullyEncoded);
    return s;
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

SimResponse SimResponse::json(int status, const QJsonObject &body, const QByteArray &contentType)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", contentType);
    return r;
}

SimResponse SimResponse::noContent(int status)
{
    SimResponse r;
    r.status = status;
    return r;
}

QString urlWithQueryParam(const QUrl &url, const QString &name, const QString &value, bool remove)
{
    QUrl base = url;
    base.setQuery(QString());
    QString out = base.toString(QUrl::FullyEncoded);
    while (out.endsWith(u'?'))
        out.chop(1);
    QStringList kept;
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString itemName = QUrl::fromPercentEncoding(item.section(u'=', 0, 0).toUtf8());
        if (itemName != name)
            kept.append(item);
    }
    if (!remove)
        kept.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!kept.isEmpty())
        out += u'?' + kept.join(u'&');
    return out;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace Errors {

SimResponse dataverse(int status, const QString &code, const QString &message)
{
    SimResponse r = SimResponse::json(
        status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}},
        ContentType::dataverse);
    r.setHeader("OData-Version", "4.0");
    return r;
}

SimResponse financeAndOperations(int status, const QString &message, const QString &innerMessage,
                                 const QString &innerType)
{
    const QJsonObject inner{{QStringLiteral("message"), innerMessage},
                            {QStringLiteral("type"), innerType},
                            {QStringLiteral("stacktrace"), QString()}};
    SimResponse r = SimResponse::json(
        status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString()},
                                                       {QStringLiteral("message"), message},
                                                       {QStringLiteral("innererror"), inner}}}},
        ContentType::financeAndOperations);
    r.setHeader("OData-Version", "4.0");
    return r;
}

SimResponse powerPlatform(int status, const QString &code, const QString &message)
{
    return SimResponse::json(
        status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}},
        ContentType::plainJson);
}

SimResponse entra(int status, const QString &error, int aadstsCode, const QString &description)
{
    const QString traceId = newGuid();
    const QString correlationId = newGuid();
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    const QString text = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                             .arg(aadstsCode).arg(description, traceId, correlationId, timestamp);
    SimResponse r = SimResponse::json(status,
                                      {{QStringLiteral("error"), error},
                                       {QStringLiteral("error_description"), text},
                                       {QStringLiteral("error_codes"), QJsonArray{aadstsCode}},
                                       {QStringLiteral("timestamp"), timestamp},
                                       {QStringLiteral("trace_id"), traceId},
                                       {QStringLiteral("correlation_id"), correlationId}},
                                      ContentType::plainJson);
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

SimResponse dataverseConcurrencyLimit(int limit, int retryAfterSeconds)
{
    SimResponse r = dataverse(429, QStringLiteral("0x80072326"),
                              QStringLiteral("Number of concurrent requests exceeded the limit of %1.").arg(limit));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

SimResponse dataverseRequestLimit(int budget, int retryAfterSeconds)
{
    SimResponse r = dataverse(429, QStringLiteral("0x80072322"),
                              QStringLiteral("Number of requests exceeded the limit of %1 over time window "
                                             "of 300 seconds.").arg(budget));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

SimResponse forStatus(const QString &service, int status)
{
    if (service == ServiceName::dataverse) {
        switch (status) {
        case 401: return dataverse(401, QStringLiteral("0x80072560"),
                                   QStringLiteral("The user is not a member of the organization."));
        case 403: return dataverse(403, QStringLiteral("0x80040220"),
                                   QStringLiteral("Principal user is missing prvReadcdm_company privilege."));
        case 404: return dataverse(404, QStringLiteral("0x80040217"), QStringLiteral("Entity Does Not Exist"));
        case 429: return dataverseRequestLimit(6000, 1);
        case 503: return dataverse(503, QStringLiteral("0x80040216"),
                                   QStringLiteral("The service is temporarily unavailable. Try again later."));
        default: return dataverse(status, QStringLiteral("0x80040216"),
                                  QStringLiteral("An unexpected error occurred."));
        }
    }
    if (service == ServiceName::financeAndOperations) {
        if (status == 429)
            return financeAndOperations(429, QStringLiteral("Too many requests"),
                                        QStringLiteral("The request was throttled. Retry after the period in the Retry-After header."),
                                        QString());
        if (status == 401)
            return financeAndOperations(401, QStringLiteral("Authorization has been denied for this request."),
                                        QString(), QString());
        return financeAndOperations(status, QStringLiteral("An error has occurred."),
                                    QStringLiteral("The server encountered an internal error (HTTP %1).").arg(status),
                                    QStringLiteral("System.Exception"));
    }
    if (service == ServiceName::powerPlatform) {
        if (status == 429)
            return powerPlatform(429, QStringLiteral("TooManyRequests"),
                                 QStringLiteral("Rate limit is exceeded. Try again in 1 seconds."));
        if (status == 401)
            return powerPlatform(401, QStringLiteral("InvalidAuthenticationToken"),
                                 QStringLiteral("The access token is invalid."));
        if (status == 404)
            return powerPlatform(404, QStringLiteral("ConnectionNotFound"),
                                 QStringLiteral("The connection was not found."));
        return powerPlatform(status, QStringLiteral("InternalServerError"),
                             QStringLiteral("An internal server error occurred (HTTP %1).").arg(status));
    }
    if (status == 429)
        return entra(429, QStringLiteral("temporarily_unavailable"), 90033,
                     QStringLiteral("A transient error has occurred. Please try again."));
    if (status >= 500)
        return entra(status, QStringLiteral("temporarily_unavailable"), 90033,
                     QStringLiteral("A transient error has occurred. Please try again."));
    return entra(status, QStringLiteral("invalid_request"), 900144,
                 QStringLiteral("The request could not be processed (HTTP %1).").arg(status));
}

} // namespace Errors

} // namespace dwh::sim
