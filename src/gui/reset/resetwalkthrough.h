// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWizard>

namespace dwh::gui {

class LiveConfigReader;
class WizardSession;

/**
 * Guided walkthrough of "Reset dual-write connections" (domain.md §4.1): the impact preview
 * saved as a snapshot first, then the documented steps one page at a time, each verified where
 * the APIs allow, and a final health check through the session. dwhealth writes nothing here:
 * the reset itself is done on the finance and operations Dual-write page.
 */
class ResetWalkthrough final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetWalkthrough)
public:
    enum PageId { Page_Impact, Page_StopMaps, Page_Reset, Page_Cleared, Page_Reapply, Page_Recheck };
    Q_ENUM(PageId)

    /** `session` must outlive the walkthrough. */
    explicit ResetWalkthrough(WizardSession *session, QWidget *parent = nullptr);
    ~ResetWalkthrough() override;

    /** Every step the user went past although its verification failed, in order. */
    QStringList overrideLog() const { return m_overrides; }

private:
    void addStepPages();

    WizardSession *m_session;
    LiveConfigReader *m_reader;
    QStringList m_overrides;
};

} // namespace dwh::gui
