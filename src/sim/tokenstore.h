// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace dwh::sim {

/**
 * What the simulated user runs into on delegated sign-in (interactive and device code):
 * - MfaRequired: refresh_token redemptions answer 400 interaction_required AADSTS50076 (only a
 *   fresh sign-in in the browser or on the device page satisfies the policy);
 * - ConsentRequired: refresh_token redemptions answer 400 consent_required AADSTS65001;
 * - ConsentDeclined: the user declines: the authorize redirect carries error=access_denied
 *   AADSTS65004 and device code polls answer authorization_declined AADSTS65004.
 */
enum class UserChallenge { None, MfaRequired, ConsentRequired, ConsentDeclined };

/**
 * The grants the simulated Entra ID issued: access tokens (opaque random strings remembered with
 * their audience, the scope minus "/.default", and expiry; every service checks its requests
 * here), authorization codes (one-time, PKCE challenge attached), refresh tokens (rotated on every
 * use) and device codes (pending until approved or declined).
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

    // --- Authorization codes (auth code flow with PKCE) -----------------------------------------
    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString audience;       // normalized resource
        QStringList scopes;     // as requested, e.g. {"<resource>/.default", "offline_access"}
        QString challenge;      // code_challenge, empty when none was sent
        QString challengeMethod; // "S256" or "plain"
        QDateTime expiresAt;
    };
    enum class CodeCheck { Ok, Unknown, AlreadyRedeemed, Expired };
    QString issueCode(const AuthorizationCode &code, int lifetimeSeconds);
    /** Redeems `code` once: a second call answers AlreadyRedeemed. */
    CodeCheck redeemCode(const QString &code, AuthorizationCode *out);

    // --- Refresh tokens ---------------------------------------------------------------------------
    enum class RefreshCheck { Ok, Unknown, Expired, Replaced, WrongClient };
    QString issueRefreshToken(const QString &clientId, int lifetimeSeconds);
    /**
     * Checks a refresh token and, when valid, retires it (the caller issues its replacement).
     * Stricter than Entra ID, which keeps a replaced refresh token usable until it expires: a
     * client that goes on using a replaced one fails here first.
     */
    RefreshCheck redeemRefreshToken(const QString &token, const QString &clientId);
    QStringList issuedRefreshTokens() const { return m_refreshTokens.keys(); }

    // --- Device codes -----------------------------------------------------------------------------
    struct DeviceCode
    {
        enum class Status { Pending, Approved, Declined, Redeemed };
        QString deviceCode;
        QString userCode;
        QString clientId;
        QString audience;
        QStringList scopes;
        QDateTime expiresAt;
        int intervalSeconds = 5;
        qint64 lastPollMs = 0;      // ms since epoch; 0 before the first poll
        int pendingPolls = 0;       // authorization_pending answers so far
        bool slowDownNext = false;  // the next poll answers slow_down
        Status status = Status::Pending;
    };
    DeviceCode &issueDeviceCode(const QString &clientId, const QString &audience,
                                const QStringList &scopes, int lifetimeSeconds,
                                int intervalSeconds);
    DeviceCode *deviceCode(const QString &deviceCode);
    DeviceCode *deviceCodeByUserCode(const QString &userCode);
    QStringList pendingUserCodes() const;

private:
    struct Issued
    {
        QString audience;
        QString clientId;
        QDateTime expiresAt;
    };
    struct Refresh
    {
        QString clientId;
        QDateTime expiresAt;
        bool replaced = false;
    };
    struct Code
    {
        AuthorizationCode grant;
        bool redeemed = false;
    };
    QHash<QString, Issued> m_tokens;
    QHash<QString, Refresh> m_refreshTokens;
    QHash<QString, Code> m_codes;
    QHash<QString, DeviceCode> m_deviceCodes;  // by device_code
};

} // namespace dwh::sim
