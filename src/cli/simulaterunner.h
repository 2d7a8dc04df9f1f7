// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"

class QObject;

namespace dwh::cli {

/** `dwhealth simulate`: starts the simulator and prints the ready profile. Returns an exit code
 *  (non-zero when it could not start); the caller then runs the event loop until killed. */
int startSimulator(const SimulateOptions &options, QObject *parent);

/** `dwhealth scenarios`: prints name TAB description per line. */
int listScenarios();

} // namespace dwh::cli
