// SPDX-License-Identifier: MIT
#pragma once

#include "sessionpage.h"

#include <memory>

namespace Ui {
class RemediationPage;
}

namespace dwh::gui {

/** Page 5: every finding of the run with its documented fix (summary, steps, documentation). */
class RemediationPage final : public SessionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationPage)
public:
    explicit RemediationPage(WizardSession *session, QWidget *parent = nullptr);
    ~RemediationPage() override;

    void initializePage() override;

private:
    void onCopyClicked();

    std::unique_ptr<Ui::RemediationPage> m_ui;
};

} // namespace dwh::gui
