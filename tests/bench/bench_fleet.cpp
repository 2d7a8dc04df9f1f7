// SPDX-License-Identifier: MIT
// Benchmark: a fleet of simulated environments (default 50 at 50 ms latency) checked by one
// `dwhealth check --profiles DIR` process. Prints the wall time against the bound of issue 18
// (the slowest single environment's run × ⌈environments / parallel⌉, target 1.5×), the peak
// concurrent requests each service saw (limit 52 per host) and the dwhealth process's peak RSS
// (target 300 MB). A program printing figures, not a timed test.
//
//   bench_fleet [--environments 50] [--latency-ms 50] [--parallel 8] [--binary path/to/dwhealth]
//
// All environments share one simulator (one tenant, one host per service): the hardest case for
// the shared 52-request budget. The simulator runs in this process and answers over loopback.
#include "simulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using dwh::sim::Simulator;

namespace {

struct Run
{
    qint64 wallMs = 0;
    int exitCode = -1;
    QByteArray err;
};

Run runDwhealth(const QString &binary, const QStringList &args, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DWHEALTH_CLIENT_SECRET"), Simulator::clientSecret());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    p.start(binary, args);
    Run r;
    if (!p.waitForStarted(20000) || !finished.wait(900000))
        return r;
    r.wallMs = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = p.readAllStandardError();
    return r;
}

long childrenPeakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;  // kilobytes on Linux
}

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int environments = std::max(1, intArg(args, QStringLiteral("--environments"), 50));
    const int latencyMs = intArg(args, QStringLiteral("--latency-ms"), 50);
    const int parallel = std::clamp(intArg(args, QStringLiteral("--parallel"), 8), 1, 52);
    const int binaryAt = args.indexOf(QStringLiteral("--binary"));
    const QString binary = binaryAt >= 0 && binaryAt + 1 < args.size() ? args.at(binaryAt + 1)
                                                                       : QStringLiteral(DWHEALTH_BINARY);

    Simulator simulator;
    QString error;
    if (!simulator.loadScenario(QStringLiteral("healthy"), &error) || !simulator.start(&error)) {
        std::fprintf(stderr, "bench_fleet: simulator: %s\n", qPrintable(error));
        return 1;
    }
    simulator.setLatencyMs(latencyMs);
    QTemporaryDir dir;
    const QString profiles = dir.filePath(QStringLiteral("profiles"));
    QDir().mkpath(profiles);
    for (int i = 0; i < environments; ++i) {
        QJsonObject json = simulator.profileJson();
        json.insert(QStringLiteral("name"), QStringLiteral("Environment %1").arg(i + 1, 2, 10, QLatin1Char('0')));
        QFile f(QDir(profiles).filePath(QStringLiteral("env%1.json").arg(i + 1, 2, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(json).toJson());
    }

    // The slowest single environment: each environment alone is the same here, so three runs of
    // one, the slowest taken.
    qint64 single = 0;
    for (int i = 0; i < 3; ++i) {
        const Run one = runDwhealth(binary, {QStringLiteral("check"), QStringLiteral("--profile"),
                                             QDir(profiles).filePath(QStringLiteral("env01.json")),
                                             QStringLiteral("--no-history"), QStringLiteral("--no-progress"),
                                             QStringLiteral("--output"), dir.filePath(QStringLiteral("one.json"))},
                                    dir.filePath(QStringLiteral("data")));
        if (one.exitCode != 0) {
            std::fprintf(stderr, "bench_fleet: single run exit %d\n%s", one.exitCode, one.err.constData());
            return 1;
        }
        single = std::max(single, one.wallMs);
    }
    const long rssBeforeKb = childrenPeakRssKb();

    simulator.resetStats();
    const Run fleet = runDwhealth(binary, {QStringLiteral("check"), QStringLiteral("--profiles"), profiles,
                                           QStringLiteral("--output-dir"), dir.filePath(QStringLiteral("out")),
                                           QStringLiteral("--parallel"), QString::number(parallel),
                                           QStringLiteral("--parallel-per-tenant"), QString::number(parallel),
                                           QStringLiteral("--no-history"), QStringLiteral("--no-progress")},
                                  dir.filePath(QStringLiteral("data")));
    QFile summaryFile(dir.filePath(QStringLiteral("out/fleet.json")));
    summaryFile.open(QIODevice::ReadOnly);
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object()
                                    .value(QStringLiteral("summary")).toObject();
    const int rounds = int(std::ceil(double(environments) / parallel));
    const qint64 bound = single * rounds;
    std::printf("bench_fleet: %d environments, %d ms latency, --parallel %d (per tenant %d)\n",
                environments, latencyMs, parallel, parallel);
    std::printf("  fleet exit code                 %d (%d passed checks, %d not passed)\n", fleet.exitCode,
                summary.value(QStringLiteral("pass")).toInt(),
                summary.value(QStringLiteral("fail")).toInt() + summary.value(QStringLiteral("unknown")).toInt()
                    + summary.value(QStringLiteral("warning")).toInt());
    std::printf("  slowest single environment      %lld ms\n", single);
    std::printf("  bound: single x ceil(%d/%d)=%d  %lld ms\n", environments, parallel, rounds, bound);
    std::printf("  fleet wall time                 %lld ms = %.2f x the bound (target <= 1.5)\n",
                fleet.wallMs, bound > 0 ? double(fleet.wallMs) / double(bound) : 0.0);
    for (const char *service : {"entra", "dataverse", "financeAndOperations", "powerPlatform"})
        std::printf("  peak concurrent requests %-22s %3d (limit 52), %d requests\n", service,
                    simulator.peakInFlight(QLatin1String(service)),
                    simulator.requestCount(QLatin1String(service)));
    const long rssKb = childrenPeakRssKb();
    std::printf("  peak RSS of dwhealth            %.1f MB (target < 300 MB)%s\n", rssKb / 1024.0,
                rssKb > rssBeforeKb ? "" : " (no larger than a single run's)");
    return fleet.exitCode < 0 ? 1 : 0;
}
