// SPDX-License-Identifier: MIT
// Benchmark: a full check of the `large` scenario with simulated latency, against the critical-path
// bound and against a run with concurrency 1. Prints figures measured in this one run.
//
//   bench_check [--latency-ms 50] [--binary path/to/dwhealth]
//
// The simulator runs as a separate `dwhealth simulate` process, so the figures (and peak RSS) are
// the client's alone.
#include "clientsecrettokenprovider.h"
#include "healthengine.h"
#include "ruleset.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <cstdio>

using namespace dwh;

namespace {

struct Figures
{
    qint64 wallMs = 0;
    int requests = 0;
    int peakDataverse = 0;
    int chain = 0;  // longest chain of dependent requests, summed over the two steps
    int exitCode = -1;
};

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Longest chain of requests that must run one after another in a step: the token request, then
// the pages of one dataset (each page needs the previous page's nextLink); dv.userRoles also waits
// for dv.whoami.
int stepChain(const Snapshot &snapshot, Step step, bool firstStep)
{
    int longest = 0;
    for (Dataset d : datasetsFor(step)) {
        int chain = static_cast<int>(snapshot.get(d).evidence.size());
        if (d == Dataset::DvUserRoles)
            chain += static_cast<int>(snapshot.get(Dataset::DvWhoAmI).evidence.size());
        longest = std::max(longest, chain);
    }
    return longest + (firstStep ? 1 : 0);
}

Figures runOnce(const Profile &profile, int concurrency)
{
    EngineOptions options;
    options.collector.dataversePageSize = 1000;
    options.collector.foPageSize = 1000;
    for (Service s : {Service::Entra, Service::Dataverse, Service::FinanceAndOperations,
                      Service::PowerPlatform})
        options.collector.limits[s].maxConcurrent = concurrency;
    ClientSecretTokenProvider tokens(profile, sim::Simulator::clientSecret().toUtf8());
    HealthEngine engine(profile, &tokens, options);
    QSignalSpy finished(&engine, &HealthEngine::finished);
    QElapsedTimer timer;
    timer.start();
    engine.runAll();
    if (!finished.wait(600000))
        qFatal("the check did not finish");
    Figures f;
    f.wallMs = timer.elapsed();
    const CollectorStats stats = engine.stats();
    f.requests = stats.requests;
    f.peakDataverse = stats.peakInFlight.value(Service::Dataverse);
    f.chain = stepChain(engine.snapshot(), Step::Prerequisites, true)
        + stepChain(engine.snapshot(), Step::Dependencies, false);
    f.exitCode = engine.report().exitCode();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int latency = 50;
    QString binary = QStringLiteral(DWHEALTH_BINARY);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--latency-ms"))
            latency = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--binary"))
            binary = args.at(i + 1);
    }

    QProcess simulator;
    simulator.start(binary, {QStringLiteral("simulate"), QStringLiteral("--scenario"),
                             QStringLiteral("large"), QStringLiteral("--latency-ms"),
                             QString::number(latency)});
    if (!simulator.waitForStarted() || !simulator.waitForReadyRead(30000))
        qFatal("cannot start %s simulate", qPrintable(binary));
    ProfileError error;
    const auto profile = parseProfile(simulator.readLine(), QStringLiteral("simulator"), &error);
    if (!profile)
        qFatal("%s", qPrintable(error.toString()));

    const Figures parallel = runOnce(*profile, 16);
    const long rssParallel = peakRssKb();
    const Figures serial = runOnce(*profile, 1);
    simulator.kill();
    simulator.waitForFinished();

    const double boundMs = double(parallel.chain) * latency;
    std::printf("benchmark: full check of scenario 'large', %d ms simulated latency per request\n",
                latency);
    std::printf("%-28s %12s %12s\n", "", "concurrency16", "concurrency1");
    std::printf("%-28s %12lld %12lld\n", "wall time (ms)", parallel.wallMs, serial.wallMs);
    std::printf("%-28s %12d %12d\n", "requests", parallel.requests, serial.requests);
    std::printf("%-28s %12d %12d\n", "peak Dataverse concurrency", parallel.peakDataverse,
                serial.peakDataverse);
    std::printf("%-28s %12d %12d\n", "exit code", parallel.exitCode, serial.exitCode);
    std::printf("critical path: %d dependent requests x %d ms = %.0f ms\n", parallel.chain, latency,
                boundMs);
    std::printf("ratio wall/bound: %.2f (target <= 1.5)\n", parallel.wallMs / boundMs);
    std::printf("speed-up over concurrency 1: %.1fx (target >= 4)\n",
                double(serial.wallMs) / double(parallel.wallMs));
    std::printf("peak RSS after the parallel run: %.1f MB (target <= 150)\n", rssParallel / 1024.0);
    return parallel.exitCode == 0 ? 0 : 1;
}
