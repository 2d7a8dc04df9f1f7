// SPDX-License-Identifier: MIT
// The fleet summary in Markdown.
#include "fleetmarkdown.h"

#include "fleethtml.h"
#include "fleetsummary.h"
#include "reportcontent.h"

#include <QCoreApplication>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::FleetMarkdown)
};

/** A table cell: no line breaks, pipes escaped. */
QString cell(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString statusText(const QString &status)
{
    CheckStatus s = CheckStatus::Skipped;
    if (status.isEmpty() || !checkStatusFromString(status, &s))
        return QStringLiteral("—");
    return content::statusLabel(s);
}

} // namespace

QString fleetMarkdown(const FleetSummary &summary)
{
    const ReportSummary t = summary.totals();
    QString m;
    m += QStringLiteral("# %1\n\n").arg(Tr::tr("Dual-write health check: fleet summary"));
    m += Tr::tr("%1 environments, %2 changed since their previous run. Checks: %3 passed, "
                "%4 failed, %5 warnings, %6 unknown, %7 skipped.")
             .arg(summary.environments.size())
             .arg(summary.changedCount())
             .arg(t.pass).arg(t.fail).arg(t.warning).arg(t.unknown).arg(t.skipped)
        + QStringLiteral("\n\n");
    m += QStringLiteral("| %1 |").arg(Tr::tr("Environment"));
    QString rule = QStringLiteral("|---|");
    for (const QString &column : FleetSummary::matrixColumns()) {
        m += QStringLiteral(" %1 |").arg(cell(columnTitle(column)));
        rule += QStringLiteral("---|");
    }
    m += QStringLiteral(" %1 | %2 | %3 |\n").arg(Tr::tr("Exit"), Tr::tr("Since the previous run"),
                                                 Tr::tr("Report"));
    m += rule + QStringLiteral("---|---|---|\n");
    for (const FleetEnvironmentResult &e : summary.environments) {
        m += QStringLiteral("| %1 |").arg(cell(e.name));
        for (const QString &column : FleetSummary::matrixColumns())
            m += QStringLiteral(" %1 |").arg(statusText(e.matrix.value(column)));
        QString change;
        if (!e.ran)
            change = e.problem;
        else if (!e.hasPrevious)
            change = Tr::tr("first run");
        else
            change = Tr::tr("%1 new, %2 fixed, %3 status changes")
                         .arg(e.newFindings.size())
                         .arg(e.fixedFindings.size())
                         .arg(e.statusChanges.size());
        m += QStringLiteral(" %1 | %2 | %3 |\n")
                 .arg(QString::number(e.exitCode), cell(change),
                      e.reportFile.isEmpty() ? QStringLiteral("—") : cell(e.reportFile));
    }
    m += QStringLiteral("\n## %1\n\n").arg(Tr::tr("Findings, worst first"));
    const QList<FleetFinding> findings = summary.worstFindings();
    if (findings.isEmpty())
        return m + Tr::tr("No findings.") + QStringLiteral("\n");
    m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
             .arg(Tr::tr("Status"), Tr::tr("Environment"), Tr::tr("Check"), Tr::tr("Code"),
                  Tr::tr("Message"));
    for (const FleetFinding &f : findings) {
        m += QStringLiteral("| %1 | %2 | %3%4 | %5 | %6 |\n")
                 .arg(statusText(f.finding.status), cell(f.environment), cell(f.finding.checkId),
                      f.isNew ? QStringLiteral(" **%1**").arg(Tr::tr("new")) : QString(),
                      cell(f.finding.code), cell(f.finding.message));
    }
    return m;
}

} // namespace dwh::fleet
