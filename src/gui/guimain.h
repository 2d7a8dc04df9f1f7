// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh::gui {

/**
 * Runs the wizard: creates the QApplication (so `argc` must outlive it), sets the organization and
 * application names QSettings uses, shows the wizard and returns the event loop's exit code.
 * `demo`: start on the in-process simulator with `scenario` (empty: a picker).
 */
/** Opens the wizard; `language` is --lang (empty: the setting, else the system's language). */
int runWizard(int &argc, char **argv, bool demo, const QString &scenario, const QString &language);

} // namespace dwh::gui
