// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResetImpactPage;
}

namespace dwh::gui {

class LiveConfigReader;
class WizardSession;

/**
 * Reset walkthrough, page 1: what the reset deletes, read now (runtime configurations, project
 * configurations with their integration keys, the selected legal entities, and what the APIs do
 * not expose), saved as a snapshot JSON file before the user may go on.
 */
class ResetImpactPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetImpactPage)
public:
    ResetImpactPage(WizardSession *session, LiveConfigReader *reader, QWidget *parent = nullptr);
    ~ResetImpactPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void onRead();
    void fillTables();
    void onBrowse();
    void onExport();

    std::unique_ptr<Ui::ResetImpactPage> m_ui;
    WizardSession *m_session;
    LiveConfigReader *m_reader;
    bool m_waiting = false;
    bool m_exported = false;
};

} // namespace dwh::gui
