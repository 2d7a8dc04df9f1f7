// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QFrame;

namespace dwh::gui {

class WizardSession;

/**
 * Base of every wizard page: holds the shared session and shows the "Simulated environment"
 * banner above the page's form while the session runs on the simulator. Subclasses put their
 * Designer form on content().
 */
class SessionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SessionPage(WizardSession *session, QWidget *parent = nullptr);
    ~SessionPage() override;

protected:
    void changeEvent(QEvent *event) override;
    WizardSession *session() const { return m_session; }
    /** The widget the page's form is set up on. */
    QWidget *content() const { return m_content; }

private:
    void onSimulationChanged();
    /** The banner's colours: light violet on a light palette, dark violet on a dark one. */
    void applyBannerPalette();

    WizardSession *m_session;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QWidget *m_content;
};

} // namespace dwh::gui
