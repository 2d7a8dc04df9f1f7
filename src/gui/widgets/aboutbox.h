// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace dwh::gui {

/** The "About dwhealth" box: version, ruleset, the libraries used and their licences. Non-modal. */
void showAboutBox(QWidget *parent);

} // namespace dwh::gui
