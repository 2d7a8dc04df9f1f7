// SPDX-License-Identifier: MIT
// `dwhealth help [COMMAND]`: the overview (as --help) or one command's own help.
#include "clistr.h"
#include "commandtable.h"

#include <QCommandLineParser>

#include <cstdio>

namespace dwh::cli {

namespace {

class HelpCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("help"); }
    Command id() const override { return Command::Help; }
    QString synopsis() const override { return QStringLiteral("help [COMMAND]"); }
    QString summary() const override
    {
        return CliTexts::tr("Shows every command (as --help), or the options of COMMAND (as "
                            "dwhealth COMMAND --help).");
    }
    QList<CliOption> options() const override { return {}; }
    AppKind appKind() const override { return AppKind::Core; }
    int run(const ParsedCommand &parsed) const override
    {
        const CliCommand *command = findCommand(parsed.helpFor);
        const QString text = command ? command->help() : helpText();
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return ExitPass;
    }

protected:
    QString take(const QCommandLineParser &, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        if (positional.size() > 1)
            return CliTexts::tr("help takes one command, not also \"%1\"").arg(positional.at(1));
        out->helpFor = positional.value(0);
        if (!out->helpFor.isEmpty() && !findCommand(out->helpFor))
            return CliTexts::tr("unknown command \"%1\"; see dwhealth --help").arg(out->helpFor);
        return QString();
    }
};

} // namespace

const CliCommand &helpCommand()
{
    static const HelpCommand command;
    return command;
}

} // namespace dwh::cli
