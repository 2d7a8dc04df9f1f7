// SPDX-License-Identifier: MIT
#include "restorerunner.h"

#include "backup.h"
#include "backupcheck.h"
#include "backupdir.h"
#include "clienvironment.h"
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
    m_backup = loadBackupFile(m_options.backupPath, &error);
    if (!m_backup)
        return finish(ExitUsage, error);
    if (m_options.apply) {
        const QString problem = backupDirProblem(m_options.backupDir);
        if (!problem.isEmpty())
            return finish(ExitUsage, problem);
        if (!m_options.yes && !isInteractive())
            return finish(ExitUsage, tr("--apply needs --yes when standard input is not a "
                                        "terminal (nothing was written)"));
    }
    useCommandLine(&m_session, m_options.timeoutSeconds * 1000);
    connect(&m_session, &session::EnvironmentSession::opened, this, &RestoreRunner::onOpened);
    connect(&m_session, &session::EnvironmentSession::failed, this,
            [this](session::EnvironmentSession::Failure failure, const QString &error) {
                finish(exitCodeOf(failure), error);
            });
    m_session.open(environmentRequest(m_options));
}

void RestoreRunner::onOpened()
{
    const Backup *backup = &*m_backup;
    // The file is untrusted: only what a fix of this version writes, on the profile's hosts,
    // every address rebuilt from the profile (backupcheck.h). Refused before any request.
    QString refusal;
    const auto checked = checkBackup(*backup, m_session.profile(), &refusal);
    if (!checked)
        return finish(ExitUsage, tr("%1: %2 (nothing was sent)").arg(m_options.backupPath, refusal));

    const RestorePlan plan = planRestore(*checked);
    m_json = QJsonObject{{QStringLiteral("command"), QStringLiteral("restore")},
                         {QStringLiteral("backup"), m_options.backupPath},
                         {QStringLiteral("backupDigest"), BackupDigest::stateName(backup->digest)},
                         {QStringLiteral("code"), checked->code},
                         {QStringLiteral("profile"), m_session.profile().name},
                         {QStringLiteral("dryRun"), !m_options.apply},
                         {QStringLiteral("plan"), FixOutput::actionsJson(plan.actions)},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)}};
    if (text()) {
        FixOutput::out(tr("Backup %1 (%2, %3, %4 records).\n")
                           .arg(m_options.backupPath, checked->code,
                                checked->createdAt.toString(Qt::ISODate),
                                QString::number(checked->entries.size()))
                       + digestText(backup->digest)
                       + tr("The restore makes at most %1 writes, one per record; a record "
                            "already as the backup has it is skipped:\n")
                             .arg(plan.actions.size())
                       + FixOutput::actionsText(plan.actions));
        for (const QString &note : plan.notes)
            FixOutput::out(tr("  note: %1\n").arg(note));
    }
    if (plan.actions.isEmpty()) {
        if (text())
            FixOutput::out(tr("Nothing to restore.\n"));
        return finish(ExitPass);
    }
    if (m_options.apply && backup->digest == BackupDigest::State::Edited && !m_options.acceptEdited) {
        return finish(ExitUsage, tr("%1 was EDITED since it was written (digest mismatch); nothing "
                                    "was written. Compare it with the records it names; to "
                                    "restore it anyway, add --accept-edited-backup")
                                     .arg(m_options.backupPath));
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
    m_clients = std::make_unique<ServiceClients>(m_session.profile(), m_session.tokens(), limits);
    RunSettings settings;
    settings.backupDirectory = m_options.backupDir;
    settings.operation = QStringLiteral("restore");
    settings.code = backup->code;
    settings.profileName = m_session.profile().name;
    settings.dataverseUrl = m_session.profile().dataverseUrl;
    settings.foUrl = m_session.profile().foUrl;
    settings.skipPresent = true;  // read first: running restore twice is harmless
    m_run = std::make_unique<RemediationRun>(m_clients.get(), settings);
    connect(m_run.get(), &RemediationRun::finished, this, &RestoreRunner::onRunFinished);
    if (text()) {
        connect(m_run.get(), &RemediationRun::backupWritten, this, [](const QString &path) {
            FixOutput::out(tr("\nBackup of the records before the restore: %1\n").arg(path));
        });
    }
    m_run->start(plan.actions);
}

QString RestoreRunner::digestText(BackupDigest::State state)
{
    switch (state) {
    case BackupDigest::State::Intact:
        return tr("Integrity: intact (the digest matches the content).\n");
    case BackupDigest::State::Edited:
        return tr("Integrity: EDITED since it was written (digest mismatch). It is not applied "
                  "without --accept-edited-backup.\n");
    case BackupDigest::State::Missing:
        return tr("Integrity: no digest (written by an older dwhealth); edits cannot be "
                  "detected.\n");
    }
    return QString();
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
