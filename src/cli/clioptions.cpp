// SPDX-License-Identifier: MIT
// The dispatcher: takes out --lang, then hands the arguments to the command they name
// (commandtable.h); --version, --help and the wizard's --demo/--scenario are its own.
#include "clioptions.h"

#include "clistr.h"
#include "commandtable.h"
#include "language.h"

namespace dwh::cli {

namespace {

bool matches(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

/** The value of `--name VALUE` or `--name=VALUE` at args[*i]; false with an error when missing. */
bool takeValue(const QStringList &args, int *i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(*i);
    const QString prefix = name + QLatin1Char('=');
    if (arg.startsWith(prefix)) {
        *value = arg.mid(prefix.size());
        return true;
    }
    if (*i + 1 >= args.size()) {
        *error = CliTexts::tr("%1 needs a value").arg(name);
        return false;
    }
    *value = args.at(++*i);
    return true;
}

/** `dwhealth --demo [--scenario NAME]`: the wizard against the embedded simulator. */
void parseWizard(const QStringList &args, ParsedCommand *out)
{
    out->command = Command::Gui;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--demo")) {
            out->demo = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out->command = Command::Help;
            return;
        } else if (matches(a, QStringLiteral("--scenario"))) {
            if (!takeValue(args, &i, QStringLiteral("--scenario"), &out->check.scenario, &out->error))
                return;
        } else if (matches(a, QStringLiteral("--from-bundle"))) {
            // The simulator loads a bundle where it loads a scenario file (BundleScenario).
            if (!takeValue(args, &i, QStringLiteral("--from-bundle"), &out->check.scenario, &out->error))
                return;
        } else {
            out->error = CliTexts::tr("unknown option: %1").arg(a);
            return;
        }
    }
}

} // namespace

ParsedCommand parseCommandLine(const QStringList &arguments)
{
    ParsedCommand out;
    // --lang CODE may stand anywhere; it is taken out before the command is parsed.
    QStringList args;
    for (int i = 0; i < arguments.size(); ++i) {
        if (!matches(arguments.at(i), QStringLiteral("--lang"))) {
            args << arguments.at(i);
            continue;
        }
        if (!takeValue(arguments, &i, QStringLiteral("--lang"), &out.language, &out.error))
            return out;
        out.language = out.language.toLower();
        if (!Language::isAvailable(out.language)) {
            out.error = Language::usageError(out.language);
            return out;
        }
    }
    if (args.isEmpty())
        return out;
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out.command = Command::Version;
    } else if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out.command = Command::Help;
    } else if (const CliCommand *command = findCommand(first)) {
        out.command = command->id();
        out.error = command->parse(args.mid(1), &out);
    } else if (first.startsWith(QLatin1String("--demo")) || matches(first, QStringLiteral("--scenario"))) {
        parseWizard(args, &out);
    } else {
        out.error = CliTexts::tr("unknown command \"%1\"; see dwhealth --help").arg(first);
    }
    return out;
}

} // namespace dwh::cli
