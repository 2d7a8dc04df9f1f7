// SPDX-License-Identifier: MIT
// The health wizard's page ids: a page names the page that follows it without including the wizard.
#pragma once

namespace dwh::gui {

/** The pages of HealthWizard in order, as QWizard page ids (HealthWizard inherits them). */
struct WizardPages
{
    enum PageId {
        Page_Welcome,
        Page_Credentials,
        Page_Prerequisites,
        Page_Dependencies,
        Page_Remediation,
        Page_Report,
    };
};

} // namespace dwh::gui
