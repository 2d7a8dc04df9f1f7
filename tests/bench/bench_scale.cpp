// SPDX-License-Identifier: MIT
// Benchmark: a full check of tenants of 1x, 10x and 100x the `large` scenario (the simulator's
// generator), printing per scale the rows read, wall time against the page-chain bound, CPU per
// row and peak RSS, beside a parse-and-keep floor measured in the same run. Prints figures; it
// asserts nothing about time.
//
//   bench_scale [--latency-ms 50] [--scales 1,10,100] [--page-size N] [--binary path/to/dwhealth]
//
// Each scale runs in a child process of its own (`bench_scale --one SCALE ...`), so its peak RSS
// is its own; the simulator is a further process (`dwhealth simulate`), so it is not counted.
// The floor: the rows read, written back as pages of the same size, parsed with QJsonDocument and
// kept as QJsonObjects, in the same child after the check (CPU per row).
#include "clientsecrettokenprovider.h"
#include "healthengine.h"
#include "ruleset.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace dwh;

namespace {

// The `large` scenario's generated counts (resources/scenarios/large.json); the selection stays
// at 30 legal entities: the tenant grows, not what is synchronised.
constexpr int LargeCompanies = 2997;
constexpr int LargeRuntimeConfigs = 2000;
constexpr int Selected = 30;

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

/** CPU time of this process (all threads), user + system, in microseconds. */
qint64 cpuMicros()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000
         + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

/** The longest chain of requests that must follow one another (see bench_check). */
int longestChain(const Snapshot &snapshot)
{
    int longest = 0;
    for (Dataset d : allDatasets()) {
        int chain = int(snapshot.get(d).evidence.size());
        if (d == Dataset::DvUserRoles)
            chain += int(snapshot.get(Dataset::DvWhoAmI).evidence.size());
        longest = std::max(longest, chain);
    }
    return longest + 1;
}

/** Parse-and-keep of the rows read, as pages of `pageSize` rows: CPU microseconds. */
qint64 floorMicros(const Snapshot &snapshot, int pageSize, qint64 *rowsKept)
{
    QList<QByteArray> pages;
    for (Dataset d : allDatasets()) {
        const QList<QJsonObject> &rows = snapshot.get(d).rows;
        for (qsizetype at = 0; at < rows.size(); at += pageSize) {
            QJsonArray value;
            for (qsizetype i = at; i < std::min(rows.size(), at + pageSize); ++i)
                value.append(rows.at(i));
            pages << QJsonDocument(QJsonObject{{QStringLiteral("value"), value}})
                         .toJson(QJsonDocument::Compact);
        }
    }
    QList<QJsonObject> kept;
    const qint64 start = cpuMicros();
    for (const QByteArray &page : std::as_const(pages)) {
        const QJsonArray value = QJsonDocument::fromJson(page).object()
                                     .value(QLatin1String("value")).toArray();
        for (const QJsonValue &row : value)
            kept.append(row.toObject());
    }
    const qint64 spent = cpuMicros() - start;
    *rowsKept = kept.size();
    return spent;
}

/** One scale in this process: prints one line of figures (key=value) on stdout. */
int runOne(int scale, int latency, int pageSize, const QString &binary)
{
    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("scale.json"));
    QFile scenario(scenarioPath);
    if (!scenario.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(scenarioPath));
    scenario.write(QJsonDocument(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("large-x%1").arg(scale)},
        {QStringLiteral("description"), QStringLiteral("large, %1 times").arg(scale)},
        {QStringLiteral("base"), QStringLiteral("healthy")},
        {QStringLiteral("generate"),
         QJsonObject{{QStringLiteral("companies"), LargeCompanies * scale},
                     {QStringLiteral("selectedLegalEntities"), Selected},
                     {QStringLiteral("runtimeConfigs"), LargeRuntimeConfigs * scale}}}})
                       .toJson());
    scenario.close();

    QProcess simulator;
    simulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    simulator.start(binary, {QStringLiteral("simulate"), QStringLiteral("--scenario"), scenarioPath,
                             QStringLiteral("--latency-ms"), QString::number(latency)});
    if (!simulator.waitForStarted() || !simulator.waitForReadyRead(600000))
        qFatal("cannot start %s simulate", qPrintable(binary));
    ProfileError error;
    const auto profile = parseProfile(simulator.readLine(), QStringLiteral("simulator"), &error);
    if (!profile)
        qFatal("%s", qPrintable(error.toString()));

    EngineOptions options;
    if (pageSize > 0) {
        options.collector.dataversePageSize = pageSize;
        options.collector.foPageSize = pageSize;
    }
    ClientSecretTokenProvider tokens(*profile, sim::Simulator::clientSecret().toUtf8());
    HealthEngine engine(*profile, &tokens, options);
    QSignalSpy finished(&engine, &HealthEngine::finished);
    const qint64 cpuStart = cpuMicros();
    QElapsedTimer timer;
    timer.start();
    engine.runAll();
    if (!finished.wait(3600000))
        qFatal("the check did not finish");
    const qint64 wallMs = timer.elapsed();
    const qint64 cpu = cpuMicros() - cpuStart;
    const long rssKb = peakRssKb();
    simulator.kill();
    simulator.waitForFinished();

    qint64 rows = 0;
    int largestPage = 0;
    for (Dataset d : allDatasets()) {
        const DatasetResult &result = engine.snapshot().get(d);
        rows += result.rows.size();
        if (!result.evidence.isEmpty())
            largestPage = std::max<int>(largestPage, int((result.rows.size() + result.evidence.size() - 1)
                                                         / result.evidence.size()));
    }
    qint64 floorRows = 0;
    const qint64 floor = floorMicros(engine.snapshot(), pageSize > 0 ? pageSize : 5000, &floorRows);
    const int chain = longestChain(engine.snapshot());
    std::printf("scale=%d rows=%lld wallMs=%lld chain=%d cpuUs=%lld rssKb=%ld floorUs=%lld "
                "floorRows=%lld exit=%d\n",
                scale, rows, wallMs, chain, cpu, rssKb, floor, floorRows,
                engine.report().exitCode());
    std::fflush(stdout);
    return 0;
}

QHash<QString, QString> fields(const QByteArray &line)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : line.trimmed().split(' ')) {
        const int eq = pair.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(pair.left(eq)), QString::fromUtf8(pair.mid(eq + 1)));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int latency = 50;
    int pageSize = 0;
    int one = 0;
    QString scales = QStringLiteral("1,10,100");
    QString binary = QStringLiteral(DWHEALTH_BINARY);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--latency-ms"))
            latency = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--page-size"))
            pageSize = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--scales"))
            scales = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--binary"))
            binary = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--one"))
            one = args.at(i + 1).toInt();
    }
    if (one > 0)
        return runOne(one, latency, pageSize, binary);

    std::printf("benchmark: full check of 'large' x N (generated), %d ms simulated latency, %s\n",
                latency,
                pageSize > 0 ? qPrintable(QStringLiteral("%1-row pages").arg(pageSize))
                             : "default pages (Dataverse 5,000, F&O 10,000)");
    std::printf("  bound = longest chain of dependent requests x latency; floor = QJsonDocument\n"
                "  parse-and-keep of the same rows as pages, in the same process\n\n");
    std::printf("  %6s %9s %9s %9s %6s %10s %10s %8s %8s %5s\n", "scale", "rows", "wall ms",
                "bound ms", "w/b", "CPU us/row", "floor/row", "CPU/flr", "RSS MB", "exit");
    bool allOk = true;
    for (const QString &s : scales.split(QLatin1Char(','))) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(app.applicationFilePath(),
                    {QStringLiteral("--one"), s, QStringLiteral("--latency-ms"),
                     QString::number(latency), QStringLiteral("--page-size"),
                     QString::number(pageSize), QStringLiteral("--binary"), binary});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::printf("  %6s failed\n", qPrintable(s));
            allOk = false;
            continue;
        }
        const QHash<QString, QString> f = fields(child.readAllStandardOutput());
        const double rows = f.value(QStringLiteral("rows")).toDouble();
        const double bound = f.value(QStringLiteral("chain")).toDouble() * latency;
        const double wall = f.value(QStringLiteral("wallMs")).toDouble();
        const double cpuPerRow = rows > 0 ? f.value(QStringLiteral("cpuUs")).toDouble() / rows : 0;
        const double floorRows = f.value(QStringLiteral("floorRows")).toDouble();
        const double floorPerRow =
            floorRows > 0 ? f.value(QStringLiteral("floorUs")).toDouble() / floorRows : 0;
        std::printf("  %5sx %9.0f %9.0f %9.0f %6.2f %10.2f %10.2f %8.2f %8.1f %5s\n",
                    qPrintable(s), rows, wall, bound, bound > 0 ? wall / bound : 0.0, cpuPerRow,
                    floorPerRow, floorPerRow > 0 ? cpuPerRow / floorPerRow : 0.0,
                    f.value(QStringLiteral("rssKb")).toDouble() / 1024.0,
                    qPrintable(f.value(QStringLiteral("exit"))));
        std::fflush(stdout);
    }
    std::printf("\n  goals (issue 16): CPU within 3x the floor; wall <= 1.5x the bound at 10x\n"
                "  (default pages, 50 ms), <= 1.2x on 1x; RSS <= 100 MB at 10x, <= 300 MB at 100x\n");
    return allOk ? 0 : 1;
}
