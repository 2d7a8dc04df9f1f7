// SPDX-License-Identifier: MIT
// `dwhealth check` over several profiles: the command line's side of a fleet run.
#include "fleetrunner.h"

#include "fleetrun.h"
#include "fleetwriter.h"
#include "historystore.h"
#include "profilesecret.h"
#include "redaction.h"
#include "reportwriter.h"
#include "savefile.h"
#include "secretredactor.h"
#include "secretsource.h"
#include "signin.h"
#include "terminalout.h"
#include "tokenprovider.h"
#include "webhooknotifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <unistd.h>

namespace dwh::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::cli::FleetRunner)
};

bool isHumanFormat(const QString &format)
{
    return format == QLatin1String("html") || format == QLatin1String("md")
        || format == QLatin1String("pdf");
}

/** The newest stored run of `profileName`, before this run is stored. */
std::optional<QJsonObject> previousRun(const QString &profileName)
{
    const QList<HistoryEntry> runs = HistoryStore().list(profileName);
    if (runs.isEmpty())
        return std::nullopt;
    return HistoryStore::load(runs.first().path, nullptr);
}

} // namespace

FleetRunner::FleetRunner(CheckOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

FleetRunner::~FleetRunner()
{
    m_fallbackSecret.fill('\0');
}

void FleetRunner::say(const QString &line) const
{
    if (m_options.progress)
        errLine(line);
}

void FleetRunner::fail(int exitCode, const QString &message)
{
    errLine(message);
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}

QString FleetRunner::readinessProblem(const fleet::FleetEnvironment &env) const
{
    if (!env.profile)
        return env.problem;
    const Profile &p = *env.profile;
    if (p.authMode != AuthMode::ClientSecret)
        return Tr::tr("%1: auth.mode %2 signs in a person; a run of several profiles signs in "
                      "with client secrets only: check this profile alone")
            .arg(env.profilePath, authModeName(p.authMode));
    if (const QString problem = authorityProblem(p, m_options.allowedAuthorities); !problem.isEmpty())
        return QStringLiteral("%1: %2").arg(env.profilePath, problem);
    return QString();
}

void FleetRunner::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    const QString format = m_options.format;
    if (m_options.outputDir.isEmpty() && m_options.outputPath.isEmpty() && isBinaryFormat(format)
        && isatty(STDOUT_FILENO))
        return fail(ExitUsage, Tr::tr("refusing to write a %1 fleet summary to a terminal; use "
                                      "--output-dir OUT, --output FILE or a redirect")
                                   .arg(format.toUpper()));
    if (!m_options.notify.isEmpty()) {
        QString address = m_options.notify;
        if (address.startsWith(QLatin1String("env:"))) {
            const QString variable = address.mid(4);
            address = qEnvironmentVariable(variable.toLocal8Bit().constData());
            if (address.isEmpty())
                return fail(ExitUsage, Tr::tr("--notify env:%1: the variable is not set").arg(variable));
        }
        SecretRedactor::live().add(address);
        m_notifyUrl = QUrl(address.trimmed());
        if (const QString problem = fleet::webhookProblem(m_notifyUrl); !problem.isEmpty())
            return fail(ExitUsage, problem);
    }
    QString error;
    m_envs = fleet::collectEnvironments(m_options.profilePaths, m_options.profilesDir, &error);
    if (m_envs.isEmpty())
        return fail(ExitUsage, error);
    if (!m_options.outputDir.isEmpty() && !QDir().mkpath(m_options.outputDir))
        return fail(ExitUsage, Tr::tr("--output-dir %1: the folder cannot be created")
                                   .arg(m_options.outputDir));
    m_results.resize(m_envs.size());

    say(Tr::tr("Checking %1 environments, at most %2 at once")
            .arg(m_envs.size()).arg(m_options.parallel));
    QList<Profile> runnable;
    bool needFallback = false;
    for (int i = 0; i < m_envs.size(); ++i) {
        const fleet::FleetEnvironment &env = m_envs.at(i);
        if (env.profile) {
            for (const QString &warning : env.profile->warnings)
                errLine(QStringLiteral("%1: warning: %2").arg(env.profilePath, warning));
        }
        if (const QString problem = readinessProblem(env); !problem.isEmpty()) {
            say(Tr::tr("[%1/%2] %3: not run: %4")
                    .arg(i + 1).arg(m_envs.size()).arg(env.displayName(), problem));
            record(i, nullptr, ExitUsage, problem);
            continue;
        }
        if (const QString warning = authorityWarning(*env.profile); !warning.isEmpty())
            errLine(QStringLiteral("%1: %2").arg(env.profilePath, warning));
        needFallback = needFallback || env.profile->clientSecretEnv.isEmpty();
        m_runToEnv << i;
        runnable << *env.profile;
    }
    if (needFallback) {
        QString ignored;  // a profile without any secret says so when its turn comes
        m_fallbackSecret = m_options.secretFromStdin ? readClientSecret(true, &ignored)
                                                     : qgetenv("DWHEALTH_CLIENT_SECRET");
    }

    fleet::FleetRunOptions options;
    options.limits.parallel = m_options.parallel;
    options.limits.perTenant = m_options.parallelPerTenant;
    options.limits.perService = m_options.concurrency;
    options.timeoutMs = m_options.timeoutSeconds * 1000;
    options.deadlineMs = m_options.deadlineSeconds * 1000;
    options.forceDependencies = m_options.forceDependencies;
    SignInOptions signIn;
    signIn.timeoutMs = m_options.timeoutSeconds * 1000;
    signIn.allowedAuthorities = m_options.allowedAuthorities;
    auto tokens = [this, runnable, signIn](int index, QString *error) -> std::unique_ptr<TokenProvider> {
        const Profile &profile = runnable.at(index);
        QByteArray secret = fleet::profileSecret(profile, m_fallbackSecret, error);
        if (secret.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(m_envs.at(m_runToEnv.at(index)).profilePath, *error);
            return nullptr;
        }
        std::unique_ptr<TokenProvider> provider = makeTokenProvider(profile, secret, signIn);
        secret.fill('\0');
        return provider;
    };
    m_run = std::make_unique<fleet::FleetRun>(runnable, options, tokens);
    connect(m_run.get(), &fleet::FleetRun::environmentStarted, this, &FleetRunner::onStarted);
    connect(m_run.get(), &fleet::FleetRun::environmentFinished, this, &FleetRunner::onFinished);
    connect(m_run.get(), &fleet::FleetRun::finished, this, &FleetRunner::onAllFinished);
    m_run->start();
}

void FleetRunner::cancel()
{
    if (m_run)
        m_run->cancel();
}

void FleetRunner::onStarted(int runIndex)
{
    const int envIndex = m_runToEnv.at(runIndex);
    say(Tr::tr("[%1/%2] %3: checking")
            .arg(envIndex + 1).arg(m_envs.size()).arg(m_envs.at(envIndex).displayName()));
}

void FleetRunner::onFinished(int runIndex, const Report &report, int exitCode, const QString &problem)
{
    const int envIndex = m_runToEnv.at(runIndex);
    record(envIndex, problem.isEmpty() ? &report : nullptr, exitCode, problem);
}

void FleetRunner::record(int envIndex, const Report *report, int exitCode, const QString &problem)
{
    const fleet::FleetEnvironment &env = m_envs.at(envIndex);
    QString reportFile;
    QString writeProblem;
    const QStringList redactValues = env.profile ? env.profile->identifyingValues() : QStringList();
    std::optional<QJsonObject> previous;
    if (report) {
        previous = previousRun(report->profileName);
        if (!m_options.outputDir.isEmpty()) {
            reportFile = env.stem + QLatin1Char('.') + m_options.format;
            RenderOptions render;
            render.redact = m_options.redact;
            render.redactValues = redactValues;
            render.document = m_options.document;
            QString error;
            if (!writeReport(*report, m_options.format, render,
                             QDir(m_options.outputDir).filePath(reportFile), &error)) {
                writeProblem = error;
                reportFile.clear();
            }
        }
        if (m_options.history) {
            QString error;
            if (HistoryStore().store(*report, &error).isEmpty())
                errLine(Tr::tr("%1: warning: the run was not stored in the history: %2")
                            .arg(env.profilePath, error));
        }
    }
    fleet::FleetEnvironmentResult result;
    if (report && m_options.redact) {
        // The summary's messages as the redacted reports say them.
        const Report redacted = redactReport(*report, redactValues);
        std::optional<QJsonObject> older;
        if (previous) {
            if (const std::optional<Report> r = Report::fromJson(*previous, nullptr))
                older = redactReport(*r, redactValues).toJson();
        }
        result = fleet::environmentResult(env.profilePath, env.displayName(), &redacted, exitCode,
                                          older, reportFile, problem);
    } else {
        result = fleet::environmentResult(env.profilePath, env.displayName(), report, exitCode,
                                          previous, reportFile, problem);
    }
    if (!writeProblem.isEmpty()) {
        result.exitCode = ExitUsage;
        result.problem = writeProblem;
        errLine(QStringLiteral("%1: %2").arg(env.profilePath, writeProblem));
    }
    ++m_done;
    if (report) {
        const ReportSummary s = result.summary;
        QString line = Tr::tr("[%1/%2] %3: exit %4: %5 failed, %6 unknown, %7 warnings")
                           .arg(envIndex + 1).arg(m_envs.size())
                           .arg(env.displayName())
                           .arg(result.exitCode)
                           .arg(s.fail).arg(s.unknown).arg(s.warning);
        if (result.hasPrevious)
            line += Tr::tr("; since %1: %2 new, %3 fixed")
                        .arg(result.previousStartedAt)
                        .arg(result.newFindings.size())
                        .arg(result.fixedFindings.size());
        say(line + Tr::tr(" (%1 of %2 done)").arg(m_done).arg(m_envs.size()));
    } else if (!problem.isEmpty() && env.profile && readinessProblem(env).isEmpty()) {
        say(Tr::tr("[%1/%2] %3: not run: %4")
                .arg(envIndex + 1).arg(m_envs.size()).arg(env.displayName(), problem));
    }
    m_results[envIndex] = result;
}

void FleetRunner::onAllFinished()
{
    fleet::FleetSummary summary;
    summary.startedAt = m_startedAt;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.parallel = m_options.parallel;
    for (const auto &result : std::as_const(m_results)) {
        if (result)
            summary.environments << *result;
    }
    int exitCode = summary.exitCode();
    QString error;
    const auto save = [&](const QString &format, const QString &path) {
        const QByteArray bytes = fleet::renderFleet(summary, format, &error);
        QString reason;
        if (bytes.isEmpty())
            return false;
        if (path.isEmpty()) {
            writeOut(QString());  // flushes what came before
            fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            fflush(stdout);
            return true;
        }
        if (!saveFileAtomically(path, bytes, &reason)) {
            error = Tr::tr("%1 could not be written: %2").arg(path, reason);
            return false;
        }
        return true;
    };
    bool written = true;
    if (!m_options.outputDir.isEmpty()) {
        const QDir out(m_options.outputDir);
        written = save(QStringLiteral("json"), out.filePath(QStringLiteral("fleet.json")));
        if (written && isHumanFormat(m_options.format))
            written = save(m_options.format,
                           out.filePath(QStringLiteral("fleet.") + m_options.format));
    } else {
        written = save(m_options.format, m_options.outputPath);
    }
    if (!written) {
        errLine(error);
        exitCode = ExitUsage;
    }
    say(Tr::tr("%1 environments: %2 changed since their previous run; exit %3")
            .arg(summary.environments.size()).arg(summary.changedCount()).arg(exitCode));
    if (m_notifyUrl.isEmpty() || summary.changedCount() == 0) {
        if (!m_notifyUrl.isEmpty())
            say(Tr::tr("--notify: nothing changed; no message sent"));
        return finish(exitCode);
    }
    m_notifier = std::make_unique<fleet::WebhookNotifier>();
    connect(m_notifier.get(), &fleet::WebhookNotifier::done, this,
            [this, exitCode](const QString &notifyError) {
                if (notifyError.isEmpty())
                    say(Tr::tr("--notify: summary posted"));
                else
                    errLine(Tr::tr("warning: --notify: %1").arg(notifyError));
                finish(exitCode);
            });
    m_notifier->post(m_notifyUrl, fleet::webhookPayload(summary),
                     m_options.timeoutSeconds * 1000);
}

void FleetRunner::finish(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}

} // namespace dwh::cli
