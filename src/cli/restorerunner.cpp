// SPDX-License-Identifier: MIT
#include "restorerunner.h"

#include "backup.h"
#include "clioptions.h"
#include "fixconfirm.h"
#include "fixoutput.h"
#include "restoreplan.h"
#include "serviceclients.h"

#include <QTimer>

namespace dwh::cli {

RestoreRunner::RestoreRunner(RestoreOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

RestoreRunner::~RestoreRunner() = default;

void RestoreRunner::finish(int exitCode, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    FixOutput::printEnd(m_json, text(), exitCode, error);
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}

void RestoreRunner::start()
{
    QString error;
    const auto backup = loadBackupFile(m_options.backupPath, &error);
    if (!backup)
        return finish(ExitUsage, error);
    if (m_options.apply) {
        const QString problem = backupDirProblem(m_options.backupDir);
        if (!problem.isEmpty())
            return finish(ExitUsage, problem);
        if (!m_options.yes && !isInteractive())
            return finish(ExitUsage, tr("--apply needs --yes when standard input is not a "
                                        "terminal (nothing was written)"));
    }
    int exitCode = ExitUsage;
    SignInOptions signIn;
    signIn.timeoutMs = m_options.timeoutSeconds * 1000;
    signIn.allowedAuthorities = m_options.allowedAuthorities;
    if (!m_session.open(m_options.profilePath, false, QString(), m_options.secretFromStdin,
                        &exitCode, &error, signIn))
        return finish(exitCode, error);
    const QString mismatch = backupEnvironmentMismatch(*backup, m_session.profile);
    if (!mismatch.isEmpty())
        return finish(ExitUsage, QStringLiteral("%1: %2 (nothing was written)")
                                     .arg(m_options.backupPath, mismatch));

    const RestorePlan plan = planRestore(*backup);
    m_json = QJsonObject{{QStringLiteral("command"), QStringLiteral("restore")},
                         {QStringLiteral("backup"), m_options.backupPath},
                         {QStringLiteral("code"), backup->code},
                         {QStringLiteral("profile"), m_session.profile.name},
                         {QStringLiteral("dryRun"), !m_options.apply},
                         {QStringLiteral("plan"), FixOutput::actionsJson(plan.actions)},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)}};
    if (text()) {
        FixOutput::out(tr("Backup %1 (%2, %3, %4 records).\nThe restore makes %5 writes, one per "
                          "record:\n")
                           .arg(m_options.backupPath, backup->code,
                                backup->createdAt.toString(Qt::ISODate),
                                QString::number(backup->entries.size()),
                                QString::number(plan.actions.size()))
                       + FixOutput::actionsText(plan.actions));
        for (const QString &note : plan.notes)
            FixOutput::out(tr("  note: %1\n").arg(note));
    }
    if (plan.actions.isEmpty()) {
        if (text())
            FixOutput::out(tr("Nothing to restore.\n"));
        return finish(ExitPass);
    }
    if (!m_options.apply) {
        if (text()) {
            FixOutput::out(tr("\nPreview: nothing was written. Run again with --apply to make "
                              "these writes.\n"));
        }
        return finish(ExitPass);
    }
    if (!m_options.yes && !confirmByHostName(FixOutput::hostsOf(plan.actions)))
        return finish(ExitIncomplete, tr("not confirmed; nothing was written"));

    RequestLimits limits;
    limits.timeoutMs = m_options.timeoutSeconds * 1000;
    m_clients = std::make_unique<ServiceClients>(m_session.profile, m_session.tokens.get(), limits);
    RunSettings settings;
    settings.backupDirectory = m_options.backupDir;
    settings.operation = QStringLiteral("restore");
    settings.code = backup->code;
    settings.profileName = m_session.profile.name;
    settings.dataverseUrl = m_session.profile.dataverseUrl;
    settings.foUrl = m_session.profile.foUrl;
    m_run = std::make_unique<RemediationRun>(m_clients.get(), settings);
    connect(m_run.get(), &RemediationRun::finished, this, &RestoreRunner::onRunFinished);
    if (text()) {
        connect(m_run.get(), &RemediationRun::backupWritten, this, [](const QString &path) {
            FixOutput::out(tr("\nBackup of the records before the restore: %1\n").arg(path));
        });
    }
    m_run->start(plan.actions);
}

void RestoreRunner::onRunFinished(const RunOutcome &outcome)
{
    m_json.insert(QStringLiteral("run"), outcome.toJson());
    if (!outcome.error.isEmpty())
        return finish(ExitIncomplete, outcome.error);
    if (text())
        FixOutput::out(tr("\nResults:\n") + FixOutput::outcomeText(outcome));
    if (outcome.cancelled)
        return finish(ExitIncomplete, tr("cancelled"));
    finish(outcome.allDone() ? ExitPass : ExitFail);
}

void RestoreRunner::cancel()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

} // namespace dwh::cli
