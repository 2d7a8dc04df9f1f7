// SPDX-License-Identifier: MIT
#include "tokenstore.h"

#include <QRandomGenerator>
#include <QUrl>

namespace dwh::sim {

QString TokenStore::issue(const QString &audience, const QString &clientId, int lifetimeSeconds)
{
    // Opaque, JWT-like in shape (three base64url parts) but carrying nothing a client may parse.
    auto part = [](int bytes) {
        QByteArray raw(bytes, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
        return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QString token = QString::fromLatin1("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + part(48) + '.' + part(96));
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

} // namespace dwh::sim
