// SPDX-License-Identifier: MIT
#include "fixrunner.h"

#include "backupdir.h"
#include "clienvironment.h"
#include "clioptions.h"
#include "fixconfirm.h"
#include "fixoutput.h"
#include "healthengine.h"
#include "platform.h"
#include "report.h"
#include "serviceclients.h"

#include <QJsonArray>
#include <QTimer>

#include <cstdio>

namespace dwh::cli {

namespace {

RequestLimits limitsFor(const FixOptions &o)
{
    RequestLimits limits;
    limits.timeoutMs = o.timeoutSeconds * 1000;
    return limits;
}

QJsonObject checkJson(const CheckResult *check)
{
    if (!check)
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("unknown")}};
    return QJsonObject{{QStringLiteral("status"), toString(check->status)},
                       {QStringLiteral("message"), check->message}};
}

} // namespace

FixRunner::FixRunner(FixOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

FixRunner::~FixRunner() = default;

void FixRunner::finish(int exitCode, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    FixOutput::printEnd(m_json, text(), exitCode, error);
    // Leave the current call first, so the caller's connection is in place.
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}

void FixRunner::start()
{
    if (m_options.apply) {
        const QString problem = backupDirProblem(m_options.backupDir);
        if (!problem.isEmpty())
            return finish(ExitUsage, problem);
        if (!m_options.yes && !isInteractive())
            return finish(ExitUsage, tr("--apply needs --yes when standard input is not a "
                                        "terminal (nothing was written)"));
    }
    session::EnvironmentRequest request = environmentRequest(m_options);
    request.demo = m_options.demo;
    request.scenario = m_options.scenario.isEmpty() ? m_options.code : m_options.scenario;
    useCommandLine(&m_session, request.timeoutMs);
    connect(&m_session, &session::EnvironmentSession::opened, this, &FixRunner::onOpened);
    connect(&m_session, &session::EnvironmentSession::failed, this,
            [this](session::EnvironmentSession::Failure failure, const QString &error) {
                finish(exitCodeOf(failure), error);
            });
    m_session.open(request);
}

void FixRunner::onOpened()
{
    m_clients = std::make_unique<ServiceClients>(m_session.profile(), m_session.tokens(),
                                                 limitsFor(m_options));
    m_showProgress = m_options.progress && platform::isTerminal(platform::Stream::Error);
    m_json = QJsonObject{{QStringLiteral("command"), QStringLiteral("fix")},
                         {QStringLiteral("code"), m_options.code},
                         {QStringLiteral("checkId"), checkIdForCode(m_options.code)},
                         {QStringLiteral("profile"), m_session.profile().name},
                         {QStringLiteral("dryRun"), !m_options.apply}};
    runCheck();
}

void FixRunner::runCheck()
{
    EngineOptions options;
    options.forceDependencies = m_options.forceDependencies;
    for (Service s : {Service::Entra, Service::Dataverse, Service::FinanceAndOperations,
                      Service::PowerPlatform, Service::PowerPlatformAdmin})
        options.collector.limits.insert(s, limitsFor(m_options));
    m_engine = std::make_unique<HealthEngine>(m_session.profile(), m_session.tokens(), options);
    connect(m_engine.get(), &HealthEngine::progress, this, [this](int done, int total) {
        if (m_showProgress)
            std::fprintf(stderr, "\r%s", qPrintable(tr("Reading environment facts: %1 of %2")
                                                        .arg(done).arg(total)));
    });
    connect(m_engine.get(), &HealthEngine::finished, this,
            m_rechecking ? &FixRunner::onRechecked : &FixRunner::onChecked);
    m_engine->runAll();
}

void FixRunner::onChecked(const Report &report)
{
    if (m_showProgress)
        std::fputs("\r\033[K", stderr);
    PlanOptions planOptions;
    planOptions.teamId = m_options.teamId;
    planOptions.acceptUnconfirmedLink = m_options.overrideUnconfirmedLink;
    m_plan = planFix(m_options.code, report, m_engine->snapshot(), m_session.profile(), planOptions);
    const CheckResult *check = report.find(m_plan.checkId);
    m_json.insert(QStringLiteral("before"), checkJson(check));
    if (text() && check) {
        FixOutput::out(tr("%1 (%2): %3\n  %4\n")
                           .arg(m_plan.code, m_plan.checkId, toString(check->status), check->message));
    }
    if (m_cancelled)
        return finish(ExitIncomplete, tr("cancelled; nothing was written"));
    if (!m_plan.ok()) {
        QString error = m_plan.error.trimmed();
        if (!error.endsWith(QLatin1Char('.')))
            error += QLatin1Char('.');
        if (m_plan.checkStatus == CheckStatus::Skipped && !m_options.forceDependencies)
            error += tr(" Use --force-dependencies to run it anyway.");
        if (m_plan.needsLinkOverride)
            error += tr(" (The override is --override-unconfirmed-link.)");
        return finish(ExitIncomplete, error + tr(" Nothing was written."));
    }
    if (m_plan.actions.isEmpty()) {
        m_json.insert(QStringLiteral("fixed"), true);
        if (text())
            FixOutput::out(tr("Nothing to fix: %1 passes.\n").arg(m_plan.checkId));
        return finish(ExitPass);
    }
    planAndPreview();
}

void FixRunner::planAndPreview()
{
    m_json.insert(QStringLiteral("plan"), FixOutput::actionsJson(m_plan.actions));
    m_json.insert(QStringLiteral("beforeYouStart"), QJsonArray::fromStringList(m_plan.beforeYouStart));
    if (!m_plan.cautions.isEmpty())
        m_json.insert(QStringLiteral("cautions"), QJsonArray::fromStringList(m_plan.cautions));
    if (text()) {
        for (const QString &caution : std::as_const(m_plan.cautions))
            FixOutput::out(tr("\nCaution: %1\n").arg(caution));
        for (const QString &step : std::as_const(m_plan.beforeYouStart))
            FixOutput::out(tr("\nBefore you start: %1\n").arg(step));
        FixOutput::out(tr("\nThe fix makes %1 writes, one per record:\n").arg(m_plan.actions.size())
                       + FixOutput::actionsText(m_plan.actions));
    }
    if (!m_options.apply) {
        m_json.insert(QStringLiteral("fixed"), false);
        if (text()) {
            FixOutput::out(tr("\nDry run: nothing was written. Run again with --apply to make "
                              "these writes (each record is backed up first).\n"));
        }
        return finish(ExitFail);
    }
    applyPlan();
}

void FixRunner::applyPlan()
{
    if (!m_options.yes) {
        if (!confirmByHostName(FixOutput::hostsOf(m_plan.actions)))
            return finish(ExitIncomplete, tr("not confirmed; nothing was written"));
    }
    RunSettings settings;
    settings.backupDirectory = m_options.backupDir;
    settings.code = m_plan.code;
    settings.profileName = m_session.profile().name;
    settings.dataverseUrl = m_session.profile().dataverseUrl;
    settings.foUrl = m_session.profile().foUrl;
    m_run = std::make_unique<RemediationRun>(m_clients.get(), settings);
    connect(m_run.get(), &RemediationRun::finished, this, &FixRunner::onRunFinished);
    if (text()) {
        connect(m_run.get(), &RemediationRun::backupWritten, this, [](const QString &path) {
            FixOutput::out(tr("\nBackup written: %1\n").arg(path));
        });
    }
    m_run->start(m_plan.actions);
}

void FixRunner::onRunFinished(const RunOutcome &outcome)
{
    m_json.insert(QStringLiteral("run"), outcome.toJson());
    if (text() && outcome.error.isEmpty())
        FixOutput::out(tr("\nResults:\n") + FixOutput::outcomeText(outcome));
    if (!outcome.error.isEmpty())
        return finish(ExitIncomplete, outcome.error);
    if (outcome.cancelled) {
        if (text())
            FixOutput::out(tr("Cancelled: the records above say what was written.\n"));
        return finish(ExitIncomplete, tr("cancelled"));
    }
    m_rechecking = true;
    runCheck();
}

void FixRunner::onRechecked(const Report &report)
{
    if (m_showProgress)
        std::fputs("\r\033[K", stderr);
    const CheckResult *check = report.find(m_plan.checkId);
    m_json.insert(QStringLiteral("after"), checkJson(check));
    const CheckStatus status = check ? check->status : CheckStatus::Unknown;
    const bool fixed = status == CheckStatus::Pass;
    m_json.insert(QStringLiteral("fixed"), fixed);
    if (text() && check) {
        FixOutput::out(tr("\nRe-check: %1 (%2): %3\n  %4\n")
                           .arg(m_plan.code, m_plan.checkId, toString(status), check->message));
    }
    if (fixed)
        return finish(ExitPass);
    if (status == CheckStatus::Unknown || status == CheckStatus::Skipped)
        return finish(ExitIncomplete, tr("the re-check could not judge %1").arg(m_plan.checkId));
    return finish(ExitFail);
}

void FixRunner::cancel()
{
    m_cancelled = true;
    if (m_run && m_run->isRunning())
        m_run->cancel();
    else if (m_engine && m_engine->isRunning())
        m_engine->cancel();
}

} // namespace dwh::cli
