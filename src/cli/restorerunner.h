// SPDX-License-Identifier: MIT
#pragma once

#include "backup.h"
#include "backupdigest.h"
#include "fixoptions.h"
#include "environmentsession.h"
#include "remediationrun.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace dwh {
class ServiceClients;
} // namespace dwh

namespace dwh::cli {

/**
 * `dwhealth restore BACKUP.json`: accepts only what a fix writes, on the profile's own hosts
 * (checkBackup), shows whether the file is intact (its digest), previews the writes that undo it
 * record by record, and with --apply (confirmed; an edited file only with --accept-edited-backup)
 * reads each record first, skips those already as the backup has them, backs up what it
 * overwrites, writes and prints each record's result. Emits done() once with the exit code
 * (0 all restored or a preview, 1 a record failed, 2 usage or bad input, 3 could not complete).
 */
class RestoreRunner final : public QObject
{
    Q_OBJECT
public:
    explicit RestoreRunner(RestoreOptions options, QObject *parent = nullptr);
    ~RestoreRunner() override;

    void start();
    void cancel();

signals:
    void done(int exitCode);

private:
    void onOpened();
    void onRunFinished(const dwh::RunOutcome &outcome);
    void finish(int exitCode, const QString &error = QString());
    bool text() const { return m_options.format == QLatin1String("text"); }
    static QString digestText(BackupDigest::State state);

    RestoreOptions m_options;
    session::EnvironmentSession m_session;
    std::optional<Backup> m_backup;
    std::unique_ptr<ServiceClients> m_clients;
    std::unique_ptr<RemediationRun> m_run;
    QJsonObject m_json;
    bool m_finished = false;
};

} // namespace dwh::cli
