// SPDX-License-Identifier: MIT
#pragma once

#include "sessionpage.h"

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace dwh::gui {

/**
 * Page 1: choose what to check: a saved profile, a new one, an imported profile file, or (demo) a
 * simulator scenario. Leaving the page puts the profile (and in demo mode the simulator and its
 * secret) into the session.
 */
class WelcomePage final : public SessionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    WelcomePage(WizardSession *session, bool demo, const QString &scenario,
                QWidget *parent = nullptr);
    ~WelcomePage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void reloadProfiles(const QString &select);
    void onDemoToggled(bool on);
    void onScenarioChanged(int index);
    void onProfileChanged(int index);
    void onImportClicked();
    void onImportFileSelected(const QString &path);
    void onDeleteClicked();
    void onFleetClicked();  // the Fleet view: every saved profile at once
    void showError(const QString &text);

    std::unique_ptr<Ui::WelcomePage> m_ui;
    bool m_profilesShown = false;
};

} // namespace dwh::gui
