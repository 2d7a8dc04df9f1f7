// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh::cli {

/** True when a person can answer: standard input and standard error are terminals. */
bool isInteractive();

/**
 * Asks on the terminal, for each host, "Type the environment host name to confirm (HOST):" and
 * reads a line from standard input. True only when every answer is the host (case-insensitive,
 * surrounding spaces ignored). Blocks: it is only called before any write, with nothing in flight.
 */
bool confirmByHostName(const QStringList &hosts);

} // namespace dwh::cli
