// SPDX-License-Identifier: MIT
#pragma once

#include "pageids.h"

#include <QWizard>

namespace dwh::gui {

class WizardSession;

/**
 * The health check wizard: the product's two steps (prerequisites, dependency validation) with a
 * welcome/environment page, link credentials, remediation and report. Pages share one
 * WizardSession and never talk to each other.
 */
class HealthWizard final : public QWizard, public WizardPages
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthWizard)
public:
    /** `demo`: start on the simulator, with `scenario` preselected (empty: "healthy"). */
    explicit HealthWizard(bool demo = false, const QString &scenario = QString(),
                          QWidget *parent = nullptr);
    ~HealthWizard() override;

    WizardSession *session() const { return m_session; }

    void done(int result) override;

private:
    WizardSession *m_session;
};

} // namespace dwh::gui
