// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace dwh {

/**
 * The client-credentials form body (application/x-www-form-urlencoded): `client_id`, `scope`,
 * `client_secret`, `grant_type=client_credentials`. Every value is fully percent-encoded, so a
 * secret holding '+', '&', '=' or '%' arrives unchanged. The result holds the secret: never log it.
 */
QByteArray clientCredentialsForm(const QString &clientId, const QString &scope,
                                 const QByteArray &clientSecret);

/** A successful token answer, or why it is unusable. */
struct TokenAnswer
{
    QString accessToken;
    qint64 expiresInSeconds = 0;
    QString error;  // "malformed answer: …" when the body has no usable token

    bool ok() const { return error.isEmpty(); }
};

/** Parses `{"token_type":"Bearer","expires_in":3599,"access_token":"…"}`. Pure. */
TokenAnswer parseTokenAnswer(const QByteArray &body);

/**
 * How long a token may be used from now: until 5 minutes before it expires, or half its lifetime
 * when that is shorter.
 */
qint64 tokenCacheLifetimeMs(qint64 expiresInSeconds);

} // namespace dwh
