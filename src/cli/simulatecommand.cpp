// SPDX-License-Identifier: MIT
// `dwhealth simulate` and `dwhealth scenarios`: the simulator served on loopback, its scenarios.
#include "clistr.h"
#include "commandtable.h"
#include "simulaterunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dwh::cli {

namespace {

class SimulateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("simulate"); }
    Command id() const override { return Command::Simulate; }
    QString synopsis() const override
    {
        return QStringLiteral("simulate --scenario NAME | --from-bundle BUNDLE.zip [--port N] [--latency-ms N]");
    }
    QString summary() const override
    {
        return CliTexts::tr("Serves the simulator on 127.0.0.1 until killed; prints one JSON line "
                            "with a ready profile (its URLs) on stdout.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("scenario"), QStringLiteral("NAME"),
             CliTexts::tr("the scenario to serve (default healthy; see dwhealth scenarios)")},
            {QStringLiteral("from-bundle"), QStringLiteral("BUNDLE.zip"),
             CliTexts::tr("serve what an evidence bundle recorded instead of a scenario")},
            {QStringLiteral("port"), QStringLiteral("N"),
             CliTexts::tr("the port, 1024-65532 (default: a free one)")},
            {QStringLiteral("latency-ms"), QStringLiteral("N"),
             CliTexts::tr("simulated network latency per answer")},
        };
    }
    int run(const ParsedCommand &parsed) const override
    {
        const int code = startSimulator(parsed.simulate, QCoreApplication::instance());
        return code == ExitPass ? QCoreApplication::exec() : code;
    }

protected:
    QString unknownOption(const QString &argument) const override
    {
        return CliTexts::tr("unknown option for simulate: %1").arg(argument);
    }
    QString take(const QCommandLineParser &p, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        if (!positional.isEmpty())
            return unknownOption(positional.first());
        SimulateOptions &o = out->simulate;
        if (p.isSet(QStringLiteral("scenario")))
            o.scenario = p.value(QStringLiteral("scenario"));
        if (p.isSet(QStringLiteral("from-bundle")))
            o.bundlePath = p.value(QStringLiteral("from-bundle"));
        if (QString e = intOption(p, QStringLiteral("port"), 1024, 65532, &o.port); !e.isEmpty())
            return e;
        return intOption(p, QStringLiteral("latency-ms"), 0, 60000, &o.latencyMs);
    }
};

class ScenariosCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("scenarios"); }
    Command id() const override { return Command::Scenarios; }
    QString synopsis() const override { return QStringLiteral("scenarios"); }
    QString summary() const override
    {
        return CliTexts::tr("Lists the simulator's scenarios, one per line: name, tab, one-line "
                            "description.");
    }
    QList<CliOption> options() const override { return {}; }
    int run(const ParsedCommand &) const override { return listScenarios(); }

protected:
    QString unknownOption(const QString &argument) const override
    {
        return CliTexts::tr("scenarios takes no options") + QStringLiteral(": ") + argument;
    }
    QString take(const QCommandLineParser &, const QStringList &positional,
                 ParsedCommand *) const override
    {
        return positional.isEmpty() ? QString() : unknownOption(positional.first());
    }
};

} // namespace

const CliCommand &simulateCommand()
{
    static const SimulateCommand command;
    return command;
}

const CliCommand &scenariosCommand()
{
    static const ScenariosCommand command;
    return command;
}

} // namespace dwh::cli
