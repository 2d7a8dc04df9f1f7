// SPDX-License-Identifier: MIT
// Chooses between the wizard and the headless commands; nothing else lives here.
#include "appidentity.h"
#include "bundlerunner.h"
#include "checkrunner.h"
#include "clioptions.h"
#include "diffrunner.h"
#include "explainrunner.h"
#include "fixrunner.h"
#include "interrupthandler.h"
#include "language.h"
#include "restorerunner.h"
#include "simulaterunner.h"
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

int runHeadless(int argc, char **argv, const dwh::cli::ParsedCommand &parsed)
{
    using namespace dwh::cli;
    // Reports (PDF) need a QGuiApplication; headless runs use the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    installLanguage(parsed);

    switch (parsed.command) {
    case Command::Check: {
        CheckRunner runner(parsed.check);
        QObject::connect(&runner, &CheckRunner::done, &app, &QCoreApplication::exit);
        InterruptHandler interrupt;  // Ctrl+C cancels; the report is still written
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &runner, &CheckRunner::cancel);
        runner.start();
        return app.exec();
    }
    case Command::Simulate: {
        const int code = startSimulator(parsed.simulate, &app);
        return code == ExitPass ? app.exec() : code;
    }
    case Command::Scenarios:
        return listScenarios();
    case Command::Fix: {
        FixRunner runner(parsed.fix);
        QObject::connect(&runner, &FixRunner::done, &app, &QCoreApplication::exit);
        InterruptHandler interrupt;  // Ctrl+C: no more writes; each record's result is printed
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &runner, &FixRunner::cancel);
        runner.start();
        return app.exec();
    }
    case Command::Restore: {
        RestoreRunner runner(parsed.restore);
        QObject::connect(&runner, &RestoreRunner::done, &app, &QCoreApplication::exit);
        InterruptHandler interrupt;
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &runner, &RestoreRunner::cancel);
        runner.start();
        return app.exec();
    }
    default:
        return ExitUsage;
    }
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
    case Command::Help: {
        QCoreApplication app(argc, argv);
        installLanguage(parsed);
        std::fputs(helpText().toLocal8Bit().constData(), stdout);
        return ExitPass;
    }
    case Command::Explain: {
        QCoreApplication app(argc, argv);  // text in, text out: no GUI platform needed
        installLanguage(parsed);
        return runExplain(parsed.explainArguments);
    }
    case Command::Bundle: {
        QCoreApplication app(argc, argv);  // bundle anonymise: a file in, a file out
        installLanguage(parsed);
        return runBundle(parsed.bundleArguments);
    }
    case Command::Diff: {
        QCoreApplication app(argc, argv);  // two reports in, text out
        installLanguage(parsed);
        return runDiff(parsed.diffArguments);
    }
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
        return runHeadless(argc, argv, parsed);
    }
}
