// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResetRecheckPage;
}

namespace dwh {
struct Report;
}

namespace dwh::gui {

class SessionRecheck;
class WizardSession;

/** Reset walkthrough, last page: the whole health check again, through the session's engine. */
class ResetRecheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetRecheckPage)
public:
    explicit ResetRecheckPage(WizardSession *session, QWidget *parent = nullptr);
    ~ResetRecheckPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void start();
    void onFinished(const dwh::Report &report);

    std::unique_ptr<Ui::ResetRecheckPage> m_ui;
    SessionRecheck *m_recheck;
};

} // namespace dwh::gui
