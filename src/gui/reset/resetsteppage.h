// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResetStepPage;
}

namespace dwh::gui {

class LiveConfigReader;
class WizardSession;

/**
 * Reset walkthrough: one documented step (instructions as rich text), with a verification that
 * reads the environment again where the APIs allow it. A failed verification blocks Next until
 * a verification passes or the user ticks the explicit override, which is logged (overridden()).
 */
class ResetStepPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetStepPage)
public:
    enum class Verification {
        None,                  // the APIs cannot see this step
        MapsStopped,           // DualWriteProjectConfigurations Status
        ConfigurationCleared,  // runtime and project configurations re-read: none left
        MapsBack,              // project configurations exist again, for the linked environment
    };

    ResetStepPage(WizardSession *session, LiveConfigReader *reader, Verification verification,
                  QWidget *parent = nullptr);
    ~ResetStepPage() override;

    void setInstructions(const QString &html);
    bool isComplete() const override;

signals:
    /** The user went past a failed verification: one line for the walkthrough's log. */
    void overridden(const QString &entry);

private:
    void onVerify();
    void onRead();
    void onOverrideToggled(bool on);

    std::unique_ptr<Ui::ResetStepPage> m_ui;
    WizardSession *m_session;
    LiveConfigReader *m_reader;
    Verification m_verification;
    bool m_waiting = false;
    bool m_failed = false;    // the last verification failed
    QString m_failure;        // its summary
};

} // namespace dwh::gui
