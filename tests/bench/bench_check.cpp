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
    QStringList pages;  // requests per dataset
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

// Longest chain of requests that must run one after another: the token request, then the pages
// of one dataset (each page needs the previous page's nextLink); dv.userRoles also waits for
// dv.whoami. The engine reads both steps' data at once (prefetch), so the chain is the longest
// over all datasets, not a sum per step.
int longestChain(const Snapshot &snapshot)
{
    int longest = 0;
    for (Dataset d : allDatasets()) {
        int chain = static_cast<int>(snapshot.get(d).evidence.size());
        if (d == Dataset::DvUserRoles)
            chain += static_cast<int>(snapshot.get(Dataset::DvWhoAmI).evidence.size());
        longest = std::max(longest, chain);
    }
    return longest + 1;
}

// concurrency 0: the defaults (16 per service, all services at once); n: at most n requests in
// flight in all, across services. pageSize 0: the defaults (5,000 Dataverse, 10,000 F&O).
Figures runOnce(const Profile &profile, int concurrency, int pageSize)
{
    EngineOptions options;
    options.collector.maxInFlightTotal = concurrency;
    if (pageSize > 0) {
        options.collector.dataversePageSize = pageSize;
        options.collector.foPageSize = pageSize;
    }
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
    f.chain = longestChain(engine.snapshot());
    f.exitCode = engine.report().exitCode();
    for (Dataset d : allDatasets())
        f.pages << QStringLiteral("%1:%2").arg(datasetName(d)).arg(engine.snapshot().get(d).evidence.size());
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

    const Figures parallel = runOnce(*profile, 0, 0);
    const long rssParallel = peakRssKb();
    const Figures serial = runOnce(*profile, 1, 0);
    const Figures paged = runOnce(*profile, 0, 1000);
    const Figures pagedSerial = runOnce(*profile, 1, 1000);
    simulator.kill();
    simulator.waitForFinished();

    std::printf("benchmark: full check of scenario 'large', %d ms simulated latency per request\n",
                latency);
    std::printf("  parallel = the defaults (16 per service, services at once); serial = one request "
                "at a time in all\n\n");
    const auto table = [latency](const char *title, const Figures &par, const Figures &ser) {
        const double boundMs = double(par.chain) * latency;
        std::printf("%s\n", title);
        std::printf("  %-28s %10s %10s\n", "", "parallel", "serial");
        std::printf("  %-28s %10lld %10lld\n", "wall time (ms)", par.wallMs, ser.wallMs);
        std::printf("  %-28s %10d %10d\n", "requests", par.requests, ser.requests);
        std::printf("  %-28s %10d %10d\n", "peak Dataverse concurrency", par.peakDataverse,
                    ser.peakDataverse);
        std::printf("  %-28s %10d %10d\n", "exit code", par.exitCode, ser.exitCode);
        std::printf("  critical path: %d dependent requests x %d ms = %.0f ms\n", par.chain,
                    latency, boundMs);
        std::printf("  ratio wall/bound: %.2f (target <= 1.5)\n", par.wallMs / boundMs);
        std::printf("  speed-up over serial: %.1fx (target >= 4)\n",
                    double(ser.wallMs) / double(par.wallMs));
        std::printf("  requests per dataset: %s\n\n", qPrintable(par.pages.join(QLatin1Char(' '))));
    };
    table("default page sizes", parallel, serial);
    table("1,000-row pages (every big dataset pages several times)", paged, pagedSerial);
    std::printf("peak RSS after the first parallel run: %.1f MB (target <= 150)\n",
                rssParallel / 1024.0);
    return parallel.exitCode == 0 && paged.exitCode == 0 ? 0 : 1;
}
