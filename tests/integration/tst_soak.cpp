// SPDX-License-Identifier: MIT
// Twenty full checks of the `large` scenario in a row in one process, over loopback HTTP to the
// simulator: every run ends the same way, and the resident set does not keep growing (a leak of
// even a few kilobytes per dataset row would show here). Prints the RSS figures.
#include "simharness.h"

#include <QFile>

using namespace dwh;

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private slots:
    void twentyChecksInARow()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("large")));
        constexpr int Warmup = 3;
        constexpr int Runs = 20;
        for (int i = 0; i < Warmup; ++i) {
            QVERIFY(run.run());
            QCOMPARE(run.report().exitCode(), 0);
        }
        const long before = residentKb();
        QVERIFY(before > 0);
        long peak = before;
        for (int i = 0; i < Runs; ++i) {
            QVERIFY(run.run());
            QCOMPARE(run.report().exitCode(), 0);
            QCOMPARE(run.report().summary().pass, run.report().summary().total());
            peak = std::max(peak, residentKb());
        }
        run.engine.reset();
        run.tokens.reset();
        const long after = residentKb();
        const long growthKb = after - before;
        qInfo("RSS over %d full checks of \"large\" (after %d warm-up runs): %.1f MB before, "
              "%.1f MB after, %.1f MB peak; growth %.1f MB (%.0f KB a run)",
              Runs, Warmup, before / 1024.0, after / 1024.0, peak / 1024.0, growthKb / 1024.0,
              double(growthKb) / Runs);
#ifdef DWHEALTH_SANITIZED
        QSKIP("ASan's quarantine holds freed memory: RSS says nothing here (LeakSanitizer checks leaks)");
#endif
        // A run holds several MB of rows; keeping even one run's data per run would pass 20 MB.
        // Pages are parsed on a thread pool, whose threads get malloc arenas of their own (a few
        // MB that stay mapped once used): the bound allows for them.
        QVERIFY2(growthKb < 16 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 KB over %2 runs").arg(growthKb).arg(Runs)));
    }
};

QTEST_GUILESS_MAIN(tst_Soak)
#include "tst_soak.moc"
