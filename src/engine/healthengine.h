// SPDX-License-Identifier: MIT
#pragma once

#include "collector.h"
#include "profile.h"
#include "report.h"
#include "snapshot.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace dwh {

class TokenProvider;

struct EngineOptions
{
    bool forceDependencies = false;  // run dependency validation even when a prerequisite failed
    /** Read step 2's data while step 1 runs (reads only). Step 2 is still evaluated and
     *  reported only when no prerequisite failed; its results are then ready at once. */
    bool prefetchDependencies = true;
    CollectorOptions collector;
    /** The whole run (--deadline); 0 = none. Past it nothing more is read: the checks whose data
     *  was not read are `unknown` ("deadline of 10 min reached") and the run finishes. */
    int deadlineMs = 0;
};

/**
 * Runs the two-step health check the way the product does: step 1 (prerequisites), then step 2
 * (dependency validation) only when no prerequisite failed, unless forced. Fetches what the rules
 * of a step need through one Collector (each dataset once), then evaluates the pure rules.
 * Used by the CLI and the wizard alike; never blocks the thread it lives on.
 */
class HealthEngine final : public QObject
{
    Q_OBJECT
public:
    HealthEngine(const Profile &profile, TokenProvider *tokens, EngineOptions options = {},
                 QObject *parent = nullptr);
    ~HealthEngine() override;

    /** Both steps; emits finished() once at the end. */
    void runAll();
    /** Step 1 only (the wizard's prerequisite page); emits stepFinished() then finished(). */
    void runPrerequisites();
    /** Step 2 only, after runPrerequisites(); skips its checks when a prerequisite failed. */
    void runDependencies();
    /**
     * Only the checks `checkIds` (unknown ids are ignored), e.g. to verify a fix: starts a fresh
     * collector (nothing read before is reused), fetches just the datasets those rules need,
     * evaluates them without the step gating and emits finished() once with a report that holds
     * just those checks (each in its step). checkFinished() comes for each; no stepFinished().
     */
    void runChecks(const QStringList &checkIds);
    /** Stops the work under way; checks that could not be judged become `unknown` ("cancelled"). */
    void cancel();
    bool isRunning() const;
    /** The last run was cancelled (its unread checks are `unknown`); a new run* clears it. */
    bool wasCancelled() const { return m_cancelled; }

    /** Whether the last run was stopped by EngineOptions::deadlineMs. */
    bool deadlineReached() const { return m_deadlineReached; }
    /** "deadline of 10 min reached" for `deadlineMs`. */
    static QString deadlineMessage(int deadlineMs);

    const Report &report() const;
    const Snapshot &snapshot() const;
    CollectorStats stats() const;

signals:
    void stepStarted(dwh::Step step);
    void checkFinished(dwh::Step step, const dwh::CheckResult &result);
    void stepFinished(dwh::Step step, dwh::CheckStatus status);
    /** Overall progress of the data fetching: `done` of `total` datasets. */
    void progress(int done, int total);
    void finished(const dwh::Report &report);

private:
    void startStep(Step step);
    void onCollectorFinished();
    void onDatasetReady();
    bool stepDataReady() const;
    void finishStep(Step step);
    void finishChecks();
    void finishCurrent();
    void connectCollector();
    void skipDependencies(const QString &reason);
    void finishRun();
    void startDeadline();
    void onDeadline();
    StepResult &stepResult(Step step);

    Profile m_profile;
    TokenProvider *m_tokens;
    EngineOptions m_options;
    std::unique_ptr<Collector> m_collector;
    Report m_report;
    Step m_currentStep = Step::Prerequisites;
    QList<Dataset> m_waitingFor;  // what the current step's rules need
    bool m_running = false;
    bool m_continueToDependencies = false;
    bool m_cancelled = false;
    bool m_checksOnly = false;  // runChecks() under way
    QStringList m_onlyChecks;   // its checks
    QTimer m_deadline;
    bool m_deadlineReached = false;
};

} // namespace dwh
