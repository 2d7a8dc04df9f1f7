// SPDX-License-Identifier: MIT
#include "healthengine.h"

#include "dependencygate.h"
#include "livefactsource.h"
#include "ruleevaluation.h"
#include "simulatedenvironment.h"

#include "linkcontext.h"
#include "ruleset.h"


namespace dwh {

HealthEngine::HealthEngine(const Profile &profile, TokenProvider *tokens, EngineOptions options,
                           QObject *parent)
    : HealthEngine(
          profile,
          [profile, tokens, collector = options.collector]() -> std::unique_ptr<FactSource> {
              return std::make_unique<LiveFactSource>(profile, tokens, collector);
          },
          options, parent)
{
}

HealthEngine::HealthEngine(const Profile &profile, FactSourceFactory makeFacts,
                           EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_makeFacts(std::move(makeFacts))
    , m_options(std::move(options))
    , m_facts(m_makeFacts())
    , m_evaluation(new RuleEvaluation(this))
{
    m_report.profileName = profile.name;
    m_report.dataverseUrl = profile.dataverseUrl.toString();
    m_report.foUrl = profile.foUrl.toString();
    m_report.forcedDependencies = m_options.forceDependencies;
    m_report.simulated = isSimulatedProfile(profile);
    m_report.steps = {StepResult{Step::Prerequisites, {}, {}},
                      StepResult{Step::Dependencies, {}, {}}};
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HealthEngine::onDeadline);
    connect(m_evaluation, &RuleEvaluation::finished, this, &HealthEngine::onEvaluated);
    connectFacts();
}

QString HealthEngine::deadlineMessage(int deadlineMs)
{
    const int seconds = qMax(1, deadlineMs / 1000);
    const QString span = seconds % 60 == 0 ? tr("%1 min").arg(seconds / 60)
                                           : tr("%1 s").arg(seconds);
    return tr("deadline of %1 reached").arg(span);
}

void HealthEngine::startDeadline()
{
    m_deadlineReached = false;
    if (m_options.deadlineMs > 0)
        m_deadline.start(m_options.deadlineMs);
}

void HealthEngine::onDeadline()
{
    if (!m_running && !m_facts->isRunning())
        return;
    m_deadlineReached = true;
    // The run goes on to its end without reading anything more: every check evaluates on what
    // was read, and what was not is unknown with this reason.
    m_facts->expire(deadlineMessage(m_options.deadlineMs));
}

HealthEngine::~HealthEngine() = default;

void HealthEngine::connectFacts()
{
    connect(m_facts.get(), &FactSource::finished, this, &HealthEngine::onFactsFinished);
    connect(m_facts.get(), &FactSource::datasetReady, this, &HealthEngine::onDatasetReady);
    connect(m_facts.get(), &FactSource::progress, this, &HealthEngine::progress);
}

void HealthEngine::runAll()
{
    m_continueToDependencies = true;
    runPrerequisites();
}

void HealthEngine::runPrerequisites()
{
    if (m_running)
        return;
    m_cancelled = false;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    startDeadline();
    stepResult(Step::Prerequisites).checks.clear();
    stepResult(Step::Dependencies).checks.clear();
    startStep(Step::Prerequisites);
}

void HealthEngine::runDependencies()
{
    if (m_running)
        return;
    const DependencyGate gate = dependencyGate(stepResult(Step::Prerequisites).checks,
                                               m_options.forceDependencies,
                                               m_facts->dependenciesNotRecorded());
    if (!gate.run) {
        skipDependencies(gate.note);
        finishRun();
        return;
    }
    stepResult(Step::Dependencies).note = gate.note;
    startStep(Step::Dependencies);
}

void HealthEngine::runChecks(const QStringList &checkIds)
{
    if (m_running)
        return;
    const LinkContext context = LinkContext::fromProfile(m_profile);
    QStringList ids;
    QList<Dataset> wanted;
    for (const Rule &rule : allRules()) {
        if (!checkIds.contains(rule.descriptor.id))
            continue;
        ids << rule.descriptor.id;
        for (Dataset d : datasetsNeeded(rule.descriptor, context)) {
            if (!wanted.contains(d))
                wanted << d;
        }
    }
    // Fresh facts: a verification must read the tenant as it is now.
    m_facts->disconnect(this);
    m_facts->cancel();
    m_facts = m_makeFacts();
    connectFacts();

    m_cancelled = false;
    m_continueToDependencies = false;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    for (StepResult &step : m_report.steps) {
        step.checks.clear();
        step.note.clear();
    }
    m_checksOnly = true;
    m_onlyChecks = ids;
    startDeadline();
    m_waitingFor = wanted;
    m_running = true;
    if (wanted.isEmpty()) {
        // Nothing to read (or no known check): evaluate on the next turn, never inside run*().
        QMetaObject::invokeMethod(this, &HealthEngine::onDatasetReady, Qt::QueuedConnection);
        return;
    }
    m_facts->fetch(wanted);
}

void HealthEngine::cancel()
{
    if (!m_running) {
        if (m_facts->isRunning())
            m_facts->cancel();  // reads ahead for step 2 that nobody waits for now
        return;
    }
    m_cancelled = true;
    m_continueToDependencies = false;
    m_facts->cancel();
}

bool HealthEngine::isRunning() const
{
    return m_running;
}

const Report &HealthEngine::report() const
{
    return m_report;
}

const Snapshot &HealthEngine::snapshot() const
{
    return m_facts->snapshot();
}

CollectorStats HealthEngine::stats() const
{
    return m_facts->stats();
}

StepResult &HealthEngine::stepResult(Step step)
{
    return m_report.steps[step == Step::Prerequisites ? 0 : 1];
}

void HealthEngine::startStep(Step step)
{
    m_running = true;
    m_checksOnly = false;
    m_currentStep = step;
    m_waitingFor = datasetsFor(step);
    stepResult(step).checks.clear();
    emit stepStarted(step);
    if (m_facts->isRunning())
        return;  // step 1's fetch is still reading this step's data: wait for it
    QList<Dataset> wanted = m_waitingFor;
    if (step == Step::Prerequisites && m_options.prefetchDependencies) {
        for (Dataset d : datasetsFor(Step::Dependencies)) {
            if (!wanted.contains(d))
                wanted << d;
        }
    }
    if (stepDataReady()) {
        // Everything was read before (prefetched): evaluate on the next turn, never inside run*().
        QMetaObject::invokeMethod(this, &HealthEngine::onDatasetReady, Qt::QueuedConnection);
        return;
    }
    m_facts->fetch(wanted);
}

bool HealthEngine::stepDataReady() const
{
    for (Dataset d : m_waitingFor) {
        if (!m_facts->snapshot().has(d))
            return false;
    }
    return true;
}

void HealthEngine::onDatasetReady()
{
    // Reads ahead for step 2 go on while step 1's rules are judged: they start nothing.
    if (m_running && !m_evaluation->isRunning() && stepDataReady())
        finishCurrent();
}

void HealthEngine::onFactsFinished()
{
    if (m_running && !m_evaluation->isRunning())
        finishCurrent();
}

void HealthEngine::finishCurrent()
{
    if (!m_checksOnly)
        finishStep(m_currentStep);
    else
        finishChecks();
}

void HealthEngine::finishChecks()
{
    QList<Rule> rules;
    for (const Rule &rule : allRules()) {
        if (m_onlyChecks.contains(rule.descriptor.id))
            rules << rule;
    }
    evaluate(rules);
}

void HealthEngine::finishStep(Step step)
{
    StepResult &result = stepResult(step);
    if (m_deadlineReached && result.note.isEmpty())
        result.note = tr("The run was stopped (%1); the checks whose data was not read by then "
                         "are unknown.")
                          .arg(deadlineMessage(m_options.deadlineMs));
    evaluate(rulesFor(step));
}

void HealthEngine::evaluate(const QList<Rule> &rules)
{
    m_evaluatedRules = rules;
    // A copy of the facts (implicitly shared): reads ahead may add to them meanwhile.
    m_evaluation->start(rules, m_facts->snapshot(), LinkContext::fromProfile(m_profile));
    emit evaluating();
}

void HealthEngine::onEvaluated(const QList<CheckResult> &results)
{
    if (!m_running)
        return;
    if (m_checksOnly)
        checksEvaluated(results);
    else
        stepEvaluated(m_currentStep, results);
}

void HealthEngine::checksEvaluated(const QList<CheckResult> &results)
{
    for (qsizetype i = 0; i < results.size() && i < m_evaluatedRules.size(); ++i) {
        const Step step = m_evaluatedRules.at(i).descriptor.step;
        stepResult(step).checks << results.at(i);
        emit checkFinished(step, results.at(i));
    }
    m_evaluatedRules.clear();
    m_checksOnly = false;
    m_onlyChecks.clear();
    finishRun();
}

void HealthEngine::stepEvaluated(Step step, const QList<CheckResult> &results)
{
    m_evaluatedRules.clear();
    StepResult &result = stepResult(step);
    for (const CheckResult &check : results) {
        result.checks << check;
        emit checkFinished(step, check);
    }
    m_running = false;
    emit stepFinished(step, result.status());

    if (step == Step::Prerequisites && m_continueToDependencies && !m_cancelled) {
        m_continueToDependencies = false;
        runDependencies();  // finishes the run itself, now or after step 2
        return;
    }
    if (step == Step::Prerequisites && m_cancelled)
        skipDependencies(tr("Not run: the check was cancelled."));
    finishRun();
}

void HealthEngine::skipDependencies(const QString &reason)
{
    // Step 2 will not be evaluated: stop reading ahead for it (saves the tenant's API budget).
    if (m_facts->isRunning())
        m_facts->cancel();
    StepResult &deps = stepResult(Step::Dependencies);
    deps.checks.clear();
    deps.note = reason;
    for (const Rule &rule : rulesFor(Step::Dependencies)) {
        CheckResult check = skippedResult(rule, reason);
        deps.checks << check;
        emit checkFinished(Step::Dependencies, check);
    }
    emit stepFinished(Step::Dependencies, deps.status());
}

void HealthEngine::finishRun()
{
    m_deadline.stop();
    m_running = false;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    emit finished(m_report);
}

} // namespace dwh
