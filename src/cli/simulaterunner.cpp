// SPDX-License-Identifier: MIT
#include "simulaterunner.h"

#include "simulator.h"
#include "terminalout.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace dwh::cli {

int startSimulator(const SimulateOptions &options, QObject *parent)
{
    auto *simulator = new sim::Simulator(parent);
    QString error;
    if (!simulator->loadScenario(options.scenario, &error)) {
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
