// SPDX-License-Identifier: MIT
// Token requests of a fleet run, capped per sign-in host.
#include "signingate.h"

#include <QPointer>

#include <algorithm>

namespace dwh::fleet {

void SignInGate::acquire(std::function<void()> start)
{
    if (m_inUse < m_capacity) {
        ++m_inUse;
        m_peak = std::max(m_peak, m_inUse);
        start();
        return;
    }
    m_waiting << std::move(start);
}

void SignInGate::release()
{
    if (!m_waiting.isEmpty()) {
        const std::function<void()> next = m_waiting.takeFirst();
        next();  // the slot passes on
        return;
    }
    m_inUse = std::max(0, m_inUse - 1);
}

GatedTokenProvider::GatedTokenProvider(std::unique_ptr<TokenProvider> inner,
                                       std::shared_ptr<SignInGate> gate, QObject *parent)
    : TokenProvider(parent)
    , m_inner(std::move(inner))
    , m_gate(std::move(gate))
{
}

GatedTokenProvider::~GatedTokenProvider()
{
    *m_alive = false;
    // Requests still in flight never answer now (their context is gone): free their slots.
    for (int i = 0; i < m_inFlight; ++i)
        m_gate->release();
}

void GatedTokenProvider::requestToken(const QString &scope, QObject *context,
                                      TokenResult::Callback done)
{
    const QPointer<QObject> target(context);
    const std::weak_ptr<bool> alive = m_alive;
    const std::shared_ptr<SignInGate> gate = m_gate;
    gate->acquire([this, gate, alive, scope, target, done]() {
        if (alive.expired() || !target) {
            gate->release();  // nobody waits for this token any more
            return;
        }
        ++m_inFlight;
        m_inner->requestToken(scope, this, [this, gate, target, done](const TokenResult &r) {
            --m_inFlight;
            gate->release();
            if (target)
                done(r);
        });
    });
}

} // namespace dwh::fleet
