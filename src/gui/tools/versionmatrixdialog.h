// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class VersionMatrixDialog;
}

namespace dwh {
class Snapshot;
struct Report;
} // namespace dwh

namespace dwh::gui {

class CheckRerun;
class WizardSession;

/**
 * Guided fix for DWHC0202: the installed and required version of every dual-write solution with
 * its status and AppSource package (versionmatrix.h), the documented upgrade steps (including
 * re-applying map solutions that show "Has new changes = Yes"), and "Verify", which re-runs only
 * the solution checks. Never writes to the tenant.
 */
class VersionMatrixDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionMatrixDialog)
public:
    explicit VersionMatrixDialog(WizardSession *session, QWidget *parent = nullptr);
    ~VersionMatrixDialog() override;

    /** The checks "Verify" runs: prereq.dual-write-core and prereq.solution-versions. */
    static QStringList solutionCheckIds();

private:
    void showResults(const Report &report, const Snapshot *snapshot);
    void onVerifyClicked();
    void onVerifyFinished(const Report &report);

    std::unique_ptr<Ui::VersionMatrixDialog> m_ui;
    WizardSession *m_session;
    CheckRerun *m_rerun;
};

} // namespace dwh::gui
