// SPDX-License-Identifier: MIT
#include "checkrunner.h"

#include "clientsecrettokenprovider.h"
#include "healthengine.h"
#include "pdfoptions.h"
#include "profile.h"
#include "reportwriter.h"
#include "secretsource.h"
#include "signin.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace dwh::cli {

namespace {


void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
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
    if (isBinaryFormat(m_options.format) && m_options.outputPath.isEmpty() && isatty(STDOUT_FILENO))
        return fail(ExitUsage, tr("refusing to write a %1 report to a terminal; use --output FILE "
                                  "or redirect stdout")
                                   .arg(m_options.format.toUpper()));
    if (!m_options.document.logoPath.isEmpty()) {
        QImage logo;
        QString error;
        if (!loadLogo(m_options.document.logoPath, &logo, &error))
            return fail(ExitUsage, tr("--logo: %1").arg(error));
    }
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
    } else {
        ProfileError profileError;
        profile = loadProfileFile(m_options.profilePath, &profileError);
        if (!profile)
            return fail(ExitUsage, profileError.toString());
        for (const QString &warning : profile->warnings)
            printErr(QStringLiteral("dwhealth: %1: warning: %2").arg(m_options.profilePath, warning));
        if (needsClientSecret(*profile)) {
            QString error;
            secret = readClientSecret(m_options.secretFromStdin, &error);
            if (secret.isEmpty())
                return fail(ExitUsage, error);
        }
    }

    EngineOptions engineOptions;
    engineOptions.forceDependencies = m_options.forceDependencies;
    for (Service s : {Service::Entra, Service::Dataverse, Service::FinanceAndOperations,
                      Service::PowerPlatform}) {
        RequestLimits limits;
        limits.maxConcurrent = m_options.concurrency;
        limits.timeoutMs = m_options.timeoutSeconds * 1000;
        engineOptions.collector.limits.insert(s, limits);
    }
    m_redactValues = {profile->tenantId, profile->environmentId, profile->clientId};
    m_tokens = makeTokenProvider(*profile, secret);
    secret.fill('\0');
    m_engine = std::make_unique<HealthEngine>(*profile, m_tokens.get(), engineOptions);
    m_showProgress = m_options.progress && isatty(STDERR_FILENO);
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
    if (!writeReport(report, m_options.format, render, m_options.outputPath, &error)) {
        printErr(QStringLiteral("dwhealth: ") + error);
        emit done(ExitUsage);
        return;
    }
    if (m_showProgress) {
        const ReportSummary s = report.summary();
        printErr(tr("%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped")
                     .arg(s.pass).arg(s.fail).arg(s.warning).arg(s.unknown).arg(s.skipped));
    }
    emit done(report.exitCode());
}

} // namespace dwh::cli
