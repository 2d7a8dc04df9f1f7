// SPDX-License-Identifier: MIT
#include "requestgate.h"

#include <algorithm>

namespace dwh {

RequestGate::RequestGate(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
{
}

bool RequestGate::tryAcquire()
{
    if (m_inUse >= m_capacity)
        return false;
    ++m_inUse;
    return true;
}

void RequestGate::release()
{
    if (m_inUse > 0)
        --m_inUse;
    emit released();
}

} // namespace dwh
