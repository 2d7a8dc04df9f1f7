// SPDX-License-Identifier: MIT
#include "checkrunner.h"

#include "bundlereplay.h"
#include "clientsecrettokenprovider.h"
#include "evidencebundle.h"
#include "harlog.h"
#include "healthengine.h"
#include "historystore.h"
#include "pdfoptions.h"
#include "platform.h"
#include "profile.h"
#include "profilestore.h"
#include "recordfixsteps.h"
#include "reportdiff.h"
#include "reportwriter.h"
#include "savedprofiles.h"
#include "secretsource.h"
#include "signin.h"
#include "terminalout.h"
#include "simulator.h"
#include "tracerecorder.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace dwh::cli {

namespace {


void printErr(const QString &text)
{
    writeErr(text + QLatin1Char('\n'));
}

} // namespace

CheckRunner::CheckRunner(CheckOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

CheckRunner::~CheckRunner() = default;

void CheckRunner::fail(int exitCode, const QString &message)
{
    printErr(QStringLiteral("dwhealth: ") + message);
    // Leave start() before reporting, so the caller's connection is in place.
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}

void CheckRunner::start()
{
    std::optional<Profile> profile;
    QByteArray secret;
    // Refused before the run, so nobody waits for a report that cannot be written.
    if (isBinaryFormat(m_options.format) && m_options.outputPath.isEmpty()
        && platform::isTerminal(platform::Stream::Output))
        return fail(ExitUsage, tr("refusing to write a %1 report to a terminal; use --output FILE "
                                  "or redirect stdout")
                                   .arg(m_options.format.toUpper()));
    if (!m_options.document.logoPath.isEmpty()) {
        QImage logo;
        QString error;
        if (!loadLogo(m_options.document.logoPath, &logo, &error))
            return fail(ExitUsage, tr("--logo: %1").arg(error));
    }
    if (!m_options.replayPath.isEmpty())
        return replay();
    if (m_options.demo) {
        m_simulator = std::make_unique<sim::Simulator>();
        QString error;
        if (!m_simulator->loadScenario(m_options.scenario, &error))
            return fail(ExitUsage, tr("--scenario: %1").arg(error));
        m_simulator->setLatencyMs(m_options.latencyMs);
        if (!m_simulator->start(&error))
            return fail(ExitIncomplete, tr("the simulator could not start: %1").arg(error));
        ProfileError profileError;
        profile = parseProfile(QJsonDocument(m_simulator->profileJson()).toJson(),
                               tr("<simulator profile>"), &profileError);
        if (!profile)
            return fail(ExitIncomplete, profileError.toString());
        secret = sim::Simulator::clientSecret().toUtf8();
    } else if (!m_options.profileName.isEmpty()) {
        return startSaved();
    } else {
        ProfileError profileError;
        profile = loadProfileFile(m_options.profilePath, &profileError);
        if (!profile)
            return fail(ExitUsage, profileError.toString());
        for (const QString &warning : profile->warnings)
            printErr(QStringLiteral("dwhealth: %1: warning: %2").arg(m_options.profilePath, warning));
        // Before the secret is even read: it never goes to a host that is not Entra ID's.
        const QString authority = authorityProblem(*profile, m_options.allowedAuthorities);
        if (!authority.isEmpty())
            return fail(ExitUsage, QStringLiteral("%1: %2").arg(m_options.profilePath, authority));
        if (const QString warning = authorityWarning(*profile); !warning.isEmpty())
            printErr(QStringLiteral("dwhealth: ") + warning);
        if (needsClientSecret(*profile)) {
            QString error;
            secret = readClientSecret(m_options.secretFromStdin, &error);
            if (secret.isEmpty())
                return fail(ExitUsage, error);
        }
    }
    run(*profile, std::move(secret));  // moved: run() wipes the only copy
}

void CheckRunner::startSaved()
{
    const QString &name = m_options.profileName;
    QString error;
    const std::optional<Profile> profile = gui::SavedProfiles::load(name, &error);
    if (!profile)
        return fail(ExitUsage, error);
    for (const QString &warning : profile->warnings)
        printErr(QStringLiteral("dwhealth: %1: warning: %2").arg(name, warning));
    // The hosts the user allowed for this profile in the wizard count as --allow-authority.
    for (const QString &host : gui::ProfileStore::allowedAuthorities(name)) {
        if (!m_options.allowedAuthorities.contains(host))
            m_options.allowedAuthorities << host;
    }
    const QString authority = authorityProblem(*profile, m_options.allowedAuthorities);
    if (!authority.isEmpty())
        return fail(ExitUsage, QStringLiteral("%1: %2").arg(name, authority));
    if (const QString warning = authorityWarning(*profile); !warning.isEmpty())
        printErr(QStringLiteral("dwhealth: ") + warning);
    if (!needsClientSecret(*profile)) {
        run(*profile, QByteArray());
        return;
    }
    // An explicit secret (standard input or DWHEALTH_CLIENT_SECRET) wins over the keychain.
    if (m_options.secretFromStdin || !qEnvironmentVariableIsEmpty("DWHEALTH_CLIENT_SECRET")) {
        QByteArray secret = readClientSecret(m_options.secretFromStdin, &error);
        if (secret.isEmpty())
            return fail(ExitUsage, error);
        run(*profile, std::move(secret));
        return;
    }
    // The keychain answers from the event loop; the run goes on from there.
    gui::SavedProfiles::readSecret(*profile, this,
                                   [this, p = *profile](bool ok, QByteArray secret, const QString &why) {
                                       if (!ok)
                                           return fail(ExitUsage, why);
                                       run(p, std::move(secret));
                                   });
}

void CheckRunner::run(const Profile &profile, QByteArray secret)
{
    EngineOptions engineOptions;
    engineOptions.forceDependencies = m_options.forceDependencies;
    engineOptions.deadlineMs = m_options.deadlineSeconds * 1000;
    engineOptions.collector.maxPages = m_options.maxPages;
    for (Service s : {Service::Entra, Service::Dataverse, Service::FinanceAndOperations,
                      Service::PowerPlatform, Service::PowerPlatformAdmin}) {
        RequestLimits limits;
        limits.maxConcurrent = m_options.concurrency;
        limits.timeoutMs = m_options.timeoutSeconds * 1000;
        engineOptions.collector.limits.insert(s, limits);
    }
    m_redactValues = profile.identifyingValues();
    SignInOptions signIn;
    signIn.timeoutMs = m_options.timeoutSeconds * 1000;
    signIn.allowedAuthorities = m_options.allowedAuthorities;
    m_tokens = makeTokenProvider(profile, secret, signIn);
    secret.fill('\0');
    if (!m_options.bundlePath.isEmpty()) {
        m_trace = std::make_unique<TraceRecorder>();
        TraceRecorder::install(m_tokens.get(), m_trace.get());
    }
    m_profile = std::make_unique<Profile>(profile);
    m_engine = std::make_unique<HealthEngine>(profile, m_tokens.get(), engineOptions);
    m_showProgress = m_options.progress && platform::isTerminal(platform::Stream::Error);
    connect(m_engine.get(), &HealthEngine::progress, this, &CheckRunner::onProgress);
    connect(m_engine.get(), &HealthEngine::finished, this, &CheckRunner::onFinished);
    m_engine->runAll();
}

void CheckRunner::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void CheckRunner::onProgress(int done, int total)
{
    if (!m_showProgress)
        return;
    std::fprintf(stderr, "\r%s", tr("Reading environment facts: %1 of %2")
                                     .arg(done).arg(total).toLocal8Bit().constData());
    std::fflush(stderr);
}

void CheckRunner::onFinished(const Report &report)
{
    if (m_showProgress)
        std::fputs("\r\033[K", stderr);
    QString error;
    RenderOptions render;
    render.redact = m_options.redact;
    render.redactValues = m_redactValues;
    render.document = m_options.document;
    if (m_options.format == QLatin1String("pdf") && m_engine && m_profile)
        render.recordFixSteps = recordFixSteps(report, m_engine->snapshot(), *m_profile);
    // Built once, shared by the JSON writer and the history.
    const bool shareJson = m_options.history || (m_options.format == QLatin1String("json")
                                                 && !m_options.redact);
    if (shareJson)
        render.liveJson = liveReportJson(report);
    if (!writeReport(report, m_options.format, render, m_options.outputPath, &error)) {
        printErr(QStringLiteral("dwhealth: ") + error);
        emit done(ExitUsage);
        return;
    }
    if (!m_options.bundlePath.isEmpty() && !writeBundle(report)) {
        emit done(ExitUsage);
        return;
    }
    if (m_options.history)
        storeInHistory(report, *render.liveJson);
    if (m_showProgress) {
        const ReportSummary s = report.summary();
        printErr(tr("%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped")
                     .arg(s.pass).arg(s.fail).arg(s.warning).arg(s.unknown).arg(s.skipped));
    }
    // Past --deadline the run did not complete, whatever was found before it.
    emit done(m_engine && m_engine->deadlineReached() ? int(ExitIncomplete) : report.exitCode());
}

void CheckRunner::replay()
{
    QString error;
    const std::optional<EvidenceBundle> bundle =
        EvidenceBundle::read(m_options.replayPath, &error,
                             EvidenceBundle::ReportMember | EvidenceBundle::FactsMember);
    if (!bundle)
        return fail(ExitUsage, tr("--replay: %1").arg(error));
    const std::optional<RecordedRun> run = RecordedRun::fromBundle(*bundle, &error);
    if (!run)
        return fail(ExitUsage, tr("--replay: %1: %2").arg(m_options.replayPath, error));
    const QJsonObject profile = bundle->facts.value(QStringLiteral("profile")).toObject();
    const auto url = [&profile](const char *service) {
        return profile.value(QLatin1String(service)).toObject().value(QStringLiteral("url")).toString();
    };
    m_redactValues = {profile.value(QStringLiteral("tenantId")).toString(),
                      profile.value(QStringLiteral("dataverse")).toObject()
                          .value(QStringLiteral("environmentId")).toString(),
                      profile.value(QStringLiteral("auth")).toObject()
                          .value(QStringLiteral("clientId")).toString(),
                      QUrl(url("dataverse")).host(), QUrl(url("financeAndOperations")).host(),
                      QUrl(url("powerPlatform")).host()};
    m_redactValues.removeAll(QString());
    // The same engine as a live run, on the recorded facts; it answers after start() returns.
    m_engine = run->engine();
    connect(m_engine.get(), &HealthEngine::finished, this,
            [this, run = *run](const Report &report) { onFinished(run.asRecorded(report)); });
    m_engine->runAll();
}

bool CheckRunner::writeBundle(const Report &report)
{
    EvidenceBundle bundle;
    bundle.report = report.toJson();
    bundle.trace = harLog(m_trace ? m_trace->entries() : QList<TraceEntry>());
    bundle.facts = EvidenceBundle::factsJson(m_profile ? *m_profile : Profile(),
                                             m_engine->snapshot(), m_options.forceDependencies);
    QString error;
    if (!bundle.write(m_options.bundlePath, &error)) {
        printErr(tr("dwhealth: --bundle: %1").arg(error));
        return false;
    }
    return true;
}

void CheckRunner::storeInHistory(const Report &report, const QJsonObject &liveJson)
{
    const HistoryStore store;
    QString error;
    const QString path = store.storeJson(liveJson, report.profileName, report.startedAt, &error);
    if (path.isEmpty()) {
        printErr(tr("dwhealth: warning: the run was not stored in the history: %1").arg(error));
        return;
    }
    HistoryLimits limits = HistoryLimits::fromSettings();
    if (m_options.historyMaxRuns > 0)
        limits.maxRuns = m_options.historyMaxRuns;
    if (m_options.historyMaxMb > 0)
        limits.maxBytes = qint64(m_options.historyMaxMb) * 1024 * 1024;
    store.prune(report.profileName, limits, path);
    if (!m_showProgress)
        return;
    const std::optional<HistoryEntry> previous = store.previousRun(report.profileName, path);
    const std::optional<QJsonObject> older =
        previous ? HistoryStore::load(previous->path, nullptr) : std::nullopt;
    if (!older)
        return;
    const ReportDiff diff = diffReports(*older, liveJson);
    printErr(tr("Since the run of %1: %2 new findings, %3 fixed, %4 still failing")
                 .arg(diff.olderStartedAt, QString::number(diff.newFindings.size()),
                      QString::number(diff.fixedFindings.size()),
                      QString::number(diff.stillFailing.size())));
}

} // namespace dwh::cli
