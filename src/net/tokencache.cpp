// SPDX-License-Identifier: MIT
#include "tokencache.h"

#include "secretredactor.h"

#include <QMetaObject>

#include <utility>

namespace dwh {

TokenCache::~TokenCache()
{
    clear();
}

std::optional<TokenResult> TokenCache::cached(const QString &scope) const
{
    const auto it = m_tokens.constFind(scope);
    if (it == m_tokens.cend() || it->validUntil.hasExpired())
        return std::nullopt;
    TokenResult result;
    result.ok = true;
    result.accessToken = it->accessToken;
    return result;
}

void TokenCache::store(const QString &scope, const QString &token, qint64 lifetimeMs)
{
    SecretRedactor::live().add(token);  // a server may echo it; no sink writes it
    if (lifetimeMs > 0)
        m_tokens.insert(scope, CachedToken{token, QDeadlineTimer(lifetimeMs)});
}

void TokenCache::remove(const QString &scope)
{
    auto it = m_tokens.find(scope);
    if (it == m_tokens.end())
        return;
    it->accessToken.fill(QLatin1Char('\0'));
    m_tokens.erase(it);
}

void TokenCache::clear()
{
    for (auto &entry : m_tokens)
        entry.accessToken.fill(QLatin1Char('\0'));
    m_tokens.clear();
}

bool TokenCache::wait(const QString &scope, QObject *context, TokenResult::Callback done)
{
    QList<Waiter> &waiters = m_waiting[scope];
    waiters.append(Waiter{context, std::move(done)});
    return waiters.size() == 1;
}

void TokenCache::deliver(const QString &scope, const TokenResult &result)
{
    const QList<Waiter> waiters = m_waiting.take(scope);
    for (const Waiter &waiter : waiters)
        deliverTo(waiter.context, waiter.done, result);
}

void TokenCache::deliverAll(const TokenResult &result)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const QList<Waiter> &waiters : waiting) {
        for (const Waiter &waiter : waiters)
            deliverTo(waiter.context, waiter.done, result);
    }
}

void TokenCache::deliverTo(QObject *context, TokenResult::Callback done, const TokenResult &result)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result]() { done(result); }, Qt::QueuedConnection);
}

} // namespace dwh
