// SPDX-License-Identifier: MIT
#pragma once

#include "tokenprovider.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

namespace dwh {

/**
 * What every token provider keeps per scope: the access token while it is valid, and the callers
 * waiting for one. Answers are always delivered queued, on each caller's thread, so a callback
 * never runs inside requestToken(). Tokens are overwritten in memory when dropped.
 */
class TokenCache
{
public:
    TokenCache() = default;
    ~TokenCache();
    TokenCache(const TokenCache &) = delete;
    TokenCache &operator=(const TokenCache &) = delete;

    /** A success result with the cached token of `scope`, while it is valid. */
    std::optional<TokenResult> cached(const QString &scope) const;
    /** Keeps `token` for `lifetimeMs` (nothing when not positive). */
    void store(const QString &scope, const QString &token, qint64 lifetimeMs);
    void remove(const QString &scope);
    /** Drops (and overwrites) every cached token. */
    void clear();

    /** Adds a caller waiting for `scope`; true when it is the first one (start an exchange). */
    bool wait(const QString &scope, QObject *context, TokenResult::Callback done);
    bool isWaiting(const QString &scope) const { return m_waiting.contains(scope); }
    /** Answers every caller waiting for `scope`. */
    void deliver(const QString &scope, const TokenResult &result);
    /** Answers every waiting caller of every scope. */
    void deliverAll(const TokenResult &result);
    /** Answers one caller (queued on its context; nothing when the context is gone). */
    static void deliverTo(QObject *context, TokenResult::Callback done, const TokenResult &result);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenResult::Callback done;
    };
    struct CachedToken
    {
        QString accessToken;
        QDeadlineTimer validUntil;
    };

    QHash<QString, CachedToken> m_tokens;
    QHash<QString, QList<Waiter>> m_waiting;
};

} // namespace dwh
