// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dwh {
struct Report;
namespace fleet {
class FleetRun;
}
} // namespace dwh

namespace dwh::gui {

/**
 * The Fleet view: every saved profile with its last result and trend (from the history), a run
 * of all of them or of the selected ones (dwh::fleet::FleetRun: at most `parallel` at once,
 * each stored in the history), and Open to check one of them in the wizard. Secrets: the
 * variable named by auth.clientSecretEnv, else the keychain entry when the profile remembers its
 * secret, else DWHEALTH_CLIENT_SECRET. Profiles that sign in a person (device code, browser) are
 * not run here: open them.
 */
class FleetDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FleetDialog(QWidget *parent = nullptr, int parallel = 4);
    ~FleetDialog() override;

    /** Re-reads the saved profiles and their history. */
    void reload();
    bool isRunning() const;

signals:
    /** Open: the wizard checks this saved profile. */
    void profileChosen(const QString &name);
    /** A run of the fleet finished (every row has its result). */
    void runFinished();

private:
    enum Column { NameColumn, LastRunColumn, ResultColumn, TrendColumn, ThisRunColumn, ColumnCount };

    void runRows(const QList<int> &rows);
    void startRun();
    void onEnvironmentFinished(int index, const dwh::Report &report, int exitCode,
                               const QString &problem);
    void onRunFinished();
    void fillHistory(int row);
    void updateButtons();
    void setCell(int row, int column, const QString &text);

    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_runAll;
    QPushButton *m_runSelected;
    QPushButton *m_open;
    int m_parallel;
    QList<Profile> m_profiles;       // per row; a row whose profile cannot load has a default
    QStringList m_names;             // per row
    QList<int> m_runRows;            // the run's index -> row
    QList<Profile> m_runProfiles;
    QHash<QString, QByteArray> m_keychain;  // name -> secret read from the keychain for this run
    int m_pendingReads = 0;
    std::unique_ptr<fleet::FleetRun> m_run;
};

} // namespace dwh::gui
