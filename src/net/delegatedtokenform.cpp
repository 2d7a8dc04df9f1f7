// SPDX-License-Identifier: MIT
// The delegated grants' form bodies and answers (refresh token, device code), pure functions.
#include "delegatedtokenform.h"

#include "tokenform.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dwh {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::DelegatedTokenForm)
};

QByteArray field(const char *name, const QString &value)
{
    // Only RFC 3986 unreserved characters stay as they are; '+', '&', '=' and ' ' are encoded.
    return QByteArray(name) + '=' + value.toUtf8().toPercentEncoding();
}

int intValue(const QJsonValue &value, int fallback)
{
    if (value.isString())
        return value.toString().toInt();
    return value.isDouble() ? value.toInt() : fallback;
}

} // namespace

QString delegatedScope(const QString &resourceScope)
{
    return resourceScope + QStringLiteral(" offline_access");
}

QByteArray refreshTokenForm(const QString &clientId, const QString &refreshToken, const QString &scope)
{
    return field("client_id", clientId) + "&grant_type=refresh_token&" + field("refresh_token", refreshToken)
        + '&' + field("scope", scope);
}

QByteArray deviceCodeStartForm(const QString &clientId, const QString &scope)
{
    return field("client_id", clientId) + '&' + field("scope", scope);
}

QByteArray deviceCodePollForm(const QString &clientId, const QString &deviceCode)
{
    return "grant_type=" + QByteArray("urn:ietf:params:oauth:grant-type:device_code").toPercentEncoding() + '&'
        + field("client_id", clientId) + '&' + field("device_code", deviceCode);
}

DelegatedTokenAnswer parseDelegatedTokenAnswer(const QByteArray &body)
{
    DelegatedTokenAnswer answer;
    const TokenAnswer base = parseTokenAnswer(body);
    if (!base.ok()) {
        answer.error = base.error;
        return answer;
    }
    answer.accessToken = base.accessToken;
    answer.expiresInSeconds = base.expiresInSeconds;
    answer.refreshToken = QJsonDocument::fromJson(body).object().value(QLatin1String("refresh_token")).toString();
    return answer;
}

OAuthError parseOAuthError(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    OAuthError error;
    error.error = object.value(QLatin1String("error")).toString();
    const QJsonArray codes = object.value(QLatin1String("error_codes")).toArray();
    if (!codes.isEmpty())
        error.aadsts = codes.first().toInt();
    return error;
}

DeviceCodeStart parseDeviceCodeStart(const QByteArray &body)
{
    DeviceCodeStart start;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        start.error = Tr::tr("malformed answer: the device code answer is not a JSON object");
        return start;
    }
    const QJsonObject o = document.object();
    start.deviceCode = o.value(QLatin1String("device_code")).toString();
    start.userCode = o.value(QLatin1String("user_code")).toString();
    start.verificationUri = QUrl(o.value(QLatin1String("verification_uri")).toString());
    start.message = o.value(QLatin1String("message")).toString();
    start.expiresInSeconds = intValue(o.value(QLatin1String("expires_in")), 900);
    start.intervalSeconds = intValue(o.value(QLatin1String("interval")), 5);
    if (start.deviceCode.isEmpty() || start.userCode.isEmpty() || !start.verificationUri.isValid()
        || start.verificationUri.isEmpty()) {
        start.error = Tr::tr("malformed answer: the device code answer has no device_code, user_code or "
                         "verification_uri");
    } else if (start.expiresInSeconds <= 0) {
        start.error = Tr::tr("malformed answer: the device code answer has no usable expires_in");
    }
    start.intervalSeconds = qBound(1, start.intervalSeconds, 60);
    return start;
}

} // namespace dwh
