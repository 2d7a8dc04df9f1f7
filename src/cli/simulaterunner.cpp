// SPDX-License-Identifier: MIT
#include "simulaterunner.h"

#include "simulator.h"
#include "terminalout.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace dwh::cli {

namespace {

void printReplayNote(const sim::Simulator &simulator)
{
    QString note = QCoreApplication::translate(
                       "dwh::cli",
                       "Replay of %1 recorded %2 on 127.0.0.1 until stopped. The demo client "
                       "secret is the DWHEALTH_CLIENT_SECRET value \"%3\".")
                       .arg(simulator.replayCustomer(), simulator.replayRecordedAt(),
                            sim::Simulator::clientSecret());
    if (simulator.replaySkippedEntries() > 0)
        note += u'\n' + QCoreApplication::translate(
                            "dwh::cli", "%n recorded exchange(s) of the trace are not well formed "
                                        "and are not served.", nullptr,
                            simulator.replaySkippedEntries());
    std::fprintf(stderr, "%s\n", note.toLocal8Bit().constData());
}

} // namespace

int startSimulator(const SimulateOptions &options, QObject *parent)
{
    auto *simulator = new sim::Simulator(parent);
    QString error;
    if (!options.bundlePath.isEmpty()) {
        if (!simulator->loadBundle(options.bundlePath, &error)) {
            errLine(QStringLiteral("--from-bundle: ") + error);
            return ExitUsage;
        }
    } else if (!simulator->loadScenario(options.scenario, &error)) {
        errLine(QStringLiteral("--scenario: ") + error);
        return ExitUsage;
    }
    simulator->setLatencyMs(options.latencyMs);
    if (!simulator->start(&error, static_cast<quint16>(options.port))) {
        errLine(QStringLiteral("the simulator could not start: ") + error);
        return ExitIncomplete;
    }
    const QByteArray line = QJsonDocument(simulator->profileJson()).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
    if (simulator->isReplay()) {
        printReplayNote(*simulator);
        return ExitPass;
    }
    std::fprintf(stderr, "%s\n",
                 QCoreApplication::translate(
                     "dwh::cli",
                     "Simulating scenario \"%1\" on 127.0.0.1 until stopped. The demo client "
                     "secret is the DWHEALTH_CLIENT_SECRET value \"%2\".")
                     .arg(simulator->scenarioName(), sim::Simulator::clientSecret())
                     .toLocal8Bit()
                     .constData());
    return ExitPass;
}

int listScenarios()
{
    for (const QString &name : sim::scenarioNames()) {
        writeOut(name + QLatin1Char('\t') + sim::scenarioDescription(name) + QLatin1Char('\n'));
    }
    return ExitPass;
}

} // namespace dwh::cli
