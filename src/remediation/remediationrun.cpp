// SPDX-License-Identifier: MIT
#include "remediationrun.h"

#include "backup.h"
#include "backupfile.h"
#include "backupreader.h"
#include "targetstate.h"
#include "writeexecutor.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace dwh {

int RunOutcome::count(RecordResult::Outcome outcome) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [outcome](const RecordResult &r) { return r.outcome == outcome; }));
}

bool RunOutcome::allDone() const
{
    return error.isEmpty()
        && count(RecordResult::Outcome::Done) + count(RecordResult::Outcome::AlreadyPresent)
               == results.size();
}

QJsonObject RunOutcome::toJson() const
{
    QJsonArray records;
    for (int i = 0; i < actions.size(); ++i) {
        QJsonObject entry = actions.at(i).toJson();
        entry.insert(QStringLiteral("result"), results.value(i).toJson());
        records.append(entry);
    }
    QJsonObject o{{QStringLiteral("backup"), backupWritten ? QJsonValue(backupPath) : QJsonValue()},
                  {QStringLiteral("records"), records},
                  {QStringLiteral("done"), count(RecordResult::Outcome::Done)},
                  {QStringLiteral("failed"), count(RecordResult::Outcome::Failed)},
                  {QStringLiteral("notAttempted"), count(RecordResult::Outcome::NotAttempted)},
                  {QStringLiteral("unknown"), count(RecordResult::Outcome::Unknown)},
                  {QStringLiteral("alreadyPresent"), count(RecordResult::Outcome::AlreadyPresent)},
                  {QStringLiteral("cancelled"), cancelled}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

RemediationRun::RemediationRun(ServiceClients *clients, RunSettings settings, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_settings(std::move(settings))
    , m_reader(new BackupReader(clients, this))
    , m_executor(new WriteExecutor(clients, m_settings.maxConcurrent, this))
{
    connect(m_reader, &BackupReader::finished, this, &RemediationRun::onBackupRead);
    connect(m_executor, &WriteExecutor::recordFinished, this,
            [this](int index, const RecordResult &result) {
                emit recordFinished(m_sent.value(index, index), result);
            });
    connect(m_executor, &WriteExecutor::finished, this, &RemediationRun::onWritesFinished);
    m_reader->setAbsentAllowed(m_settings.skipPresent);
}

void RemediationRun::onWritesFinished(const QList<RecordResult> &results)
{
    for (int i = 0; i < results.size() && i < m_sent.size(); ++i)
        m_outcome.results[m_sent.at(i)] = results.at(i);
    m_outcome.cancelled = m_cancelled;
    m_running = false;
    emit finished(m_outcome);
}

RemediationRun::~RemediationRun() = default;

void RemediationRun::start(const QList<WriteAction> &actions)
{
    m_outcome = RunOutcome();
    m_outcome.actions = actions;
    m_outcome.results = QList<RecordResult>(actions.size());
    m_cancelled = false;
    m_running = true;
    m_reader->read(actions);
}

void RemediationRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_executor->isRunning())
        m_executor->cancel();
    else
        m_reader->cancel();  // its finished() then stops the run before any write
}

void RemediationRun::stopBeforeWriting(const QString &error)
{
    m_outcome.error = error;
    m_outcome.cancelled = m_cancelled;
    for (RecordResult &r : m_outcome.results) {
        r.outcome = RecordResult::Outcome::NotAttempted;
        r.message = tr("not attempted: %1").arg(error);
    }
    m_running = false;
    emit finished(m_outcome);
}

void RemediationRun::onBackupRead(const QList<BackupEntry> &entries, const QStringList &errors)
{
    if (m_cancelled)
        return stopBeforeWriting(tr("cancelled before any write"));
    if (!errors.isEmpty()) {
        return stopBeforeWriting(tr("the backup could not be made, so nothing was written: %1")
                                     .arg(errors.join(QStringLiteral("; "))));
    }
    Backup backup;
    backup.operation = m_settings.operation;
    backup.code = m_settings.code;
    backup.createdAt = QDateTime::currentDateTimeUtc();
    backup.profileName = m_settings.profileName;
    backup.dataverseUrl = m_settings.dataverseUrl;
    backup.foUrl = m_settings.foUrl;
    backup.entries = entries;
    QString path, error;
    if (!writeBackupFile(backup, m_settings.backupDirectory, &path, &error))
        return stopBeforeWriting(tr("the backup could not be written, so nothing was written: %1")
                                     .arg(error));
    m_outcome.backupPath = path;
    m_outcome.backupWritten = true;
    emit backupWritten(path);
    if (m_cancelled)  // a slot of backupWritten may cancel
        return stopBeforeWriting(tr("cancelled before any write"));
    QList<WriteAction> toSend;
    m_sent.clear();
    for (int i = 0; i < m_outcome.actions.size(); ++i) {
        const WriteAction &action = m_outcome.actions.at(i);
        const BackupEntry &read = entries.at(i);
        if (m_settings.skipPresent) {
            const TargetState state = TargetState::of(action, read.existed, read.record);
            if (state.value == TargetState::Value::Reached) {
                RecordResult &r = m_outcome.results[i];
                r.outcome = RecordResult::Outcome::AlreadyPresent;
                r.message = tr("already present: %1; nothing was sent").arg(state.detail);
                emit recordFinished(i, r);
                continue;
            }
        }
        m_sent.append(i);
        toSend.append(action);
    }
    m_executor->start(toSend);
}

} // namespace dwh
