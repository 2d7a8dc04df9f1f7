// SPDX-License-Identifier: MIT
// Benchmark: start-up times, measured in this one run and printed.
//  - CLI cold start to first request: `dwhealth check --profile P` started as a process, until
//    the simulator (in this process) receives its first request. Best and median of 5 starts.
//  - Wizard start to first page shown (offscreen): `dwhealth --demo` started as a process with
//    DWHEALTH_REPORT_FIRST_PAINT=1, which makes it print "first-paint" when its first page is
//    painted, then quit. Best and median of 5 starts.
//
//   bench_startup [--binary path/to/dwhealth]
#include "simulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dwh;

namespace {

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

qint64 cliToFirstRequest(const QString &binary, const QString &profilePath, sim::Simulator &sim)
{
    QElapsedTimer timer;
    qint64 first = -1;
    const auto connection = QObject::connect(
        &sim, &sim::Simulator::requestServed, &sim, [&](const QString &, const QString &, const QString &, int) {
            if (first < 0)
                first = timer.elapsed();
        });
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DWHEALTH_CLIENT_SECRET"), sim::Simulator::clientSecret());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    timer.start();
    process.start(binary, {QStringLiteral("check"), QStringLiteral("--profile"), profilePath});
    while (first < 0 && timer.elapsed() < 30000 && process.state() != QProcess::NotRunning)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    process.waitForFinished(60000);
    QObject::disconnect(connection);
    return first;
}

qint64 wizardToFirstPage(const QString &binary)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DWHEALTH_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    qint64 painted = -1;
    QByteArray out;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        out += process.readAllStandardOutput();
        if (painted < 0 && out.contains("first-paint"))
            painted = timer.elapsed();
    });
    timer.start();
    process.start(binary, {QStringLiteral("--demo"), QStringLiteral("--scenario"), QStringLiteral("healthy")});
    while (painted < 0 && timer.elapsed() < 30000 && process.state() != QProcess::NotRunning)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    process.waitForFinished(30000);
    return painted;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString binary = QStringLiteral(DWHEALTH_BINARY);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--binary"))
            binary = args.at(i + 1);
    }
    sim::Simulator sim;
    QString error;
    if (!sim.loadScenario(QStringLiteral("healthy"), &error) || !sim.start(&error))
        qFatal("simulator: %s", qPrintable(error));
    QTemporaryDir dir;
    const QString profilePath = dir.filePath(QStringLiteral("profile.json"));
    QFile file(profilePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(sim.profileJson()).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(profilePath));
    file.close();

    std::vector<qint64> cli, wizard;
    for (int i = 0; i < 5; ++i) {
        cli.push_back(cliToFirstRequest(binary, profilePath, sim));
        wizard.push_back(wizardToFirstPage(binary));
    }
    const qint64 cliBest = *std::min_element(cli.begin(), cli.end());
    const qint64 wizardBest = *std::min_element(wizard.begin(), wizard.end());
    // Named relative to the checkout (build/app/dwhealth): no machine's own path in the figures.
    const QString shownBinary = QDir(QStringLiteral(DWH_SOURCE_DIR)).relativeFilePath(binary);
    std::printf("benchmark: start-up of %s (5 starts each)\n", qPrintable(shownBinary));
    std::printf("  CLI cold start to first request:   best %lld ms, median %lld ms (target <= 300)\n",
                cliBest, median(cli));
    std::printf("  wizard start to first page shown:  best %lld ms, median %lld ms (offscreen)\n",
                wizardBest, median(wizard));
    return cliBest >= 0 && median(cli) <= 300 ? 0 : 1;
}
