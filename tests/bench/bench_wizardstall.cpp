// SPDX-License-Identifier: MIT
// Benchmark: the longest stall of the wizard's event loop during a full check of "large" (the
// in-process simulator, 20 ms latency), offscreen. Prints two figures per run: the longest
// GUI-thread CPU time between two 10 ms ticks (the wizard's own work; target <= 16 ms, one
// frame, in a release build) and the longest wall-clock gap (also counts the thread not being scheduled on a
// loaded machine). A figure, not a test: timings belong here, not in CTest.
//
//   QT_QPA_PLATFORM=offscreen bench_wizardstall [runs]
#include "healthwizard.h"
#include "wizarddriver.h"
#include "wizardsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <memory>

#include <time.h>

using namespace dwh;
using namespace dwh::test;
using gui::HealthWizard;

namespace {

constexpr int RunTimeoutMs = 120000;

/** CPU time the calling thread has used, in milliseconds. */
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool waitForNext(HealthWizard &w)
{
    return QTest::qWaitFor([&] { return nextEnabled(w); }, RunTimeoutMs);
}

/** One run; false when the wizard did not get through. */
bool measure(qint64 *stall, qint64 *worstWall, qint64 *total)
{
    auto w = std::make_unique<HealthWizard>(true, QStringLiteral("large"));
    w->session()->setSimulatorLatencyMs(20);
    w->show();
    clickNext(*w);
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (!waitForNext(*w))
        return false;
    clickNext(*w);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = threadCpuMs();
    qint64 worstBusy = 0;
    *worstWall = 0;
    QTimer ticker;
    ticker.setInterval(10);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuMs();
        *worstWall = qMax(*worstWall, now - last);
        worstBusy = qMax(worstBusy, qMin(now - last, cpu - lastCpu));
        last = now;
        lastCpu = cpu;
    });
    clock.start();
    ticker.start();
    if (!waitForNext(*w))
        return false;
    clickNext(*w);
    if (w->currentId() != HealthWizard::Page_Dependencies || !waitForNext(*w))
        return false;
    ticker.stop();
    *stall = qMax<qint64>(0, worstBusy - ticker.interval());
    *total = clock.elapsed();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_wizardstall"));
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    for (int i = 0; i < runs; ++i) {
        qint64 stall = 0, wall = 0, total = 0;
        if (!measure(&stall, &wall, &total)) {
            std::fprintf(stderr, "run %d: the wizard did not finish the check\n", i + 1);
            return 1;
        }
        std::printf("run %d: longest event-loop stall %lld ms of GUI-thread work (target <= 16 ms); "
                    "longest wall-clock gap between 10 ms ticks %lld ms; check took %lld ms\n",
                    i + 1, stall, wall, total);
    }
    return 0;
}
