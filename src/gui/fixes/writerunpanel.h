// SPDX-License-Identifier: MIT
#pragma once

#include "remediationrun.h"
#include "writeaction.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class WriteRunPanel;
}

namespace dwh {
class ServiceClients;
class TokenProvider;
struct Report;
} // namespace dwh

namespace dwh::gui {

class SessionRecheck;
class WizardSession;

/**
 * The shared write part of the guided fixes: previews the exact requests, asks for the
 * environment's host name as confirmation, writes the backup (RemediationRun: every record read
 * in full, then QSaveFile) into a folder the user picks, sends the writes asynchronously with a
 * progress bar and Cancel, shows each record's result, and then re-runs the health check through
 * the session. One run per panel: afterwards the results stay on screen.
 */
class WriteRunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteRunPanel)
public:
    explicit WriteRunPanel(QWidget *parent = nullptr);
    ~WriteRunPanel() override;

    /** The session written to and re-checked (must outlive the panel), and the code fixed. */
    void setup(WizardSession *session, const QString &code, const QString &checkId);
    /** "fix" (the default) or "restore": what the backup file says the run was. */
    void setOperation(const QString &operation) { m_operation = operation; }
    /** The writes to preview and, once confirmed, send. Ignored once a run has started. */
    void setActions(const QList<WriteAction> &actions);
    /** Puts a dialog's own page (the records to choose) in front of the requests and results. */
    void insertPage(int index, QWidget *page, const QString &title);
    /** The app's data folder + "/backups", where backups go unless the user picks another. */
    static QString defaultBackupDirectory();

    /** Writes (or the backup reads before them) under way. */
    bool isWriting() const { return m_run && m_run->isRunning(); }
    /** Writing, or re-checking afterwards. */
    bool isBusy() const;
    bool hasRun() const { return m_started; }
    const RunOutcome &outcome() const { return m_outcome; }
    /** Cancels the writes (or the re-check) under way. */
    void cancel();

signals:
    void runFinished(const dwh::RunOutcome &outcome);
    /** The re-check is done; the session holds the new report. */
    void rechecked(const dwh::Report &report);

private:
    void updateControls();
    QString backupDirectoryProblem(const QString &directory) const;
    void onChooseDirectory();
    void onApply();
    void onBackupWritten(const QString &path);
    void onRecordFinished(int index, const dwh::RecordResult &result);
    void onRunFinished(const dwh::RunOutcome &outcome);
    void onRechecked(const dwh::Report &report);
    void onCopy();
    void fillResultRows();
    void capColumns();
    void setResultRow(int row, const RecordResult &result);

    std::unique_ptr<Ui::WriteRunPanel> m_ui;
    WizardSession *m_session = nullptr;
    QString m_code;
    QString m_checkId;
    QString m_operation = QStringLiteral("fix");
    QList<WriteAction> m_actions;
    QStringList m_hosts;
    QPointer<TokenProvider> m_tokens;
    ServiceClients *m_clients = nullptr;
    RemediationRun *m_run = nullptr;
    SessionRecheck *m_recheck = nullptr;
    RunOutcome m_outcome;
    QString m_recheckText;
    int m_finishedRecords = 0;
    bool m_started = false;
};

} // namespace dwh::gui
