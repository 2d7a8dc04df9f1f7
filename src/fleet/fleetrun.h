// SPDX-License-Identifier: MIT
#pragma once

#include "concurrencyplan.h"
#include "profile.h"
#include "report.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace dwh {
class HealthEngine;
class RequestGate;
class TokenProvider;
} // namespace dwh

namespace dwh::fleet {

class SignInGate;

struct FleetRunOptions
{
    FleetLimits limits;
    int timeoutMs = 30000;          // each HTTP exchange
    int deadlineMs = 600000;        // each environment's run (--deadline); 0 = none
    bool forceDependencies = false;
};

/**
 * The sign-in of environment `index`, made when its turn comes (so that its secret is read and
 * held only while it runs); nullptr with `error` set when it cannot sign in.
 */
using TokenFactory =
    std::function<std::unique_ptr<TokenProvider>(int index, QString *error)>;

/**
 * Runs the health check (HealthEngine, both steps) of many environments on this thread, at most
 * FleetLimits::parallel at once and FleetLimits::perTenant of one tenant at once, in the order
 * given. Each environment has up to FleetLimits::perService requests in flight per service, and
 * all environments whose requests go to one service host share one gate of
 * ServiceConcurrencyBudget slots for it (serviceHostKey()); token requests share one gate per
 * sign-in host likewise (signingate.h). So no host ever sees more than 52 requests of the run at
 * once, and an environment alone on its host runs at full speed. Each engine and its sign-in are
 * released as soon as its report is out, so memory stays that of the environments running.
 * Emits environmentFinished() once per environment, then finished().
 */
class FleetRun final : public QObject
{
    Q_OBJECT
public:
    FleetRun(QList<Profile> profiles, FleetRunOptions options, TokenFactory tokens,
             QObject *parent = nullptr);
    ~FleetRun() override;

    void start();
    /** Running environments stop (their unread checks are unknown); waiting ones are not run. */
    void cancel();
    bool isRunning() const { return m_finishedCount < m_profiles.size() && m_started; }
    /** Highest number of environments that ran at once. */
    int peakRunning() const { return m_peakRunning; }

signals:
    void environmentStarted(int index);
    void environmentProgress(int index, int done, int total);
    /**
     * `exitCode` as for `dwhealth check` (contract.md); `problem` is set, and `report` empty,
     * when the environment did not run (sign-in could not be prepared, or cancelled before).
     */
    void environmentFinished(int index, const dwh::Report &report, int exitCode,
                             const QString &problem);
    void finished();

private:
    struct Running;
    void scheduleMore();
    bool canStart(int index) const;
    void startEnvironment(int index);
    void finishEnvironment(int index, const Report &report, int exitCode, const QString &problem);

    QList<Profile> m_profiles;
    FleetRunOptions m_options;
    TokenFactory m_tokens;
    QHash<QString, std::shared_ptr<RequestGate>> m_hostGates;  // serviceHostKey() -> its gate
    QList<int> m_waiting;
    QHash<int, std::shared_ptr<Running>> m_running;
    QHash<QString, int> m_runningPerTenant;
    QHash<QString, std::shared_ptr<SignInGate>> m_signInGates;  // per sign-in host
    int m_finishedCount = 0;
    int m_peakRunning = 0;
    bool m_started = false;
    bool m_cancelled = false;
};

} // namespace dwh::fleet
