// SPDX-License-Identifier: MIT
#include "tokenstore.h"

#include <QRandomGenerator>
#include <QUrl>

namespace dwh::sim {

namespace {

/** `bytes` (a multiple of 4) random bytes, base64url without padding. */
QByteArray randomPart(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** Nine characters a person can type: no 0/O, 1/I. */
QString newUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return code;
}

} // namespace

QString TokenStore::issue(const QString &audience, const QString &clientId, int lifetimeSeconds)
{
    // Opaque, JWT-like in shape (three base64url parts) but carrying nothing a client may parse.
    const QString token = QString::fromLatin1("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + randomPart(48) + '.'
                                              + randomPart(96));
    m_tokens.insert(token, {normalizeAudience(audience), clientId,
                            QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds)});
    return token;
}

TokenStore::Check TokenStore::check(const QByteArray &authorization, const QString &expectedAudience,
                                    QString *tokenAudience) const
{
    const QByteArray value = authorization.trimmed();
    if (value.isEmpty() || !value.left(7).toLower().startsWith("bearer "))
        return Check::Missing;
    const QString token = QString::fromLatin1(value.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return Check::Unknown;
    if (tokenAudience)
        *tokenAudience = it->audience;
    if (it->expiresAt <= QDateTime::currentDateTimeUtc())
        return Check::Expired;
    if (it->audience != normalizeAudience(expectedAudience))
        return Check::WrongAudience;
    return Check::Ok;
}

void TokenStore::clear()
{
    m_tokens.clear();
    m_refreshTokens.clear();
    m_codes.clear();
    m_deviceCodes.clear();
}

QString TokenStore::normalizeAudience(const QString &audience)
{
    const QUrl url(audience.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return audience.trimmed().toLower();
    QString out = url.scheme().toLower() + QStringLiteral("://") + url.host().toLower();
    const int defaultPort = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        out += u':' + QString::number(url.port());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return out + path;
}

// --- Authorization codes -------------------------------------------------------------------------

QString TokenStore::issueCode(const AuthorizationCode &code, int lifetimeSeconds)
{
    // Entra ID codes are long opaque strings starting with "0.A"; only the shape matters.
    const QString value = QStringLiteral("0.A") + QString::fromLatin1(randomPart(96));
    Code stored{code, false};
    stored.grant.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
    m_codes.insert(value, stored);
    return value;
}

TokenStore::CodeCheck TokenStore::redeemCode(const QString &code, AuthorizationCode *out)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return CodeCheck::Unknown;
    if (it->redeemed)
        return CodeCheck::AlreadyRedeemed;
    it->redeemed = true;  // one attempt per code, whatever its outcome
    *out = it->grant;
    if (it->grant.expiresAt <= QDateTime::currentDateTimeUtc())
        return CodeCheck::Expired;
    return CodeCheck::Ok;
}

// --- Refresh tokens ------------------------------------------------------------------------------

QString TokenStore::issueRefreshToken(const QString &clientId, int lifetimeSeconds)
{
    const QString token = QStringLiteral("1.A") + QString::fromLatin1(randomPart(144));
    m_refreshTokens.insert(token, {clientId, QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds), false});
    return token;
}

TokenStore::RefreshCheck TokenStore::redeemRefreshToken(const QString &token, const QString &clientId)
{
    const auto it = m_refreshTokens.find(token);
    if (it == m_refreshTokens.end())
        return RefreshCheck::Unknown;
    if (it->clientId.compare(clientId, Qt::CaseInsensitive) != 0)
        return RefreshCheck::WrongClient;
    if (it->replaced)
        return RefreshCheck::Replaced;
    if (it->expiresAt <= QDateTime::currentDateTimeUtc())
        return RefreshCheck::Expired;
    it->replaced = true;
    return RefreshCheck::Ok;
}

// --- Device codes --------------------------------------------------------------------------------

TokenStore::DeviceCode &TokenStore::issueDeviceCode(const QString &clientId, const QString &audience,
                                                    const QStringList &scopes, int lifetimeSeconds,
                                                    int intervalSeconds)
{
    DeviceCode code;
    code.deviceCode = QStringLiteral("DAQABAAEAAAD") + QString::fromLatin1(randomPart(120));
    do {
        code.userCode = newUserCode();
    } while (deviceCodeByUserCode(code.userCode));
    code.clientId = clientId;
    code.audience = audience;
    code.scopes = scopes;
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
    code.intervalSeconds = intervalSeconds;
    return *m_deviceCodes.insert(code.deviceCode, code);
}

TokenStore::DeviceCode *TokenStore::deviceCode(const QString &deviceCode)
{
    const auto it = m_deviceCodes.find(deviceCode);
    return it == m_deviceCodes.end() ? nullptr : &*it;
}

TokenStore::DeviceCode *TokenStore::deviceCodeByUserCode(const QString &userCode)
{
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end(); ++it) {
        if (it->userCode.compare(userCode.trimmed(), Qt::CaseInsensitive) == 0)
            return &*it;
    }
    return nullptr;
}

QStringList TokenStore::pendingUserCodes() const
{
    QStringList codes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DeviceCode &code : m_deviceCodes) {
        if (code.status == DeviceCode::Status::Pending && code.expiresAt > now)
            codes.append(code.userCode);
    }
    codes.sort();
    return codes;
}

} // namespace dwh::sim
