// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dwh::gui {

class WizardSession;
class WriteRunPanel;

/**
 * Restore from a backup file, as `dwhealth restore` does, with the same core: loads the backup
 * (loadBackupFile), refuses one taken from other environments (backupEnvironmentMismatch),
 * plans the writes that undo it record by record (planRestore), and hands them to the guided
 * fixes' WriteRunPanel: preview, host-name confirmation, a backup of what the restore
 * overwrites, each record's result, then the health check again through the session.
 */
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)
public:
    explicit RestoreDialog(WizardSession *session, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    /** Loads the backup at `path` and previews its restore (or says why it cannot be). */
    void loadBackup(const QString &path);

    void reject() override;

private:
    void onChoose();
    void showProblem(const QString &problem);

    WizardSession *m_session;
    QLineEdit *m_pathEdit;
    QPushButton *m_chooseButton;
    QPushButton *m_loadButton;
    QLabel *m_summaryLabel;
    QListWidget *m_records;
    WriteRunPanel *m_panel;
    QDialogButtonBox *m_buttons;
};

} // namespace dwh::gui
