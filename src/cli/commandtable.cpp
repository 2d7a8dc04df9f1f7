// SPDX-License-Identifier: MIT
// The subcommands in the order `dwhealth --help` and the completion list them.
#include "commandtable.h"

namespace dwh::cli {

const QList<const CliCommand *> &cliCommands()
{
    static const QList<const CliCommand *> commands{
        &checkCommand(), &simulateCommand(), &scenariosCommand(), &explainCommand(),
        &diffCommand(),  &fixCommand(),      &restoreCommand(),   &bundleCommand(),
        &mapsCommand(),  &errorsCommand(),   &helpCommand()};
    return commands;
}

const CliCommand *findCommand(const QString &name)
{
    for (const CliCommand *c : cliCommands()) {
        if (c->name() == name)
            return c;
    }
    return nullptr;
}

const CliCommand *commandFor(Command command)
{
    for (const CliCommand *c : cliCommands()) {
        if (c->id() == command)
            return c;
    }
    return nullptr;
}

} // namespace dwh::cli
