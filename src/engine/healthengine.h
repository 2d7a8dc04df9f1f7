// SPDX-License-Identifier: MIT
#pragma once

#include "collector.h"
#include "factsource.h"
#include "profile.h"
#include "report.h"
#include "ruleset.h"
#include "snapshot.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace dwh {

class RuleEvaluation;
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

/** Makes the engine's source of facts; called again for each runChecks() (fresh facts). */
using FactSourceFactory = std::function<std::unique_ptr<FactSource>()>;

/**
 * Runs the two-step health check the way the product does: step 1 (prerequisites), then step 2
 * (dependency validation) only when no prerequisite failed, unless forced (dependencyGate()).
 * Gets what the rules of a step need from one FactSource (the services through a Collector, each
 * dataset once; or a recorded run's facts for `check --replay`), then evaluates the pure rules on
 * a thread-pool thread (RuleEvaluation): the results come back queued, in rule order, so a run
 * always ends after run*() returned. Used by the CLI and the wizard alike; never blocks the
 * thread it lives on.
 */
class HealthEngine final : public QObject
{
    Q_OBJECT
public:
    /** Reads the facts live from the services (LiveFactSource). */
    HealthEngine(const Profile &profile, TokenProvider *tokens, EngineOptions options = {},
                 QObject *parent = nullptr);
    /** Judges the facts `makeFacts` provides (SnapshotFactSource for a recorded run). */
    HealthEngine(const Profile &profile, FactSourceFactory makeFacts, EngineOptions options = {},
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
    /** The facts of the step (or of runChecks()) are in: its rules are being judged, off this
     *  thread; checkFinished() follows for each. cancel() now keeps these results. */
    void evaluating();
    /** Overall progress of the data fetching: `done` of `total` datasets. */
    void progress(int done, int total);
    void finished(const dwh::Report &report);

private:
    void startStep(Step step);
    void onFactsFinished();
    void onDatasetReady();
    bool stepDataReady() const;
    void finishStep(Step step);
    void finishChecks();
    /** Judges `rules` on the facts read so far, off this thread; then onEvaluated(). */
    void evaluate(const QList<Rule> &rules);
    void onEvaluated(const QList<CheckResult> &results);
    void stepEvaluated(Step step, const QList<CheckResult> &results);
    void checksEvaluated(const QList<CheckResult> &results);
    void finishCurrent();
    void connectFacts();
    void skipDependencies(const QString &reason);
    void finishRun();
    void startDeadline();
    void onDeadline();
    StepResult &stepResult(Step step);

    Profile m_profile;
    FactSourceFactory m_makeFacts;
    EngineOptions m_options;
    std::unique_ptr<FactSource> m_facts;
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
    RuleEvaluation *m_evaluation;  // the current step's rules, judged off this thread
    QList<Rule> m_evaluatedRules;  // what it judges, in order
};

} // namespace dwh
