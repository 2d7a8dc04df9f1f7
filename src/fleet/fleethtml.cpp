// SPDX-License-Identifier: MIT
// The fleet summary as HTML (also the PDF's source).
#include "fleethtml.h"

#include "fleetsummary.h"
#include "reportcontent.h"

#include <QCoreApplication>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::FleetHtml)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString statusCell(const QString &status)
{
    CheckStatus s = CheckStatus::Skipped;
    if (status.isEmpty() || !checkStatusFromString(status, &s))
        return QStringLiteral("<td>—</td>");
    return QStringLiteral("<td style=\"background:%1;color:#ffffff\">%2</td>")
        .arg(content::statusColor(s), esc(content::statusLabel(s)));
}

QString exitText(int exitCode)
{
    switch (exitCode) {
    case 0: return Tr::tr("passed");
    case 1: return Tr::tr("failed");
    case 3: return Tr::tr("incomplete");
    default: return Tr::tr("not run");
    }
}

QString changeText(const FleetEnvironmentResult &e)
{
    if (!e.ran)
        return esc(e.problem);
    if (!e.hasPrevious)
        return Tr::tr("first run");
    if (!e.changed())
        return Tr::tr("no change since %1").arg(esc(e.previousStartedAt));
    return Tr::tr("since %1: %2 new, %3 fixed, %4 status changes")
        .arg(esc(e.previousStartedAt))
        .arg(e.newFindings.size())
        .arg(e.fixedFindings.size())
        .arg(e.statusChanges.size());
}

} // namespace

QString columnTitle(const QString &column)
{
    if (column == QLatin1String("prerequisites"))
        return Tr::tr("Prerequisites");
    return column;  // the product's group name, as it shows it
}

QString fleetHtml(const FleetSummary &summary)
{
    const ReportSummary t = summary.totals();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body{font-family:sans-serif;margin:1.5em}"
                        "table{border-collapse:collapse;margin-bottom:1.5em}"
                        "th,td{border:1px solid #999;padding:4px 8px;text-align:left}"
                        "th{background:#eeeeee}</style></head><body>\n")
             .arg(esc(Tr::tr("Dual-write health check: fleet summary")));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(Tr::tr("Dual-write health check: fleet summary")));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(Tr::tr("%1 environments, %2 changed since their previous run. Started %3, "
                             "finished %4.")
                          .arg(summary.environments.size())
                          .arg(summary.changedCount())
                          .arg(content::timestamp(summary.startedAt),
                               content::timestamp(summary.finishedAt))));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(Tr::tr("Checks: %1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.")
                          .arg(t.pass).arg(t.fail).arg(t.warning).arg(t.unknown).arg(t.skipped)));

    h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th>")
             .arg(esc(Tr::tr("Environments")), esc(Tr::tr("Environment")));
    for (const QString &column : FleetSummary::matrixColumns())
        h += QStringLiteral("<th>%1</th>").arg(esc(columnTitle(column)));
    h += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th></tr>\n")
             .arg(esc(Tr::tr("Result")), esc(Tr::tr("Since the previous run")),
                  esc(Tr::tr("Report")));
    for (const FleetEnvironmentResult &e : summary.environments) {
        h += QStringLiteral("<tr><td>%1<br><small>%2</small></td>")
                 .arg(esc(e.name), esc(e.profilePath));
        for (const QString &column : FleetSummary::matrixColumns())
            h += statusCell(e.matrix.value(column));
        h += QStringLiteral("<td>%1 (%2)</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(esc(exitText(e.exitCode)))
                 .arg(e.exitCode)
                 .arg(changeText(e),
                      e.reportFile.isEmpty()
                          ? QStringLiteral("—")
                          : QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(e.reportFile)));
    }
    h += QStringLiteral("</table>\n");

    const QList<FleetFinding> findings = summary.worstFindings();
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Findings, worst first")));
    if (findings.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("No findings.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                 .arg(esc(Tr::tr("Status")), esc(Tr::tr("Environment")), esc(Tr::tr("Check")),
                      esc(Tr::tr("Code")), esc(Tr::tr("Message")));
        for (const FleetFinding &f : findings) {
            h += QStringLiteral("<tr>") + statusCell(f.finding.status)
                + QStringLiteral("<td>%1</td><td>%2%3</td><td>%4</td><td>%5</td></tr>\n")
                      .arg(esc(f.environment), esc(f.finding.checkId),
                           f.isNew ? QStringLiteral(" <b>%1</b>").arg(esc(Tr::tr("new"))) : QString(),
                           esc(f.finding.code), esc(f.finding.message));
        }
        h += QStringLiteral("</table>\n");
    }

    bool anyFixed = false;
    for (const FleetEnvironmentResult &e : summary.environments)
        anyFixed = anyFixed || !e.fixedFindings.isEmpty();
    if (anyFixed) {
        h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(Tr::tr("Fixed since the previous run")));
        for (const FleetEnvironmentResult &e : summary.environments) {
            for (const DiffFinding &f : e.fixedFindings)
                h += QStringLiteral("<li>%1: %2 %3</li>\n")
                         .arg(esc(e.name), esc(f.checkId), esc(f.code));
        }
        h += QStringLiteral("</ul>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace dwh::fleet
