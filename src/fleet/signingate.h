// SPDX-License-Identifier: MIT
#pragma once

#include "tokenprovider.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace dwh::fleet {

/**
 * A cap on the token requests in flight at one sign-in host, shared by the environments of a
 * fleet run (each environment's collector caps its own service requests, but token requests are
 * made by its TokenProvider, one per scope, outside those caps). Lives on the run's thread.
 */
class SignInGate final
{
public:
    explicit SignInGate(int capacity) : m_capacity(capacity) {}

    /** Runs `start` now when a slot is free, else when one is released. */
    void acquire(std::function<void()> start);
    void release();
    int peak() const { return m_peak; }

private:
    int m_capacity;
    int m_inUse = 0;
    int m_peak = 0;
    QList<std::function<void()>> m_waiting;
};

/**
 * A TokenProvider that passes each request to `inner` once `gate` has a slot, and frees the slot
 * when the answer is in (a cached token frees it at once). Owns `inner`.
 */
class GatedTokenProvider final : public TokenProvider
{
    Q_OBJECT
public:
    GatedTokenProvider(std::unique_ptr<TokenProvider> inner, std::shared_ptr<SignInGate> gate,
                       QObject *parent = nullptr);
    ~GatedTokenProvider() override;

    void requestToken(const QString &scope, QObject *context, TokenResult::Callback done) override;
    void invalidate(const QString &scope) override { m_inner->invalidate(scope); }
    int requestCount() const override { return m_inner->requestCount(); }

private:
    std::unique_ptr<TokenProvider> m_inner;
    std::shared_ptr<SignInGate> m_gate;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    int m_inFlight = 0;  // requests passed to `inner` and not answered yet
};

} // namespace dwh::fleet
