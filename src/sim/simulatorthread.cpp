// SPDX-License-Identifier: MIT
#include "simulatorthread.h"

#include "simulator.h"

namespace dwh::sim {

SimulatorThread::SimulatorThread()
    : m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("dwhealth simulator"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SimulatorThread::~SimulatorThread()
{
    stop();
    m_thread.quit();
    m_thread.wait();
    delete m_context;  // its thread has ended: nothing can be delivered to it any more
}

bool SimulatorThread::start(const QString &scenario, int latencyMs, QString *error)
{
    stop();
    bool ok = false;
    QString problem;
    QJsonObject profile;
    QMetaObject::invokeMethod(
        m_context,
        [&]() {
            auto simulator = std::make_unique<Simulator>();
            if (!simulator->loadScenario(scenario, &problem) || !simulator->start(&problem))
                return;
            simulator->setLatencyMs(latencyMs);
            profile = simulator->profileJson();
            m_simulator = simulator.release();
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = problem;
        return false;
    }
    m_profile = profile;
    return true;
}

QJsonObject SimulatorThread::profileJson() const
{
    return m_profile;
}

void SimulatorThread::setLatencyMs(int ms)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, ms]() {
            if (m_simulator)
                m_simulator->setLatencyMs(ms);
        },
        Qt::QueuedConnection);
}

void SimulatorThread::onSimulator(std::function<void(Simulator &)> call)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, call = std::move(call)]() {
            if (m_simulator)
                call(*m_simulator);
        },
        Qt::QueuedConnection);
}

void SimulatorThread::setDeviceCodeAutoApprovePolls(int polls)
{
    onSimulator([polls](Simulator &s) { s.setDeviceCodeAutoApprovePolls(polls); });
}

void SimulatorThread::setDeviceCodeIntervalSeconds(int seconds)
{
    onSimulator([seconds](Simulator &s) { s.setDeviceCodeIntervalSeconds(seconds); });
}

void SimulatorThread::setDeviceCodeLifetimeSeconds(int seconds)
{
    onSimulator([seconds](Simulator &s) { s.setDeviceCodeLifetimeSeconds(seconds); });
}

void SimulatorThread::approveDeviceCode(const QString &userCode)
{
    onSimulator([userCode](Simulator &s) { s.approveDeviceCode(userCode); });
}

void SimulatorThread::declineDeviceCode(const QString &userCode)
{
    onSimulator([userCode](Simulator &s) { s.declineDeviceCode(userCode); });
}

void SimulatorThread::stop()
{
    QMetaObject::invokeMethod(
        m_context,
        [this]() {
            delete m_simulator;
            m_simulator = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_profile = QJsonObject();
}

} // namespace dwh::sim
