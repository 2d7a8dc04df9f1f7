// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QThread>

#include <functional>

namespace dwh::sim {

class Simulator;

/**
 * A Simulator on a thread of its own, for the wizard's demo mode: serving a large scenario then
 * costs the GUI thread nothing. start() waits for the scenario to load and the listeners to
 * open (a fraction of a second even for "large"); everything else is queued to that thread.
 */
class SimulatorThread final
{
    Q_DISABLE_COPY_MOVE(SimulatorThread)
public:
    SimulatorThread();
    ~SimulatorThread();  // stops the simulator and joins its thread

    /** Loads `scenario` (a name or a path) and listens on 127.0.0.1 (ephemeral ports). */
    bool start(const QString &scenario, int latencyMs, QString *error);
    /** The ready profile (the simulator's loopback URLs), as of start(). */
    QJsonObject profileJson() const;
    /** Latency added before every answer; applied on the simulator's thread. */
    void setLatencyMs(int ms);

    // Delegated sign-in knobs (Simulator's), queued to the simulator's thread like setLatencyMs:
    // they apply to requests that arrive after them, and never block the caller.
    /** Approve a device code after `polls` pending polls (the demo); -1 never (a user must). */
    void setDeviceCodeAutoApprovePolls(int polls);
    void setDeviceCodeIntervalSeconds(int seconds);
    void setDeviceCodeLifetimeSeconds(int seconds);
    /** The user approves / declines `userCode` on the device login page. */
    void approveDeviceCode(const QString &userCode);
    void declineDeviceCode(const QString &userCode);

private:
    void stop();
    /** Runs `call` on the simulator's thread, if a simulator is running then. */
    void onSimulator(std::function<void(Simulator &)> call);

    QThread m_thread;
    QObject *m_context = nullptr;  // lives on m_thread; the target of queued calls
    Simulator *m_simulator = nullptr;  // created, used and deleted on m_thread
    QJsonObject m_profile;
};

} // namespace dwh::sim
