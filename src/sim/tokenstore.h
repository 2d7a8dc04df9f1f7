// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace dwh::sim {

/**
 * The access tokens the simulated Entra ID issued: opaque random strings remembered with their
 * audience (the scope minus "/.default") and expiry. Every service checks its requests here.
 */
class TokenStore final
{
public:
    enum class Check { Ok, Missing, Unknown, Expired, WrongAudience };

    QString issue(const QString &audience, const QString &clientId, int lifetimeSeconds);
    /** Checks an `Authorization` header value against the audience a service expects. */
    Check check(const QByteArray &authorization, const QString &expectedAudience,
                QString *tokenAudience = nullptr) const;
    void clear();
    /** Every token issued so far (tests look for them in reports and logs). */
    QStringList issuedTokens() const { return m_tokens.keys(); }

    /** "HTTPS://Host:443/" → "https://host"; compares audiences by scheme, host, port, path. */
    static QString normalizeAudience(const QString &audience);

private:
    struct Issued
    {
        QString audience;
        QString clientId;
        QDateTime expiresAt;
    };
    QHash<QString, Issued> m_tokens;
};

} // namespace dwh::sim
