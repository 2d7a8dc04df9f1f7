// SPDX-License-Identifier: MIT
#include "harlog.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QUrlQuery>

namespace dwh {

namespace {

QJsonArray headerArray(const TraceEntry::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), QString::fromLatin1(value)}});
    }
    return array;
}

QByteArray headerValue(const TraceEntry::Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/** `text` plus `encoding: base64` when the body is not UTF-8. */
void putText(QJsonObject *object, const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        object->insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
        object->insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    } else {
        object->insert(QStringLiteral("text"), text);
    }
}

QJsonObject requestObject(const TraceEntry &e)
{
    QJsonArray query;
    for (const auto &[name, value] : QUrlQuery(e.url).queryItems(QUrl::FullyDecoded)) {
        query.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    }
    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(e.method)},
                        {QStringLiteral("url"), e.url.toString(QUrl::FullyEncoded)},
                        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                        {QStringLiteral("cookies"), QJsonArray()},
                        {QStringLiteral("headers"), headerArray(e.requestHeaders)},
                        {QStringLiteral("queryString"), query},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), e.requestBodyOmitted ? -1 : int(e.requestBody.size())}};
    if (e.requestBodyOmitted) {
        request.insert(QStringLiteral("comment"),
                       QStringLiteral("Sign-in request: its form body is not recorded (it holds "
                                      "the client secret or a grant)."));
    } else if (!e.requestBody.isEmpty()) {
        QJsonObject postData{{QStringLiteral("mimeType"),
                              QString::fromLatin1(headerValue(e.requestHeaders, "Content-Type"))}};
        putText(&postData, e.requestBody);
        request.insert(QStringLiteral("postData"), postData);
    }
    return request;
}

QJsonObject responseObject(const TraceEntry &e)
{
    QJsonObject content{{QStringLiteral("size"), int(e.responseBody.size())},
                        {QStringLiteral("mimeType"),
                         QString::fromLatin1(headerValue(e.responseHeaders, "Content-Type"))}};
    putText(&content, e.responseBody);
    if (e.service == QLatin1String("entra") && e.responseBody.contains("[redacted]"))
        content.insert(QStringLiteral("comment"),
                       QStringLiteral("Token values read [redacted]; Content-Length is the "
                                      "original answer's."));
    return {{QStringLiteral("status"), e.status},
            {QStringLiteral("statusText"), QString()},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headers"), headerArray(e.responseHeaders)},
            {QStringLiteral("content"), content},
            {QStringLiteral("redirectURL"),
             QString::fromLatin1(headerValue(e.responseHeaders, "Location"))},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), e.status == 0 ? -1 : int(e.responseBody.size())}};
}

} // namespace

QJsonObject harLog(const QList<TraceEntry> &entries)
{
    QJsonArray array;
    for (const TraceEntry &e : entries) {
        QJsonObject entry{
            {QStringLiteral("startedDateTime"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("time"), double(e.elapsedMs)},
            {QStringLiteral("request"), requestObject(e)},
            {QStringLiteral("response"), responseObject(e)},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                    {QStringLiteral("wait"), double(e.elapsedMs)},
                                                    {QStringLiteral("receive"), 0}}},
            {QStringLiteral("_service"), e.service}};
        if (!e.error.isEmpty())
            entry.insert(QStringLiteral("_error"), e.error);
        array.append(entry);
    }
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("dwhealth")},
                              {QStringLiteral("version"), QStringLiteral(DWHEALTH_VERSION)}};
    return {{QStringLiteral("log"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                {QStringLiteral("creator"), creator},
                                                {QStringLiteral("entries"), array}}}};
}

} // namespace dwh
