// SPDX-License-Identifier: MIT
#pragma once

class QDialogButtonBox;
class QWizard;

namespace dwh::gui {

/** Gives the standard buttons of a guided-fix dialog (Close) a tooltip and an accessible
 *  description: closing never undoes or interrupts what was written, the results stay in the
 *  backup file and the report. */
void describeStandardButtons(QDialogButtonBox *box);

/** The same for a wizard's Back, Next, Finish and Cancel buttons. */
void describeWizardButtons(QWizard *wizard);

} // namespace dwh::gui
