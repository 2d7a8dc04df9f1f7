// SPDX-License-Identifier: MIT
#pragma once

#include "recordresult.h"
#include "writeaction.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace dwh {

class BackupReader;
class ServiceClients;
class WriteExecutor;
struct BackupEntry;

struct RunSettings
{
    QString backupDirectory;                // empty: the current directory
    QString operation = QStringLiteral("fix");  // or "restore"
    QString code;                           // the code being fixed (or restored)
    QString profileName;
    QUrl dataverseUrl;
    QUrl foUrl;
    int maxConcurrent = 1;                  // writes at a time
    /** Restore: a record whose read shows it already as the write would leave it is not
     *  written (outcome alreadyPresent); records may then also be absent when read. */
    bool skipPresent = false;
};

/** What a run did: the backup, and one result per action, in the actions' order. */
struct RunOutcome
{
    QList<WriteAction> actions;
    QList<RecordResult> results;
    QString backupPath;       // set once the backup is written
    bool backupWritten = false;
    QString error;            // why the run stopped before writing (then nothing was written)
    bool cancelled = false;

    int count(RecordResult::Outcome outcome) const;
    /** Every record done or already present. */
    bool allDone() const;
    QJsonObject toJson() const;
};

/**
 * Backup first, then the writes: reads every target record in full, writes the backup file
 * atomically, and only then sends the writes (WriteExecutor). When a record cannot be read or
 * the backup cannot be written, nothing is sent and every action is reported not attempted.
 */
class RemediationRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationRun)
public:
    RemediationRun(ServiceClients *clients, RunSettings settings, QObject *parent = nullptr);
    ~RemediationRun() override;

    void start(const QList<WriteAction> &actions);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void backupWritten(const QString &path);
    void recordFinished(int index, const dwh::RecordResult &result);
    void finished(const dwh::RunOutcome &outcome);

private:
    void onBackupRead(const QList<dwh::BackupEntry> &entries, const QStringList &errors);
    void stopBeforeWriting(const QString &error);
    void onWritesFinished(const QList<dwh::RecordResult> &results);

    ServiceClients *m_clients;
    RunSettings m_settings;
    BackupReader *m_reader;
    WriteExecutor *m_executor;
    RunOutcome m_outcome;
    QList<int> m_sent;  // the index in m_outcome of each action given to the executor
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace dwh

Q_DECLARE_METATYPE(dwh::RunOutcome)
