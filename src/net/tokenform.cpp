// SPDX-License-Identifier: MIT
// The client-credentials form body and the token answer it gets, pure functions.
#include "tokenform.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dwh {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::TokenForm)
};

QByteArray encode(const QByteArray &utf8)
{
    // toPercentEncoding leaves only RFC 3986 unreserved characters; in a form body '+' would
    // otherwise mean a space, and '&' / '=' would split the field.
    return utf8.toPercentEncoding();
}

} // namespace

QByteArray clientCredentialsForm(const QString &clientId, const QString &scope,
                                 const QByteArray &clientSecret)
{
    QByteArray form;
    form.reserve(128 + clientSecret.size() * 3);
    form += "client_id=" + encode(clientId.toUtf8());
    form += "&scope=" + encode(scope.toUtf8());
    form += "&client_secret=" + encode(clientSecret);
    form += "&grant_type=client_credentials";
    return form;
}

TokenAnswer parseTokenAnswer(const QByteArray &body)
{
    TokenAnswer answer;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        answer.error = Tr::tr("malformed answer: the token answer is not a JSON object");
        return answer;
    }
    const QJsonObject object = document.object();
    const QString token = object.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        answer.error = Tr::tr("malformed answer: no access_token in the token answer");
        return answer;
    }
    // expires_in is a number; some proxies turn it into a string.
    const QJsonValue expires = object.value(QLatin1String("expires_in"));
    qint64 seconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger();
    if (seconds <= 0)
        seconds = 0;
    answer.accessToken = token;
    answer.expiresInSeconds = seconds;
    return answer;
}

qint64 tokenCacheLifetimeMs(qint64 expiresInSeconds)
{
    const qint64 lifetime = std::max<qint64>(expiresInSeconds, 0) * 1000;
    const qint64 margin = std::min<qint64>(5 * 60 * 1000, lifetime / 2);
    return lifetime - margin;
}

} // namespace dwh
