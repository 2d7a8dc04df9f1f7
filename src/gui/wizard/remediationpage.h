// SPDX-License-Identifier: MIT
#pragma once

#include "sessionpage.h"

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class RemediationPage;
}

namespace dwh::gui {

/**
 * Page 5: every finding of the run (code, status, message) with its documented fix, and the
 * launch pad for the guided fixes (guidedfixes.h): "Guided fix…" for the selected finding when
 * its code has one, the troubleshooter, and the reset walkthrough when there is one. Dialogs
 * open with open(), never exec().
 */
class RemediationPage final : public SessionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationPage)
public:
    explicit RemediationPage(WizardSession *session, QWidget *parent = nullptr);
    ~RemediationPage() override;

    void initializePage() override;

private:
    void fillFindings();
    void onCurrentFindingChanged(QTreeWidgetItem *current);
    void onGuidedFixClicked();
    void onTroubleshootClicked();
    void onResetClicked();
    void onCopyClicked();
    void openDialog(QDialog *dialog);

    std::unique_ptr<Ui::RemediationPage> m_ui;
};

} // namespace dwh::gui
