// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace dwh {

/** The outcome of asking for an access token. The token never goes to logs or reports. */
struct TokenResult
{
    bool ok = false;
    QString accessToken;    // secret: only ever placed in an Authorization header
    QString error;          // for humans: names Entra ID and the reason, e.g. the AADSTS code
    bool rejected = false;  // the identity provider refused the credentials (not a network fault)
    Evidence evidence;      // the token request, without any secret
    std::optional<qint64> retryAfterMs;  // a throttled (429/503) answer's Retry-After

    using Callback = std::function<void(const TokenResult &)>;
};

/**
 * Gives out one access token per scope. Implementations: client credentials now; device code and
 * interactive (PKCE) later. Tokens are cached in memory until shortly before they expire.
 */
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /**
     * Asks for a token for `scope` ("{resource}/.default"). `done` is called exactly once, on
     * `context`'s thread, unless `context` is destroyed first. Concurrent requests for the same
     * scope share one network exchange.
     */
    virtual void requestToken(const QString &scope, QObject *context, TokenResult::Callback done) = 0;

    /** Forgets a cached token, e.g. after a service answered 401 to it. */
    virtual void invalidate(const QString &scope) = 0;

    /** Network exchanges made so far (token requests), for statistics; 0 when not counted. */
    virtual int requestCount() const { return 0; }
};

} // namespace dwh
