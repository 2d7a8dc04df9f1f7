// SPDX-License-Identifier: MIT
// Chooses between the wizard and the headless commands; nothing else lives here.
#include "appidentity.h"
#include "clioptions.h"
#include "commandtable.h"
#include "language.h"
#include "sourcecommit.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#ifdef DWHEALTH_WITH_GUI
#include "guimain.h"
#endif

namespace {

/** Installs the run's language (--lang, else the wizard's setting, else the system's). */
void installLanguage(const dwh::cli::ParsedCommand &parsed)
{
    QString note;
    if (!dwh::Language::install(dwh::Language::forRun(parsed.language), &note))
        std::fprintf(stderr, "dwhealth: %s\n", note.toLocal8Bit().constData());
}

/** Runs a subcommand in the application object it needs: the headless ones that write reports
 *  (PDF) need a QGuiApplication on the offscreen platform; text in, text out needs only Qt Core. */
int runCommand(int argc, char **argv, const dwh::cli::ParsedCommand &parsed,
               const dwh::cli::CliCommand &command)
{
    if (command.appKind() == dwh::cli::AppKind::Core) {
        QCoreApplication app(argc, argv);
        installLanguage(parsed);
        return command.run(parsed);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    installLanguage(parsed);
    return command.run(parsed);
}

} // namespace

int main(int argc, char **argv)
{
    using namespace dwh::cli;
    // One identity for the wizard and the CLI: the same settings, history and backup folders.
    dwh::setApplicationIdentity();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const ParsedCommand parsed = parseCommandLine(args);
    if (!parsed.error.isEmpty()) {
        // Parsed again once the language is installed, so the message is in it.
        QCoreApplication app(argc, argv);
        installLanguage(parsed);
        const QString error = parseCommandLine(args).error;
        std::fprintf(stderr, "dwhealth: %s\n", error.toLocal8Bit().constData());
        return ExitUsage;
    }
    switch (parsed.command) {
    case Command::Version:
        // The first line stays "dwhealth VERSION (ruleset R)": scripts and help2man read it.
        std::printf("dwhealth %s (ruleset %s)\ncommit %s\n", DWHEALTH_VERSION, DWHEALTH_RULESET,
                    dwh::sourceCommit());
        return ExitPass;
    case Command::Gui:
#ifdef DWHEALTH_WITH_GUI
        return dwh::gui::runWizard(argc, argv, parsed.demo, parsed.check.scenario,
                                   parsed.language);
#else
        std::fputs("dwhealth: this build has no wizard; use `dwhealth check` (see --help)\n",
                   stderr);
        return ExitUsage;
#endif
    default:
        return runCommand(argc, argv, parsed, *commandFor(parsed.command));
    }
}
