// SPDX-License-Identifier: MIT
#pragma once

#include "remediationplan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StaleCleanupDialog;
}

namespace dwh {
struct Report;
}

namespace dwh::gui {

class WizardSession;

/**
 * Guided fix for DWDVEV1004 and DWFOEV1004: lists the stale msdyn_dualwriteruntimeconfigs or
 * F&O DualWriteProjectConfigurations rows of the session's last run (planFix), each with why it
 * is stale, lets the user untick any, and deletes the ticked ones through a WriteRunPanel
 * (preview, host-name confirmation, backup, per-record results, re-check).
 */
class StaleCleanupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleCleanupDialog)
public:
    /** `code`: DWDVEV1004 or DWFOEV1004. `session` must outlive the dialog. */
    StaleCleanupDialog(const QString &code, WizardSession *session, QWidget *parent = nullptr);
    ~StaleCleanupDialog() override;

    void reject() override;

private:
    void loadPlan();
    /** The planner's notes for the user: what to do first, and the override's cautions. */
    QString planNotesHtml() const;
    /** What the table shows of one record the check named, beside the planner's action. */
    struct StaleRow
    {
        QString internalEntityName;
        QString externalEntityName;
        QString externalEnvironmentUrl;  // F&O rows only
    };
    void fillTable(const QList<StaleRow> &staleRows, const QString &linkedUrl);
    QString shortReason(const WriteAction &action, const StaleRow &row,
                        const QString &linkedUrl) const;
    void onSelectionChanged();
    void onRunFinished();
    void onRechecked(const dwh::Report &report);

    std::unique_ptr<Ui::StaleCleanupDialog> m_ui;
    WizardSession *m_session;
    QString m_code;
    RemediationPlan m_plan;
};

} // namespace dwh::gui
