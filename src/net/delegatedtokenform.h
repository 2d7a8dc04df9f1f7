// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace dwh {

/**
 * Form bodies and answers of the delegated (user) grants of Entra ID v2: refresh_token and the
 * device code flow (domain.md §6.3). Pure functions. The bodies hold a refresh token or a device
 * code: never log them.
 */

/** The scope a delegated request asks for: "<resource>/.default offline_access". */
QString delegatedScope(const QString &resourceScope);

/** `client_id`, `grant_type=refresh_token`, `refresh_token`, `scope`, fully percent-encoded. */
QByteArray refreshTokenForm(const QString &clientId, const QString &refreshToken, const QString &scope);

/** The `/devicecode` request: `client_id`, `scope`. */
QByteArray deviceCodeStartForm(const QString &clientId, const QString &scope);

/** A device code poll: `grant_type=urn:ietf:params:oauth:grant-type:device_code`, `client_id`, `device_code`. */
QByteArray deviceCodePollForm(const QString &clientId, const QString &deviceCode);

/** A successful delegated token answer, or why it is unusable. */
struct DelegatedTokenAnswer
{
    QString accessToken;
    QString refreshToken;   // empty when the answer brought none
    qint64 expiresInSeconds = 0;
    QString error;          // "malformed answer: …"

    bool ok() const { return error.isEmpty(); }
};

/** Parses `{"token_type":"Bearer","expires_in":3599,"access_token":"…","refresh_token":"…"}`. */
DelegatedTokenAnswer parseDelegatedTokenAnswer(const QByteArray &body);

/** The OAuth error of a 4xx token answer: `error` and the AADSTS number. */
struct OAuthError
{
    QString error;      // "authorization_pending", "invalid_grant", …; empty when the body has none
    int aadsts = 0;     // first of error_codes, 0 when absent
};

OAuthError parseOAuthError(const QByteArray &body);

/** The answer of `/devicecode`. */
struct DeviceCodeStart
{
    QString deviceCode;     // secret: only ever sent back to the token endpoint
    QString userCode;
    QUrl verificationUri;
    QString message;
    int expiresInSeconds = 0;
    int intervalSeconds = 5;
    QString error;          // "malformed answer: …"

    bool ok() const { return error.isEmpty(); }
};

DeviceCodeStart parseDeviceCodeStart(const QByteArray &body);

} // namespace dwh
