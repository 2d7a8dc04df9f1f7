// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace dwh {

/**
 * A cap on requests in flight across services (each ServiceClient also has its own cap). The
 * collector shares one gate between its clients when CollectorOptions::maxInFlightTotal is set,
 * e.g. 1 for a strictly one-request-at-a-time run. Lives on the clients' thread.
 */
class RequestGate final : public QObject
{
    Q_OBJECT
public:
    explicit RequestGate(int capacity, QObject *parent = nullptr);

    bool tryAcquire();
    /** Frees a slot and tells the waiting clients (released()). */
    void release();
    int capacity() const { return m_capacity; }
    int inUse() const { return m_inUse; }

signals:
    void released();

private:
    int m_capacity;
    int m_inUse = 0;
};

} // namespace dwh
