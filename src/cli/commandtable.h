// SPDX-License-Identifier: MIT
// The table of dwhealth's subcommands: each one's single instance, found by name or by id.
#pragma once

#include "clicommand.h"

#include <QList>

namespace dwh::cli {

/** Every subcommand, in the order of the help: check, simulate, scenarios, explain, diff, fix,
 *  restore, bundle, maps, errors, help. */
const QList<const CliCommand *> &cliCommands();
/** The command named `name`; nullptr when there is none. */
const CliCommand *findCommand(const QString &name);
/** The command that runs `command`; nullptr for Gui and Version (main.cpp runs those). */
const CliCommand *commandFor(Command command);

// One accessor per command, each defined in the command's own file.
const CliCommand &checkCommand();
const CliCommand &simulateCommand();
const CliCommand &scenariosCommand();
const CliCommand &explainCommand();
const CliCommand &diffCommand();
const CliCommand &fixCommand();
const CliCommand &restoreCommand();
const CliCommand &bundleCommand();
const CliCommand &mapsCommand();
const CliCommand &errorsCommand();
const CliCommand &helpCommand();

} // namespace dwh::cli
