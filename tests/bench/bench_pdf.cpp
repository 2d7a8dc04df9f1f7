// SPDX-License-Identifier: MIT
// Benchmark: the PDF of a report with 2,000 findings. Prints the wall time, the CPU time of the
// rendering and the peak RSS (VmHWM) of this process beside their targets (issue 16: < 1 s, < 150 MB).
//
//   bench_pdf [--findings N] [--output FILE]
#include "pdfwriter.h"
#include "samplereports.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

#include <sys/resource.h>

namespace {

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

// User plus system CPU time of this process, in seconds.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int findings = 2000;
    QString output;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--findings"))
            findings = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--output"))
            output = args.at(++i);
    }
    const dwh::Report report = dwh::test::largeReport(findings);
    const long rssBefore = peakRssKb();

    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const QByteArray pdf = dwh::renderPdf(report);
    const qint64 ms = timer.elapsed();
    const double cpu = cpuSeconds() - cpuBefore;
    const long rss = peakRssKb();

    if (!output.isEmpty()) {
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            std::fprintf(stderr, "bench_pdf: cannot write %s\n", qPrintable(output));
            return 2;
        }
    }
    std::printf("PDF of a report with %d findings: %.1f MB\n", findings, pdf.size() / 1048576.0);
    std::printf("  wall time   %7.2f s    target < 1 s     %s\n", ms / 1000.0,
                ms < 1000 ? "ok" : "MISSED");
    std::printf("  CPU time    %7.2f s\n", cpu);
    std::printf("  peak RSS    %7.1f MB   target < 150 MB  %s  (%.1f MB before rendering)\n",
                rss / 1024.0, rss >= 0 && rss < 150 * 1024 ? "ok" : "MISSED", rssBefore / 1024.0);
    return pdf.isEmpty() ? 1 : 0;
}
