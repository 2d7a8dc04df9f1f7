// SPDX-License-Identifier: MIT
#pragma once

#include "defaultteamfacts.h"
#include "remediationplan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OwningTeamDialog;
}

namespace dwh {
struct Report;
}

namespace dwh::gui {

class WizardSession;

/**
 * Guided fix for the BusinessUnit findings. Shows the facts (root business unit, its default
 * team, every dual-write company and its default owning team); for DWDVEV1007 sets
 * cdm_defaultowningteam on the ticked companies without one through a WriteRunPanel; for
 * DWFOEV1006 gives the support-ticket text, because renaming the default team back is not
 * something dwhealth does (Microsoft documents a reset or a ticket).
 */
class OwningTeamDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwningTeamDialog)
public:
    /** `code`: DWDVEV1007 or DWFOEV1006. `session` must outlive the dialog. */
    OwningTeamDialog(const QString &code, WizardSession *session, QWidget *parent = nullptr);
    ~OwningTeamDialog() override;

    void reject() override;

private:
    void load();
    void showFacts(const Report &report);
    void showFix();
    void showTicket();
    QString teamText(const QString &teamId) const;
    void onSelectionChanged();
    void onRechecked(const dwh::Report &report);
    void onCopyTicket();

    std::unique_ptr<Ui::OwningTeamDialog> m_ui;
    WizardSession *m_session;
    QString m_code;
    DefaultTeamFacts m_facts;
    RemediationPlan m_plan;
};

} // namespace dwh::gui
