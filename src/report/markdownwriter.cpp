// SPDX-License-Identifier: MIT
// The Markdown report: summary, a table per step, each finding with its fix.
#include "markdownwriter.h"

#include "simulatedenvironment.h"

#include "report.h"
#include "reportcontent.h"

#include <QCoreApplication>

namespace dwh {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::MarkdownWriter)
};

// Markdown table cells: no pipes or line breaks from server data.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// "**FAIL**", in the report's language ("**FEHLGESCHLAGEN**").
QString statusBadge(CheckStatus status)
{
    return QStringLiteral("**") + content::statusLabel(status).toUpper() + QStringLiteral("**");
}

} // namespace

QByteArray renderMarkdown(const Report &report)
{
    QString md;
    md += QStringLiteral("# ") + Tr::tr("Dual-write health check: %1").arg(report.profileName) + QStringLiteral("\n\n");
    if (report.simulated)
        md += QStringLiteral("> **") + simulatedEnvironmentNotice() + QStringLiteral("**\n\n");
    md += QStringLiteral("- ") + Tr::tr("Dataverse: %1").arg(report.dataverseUrl) + QLatin1Char('\n');
    md += QStringLiteral("- ") + Tr::tr("Finance and operations: %1").arg(report.foUrl) + QLatin1Char('\n');
    md += QStringLiteral("- ") + Tr::tr("Run: %1 to %2 (UTC)")
              .arg(report.startedAt.toUTC().toString(Qt::ISODate),
                   report.finishedAt.toUTC().toString(Qt::ISODate)) + QLatin1Char('\n');
    md += QStringLiteral("- ") + Tr::tr("dwhealth %1, ruleset %2").arg(report.toolVersion, report.ruleset) + QStringLiteral("\n\n");
    const ReportSummary s = report.summary();
    md += Tr::tr("**%1 passed, %2 failed, %3 warnings, %4 unknown, %5 skipped.**")
              .arg(s.pass).arg(s.fail).arg(s.warning).arg(s.unknown).arg(s.skipped)
        + QStringLiteral("\n\n");

    for (const StepResult &step : report.steps) {
        md += QStringLiteral("## ") + content::stepTitle(step.id) + QStringLiteral(": ") + statusBadge(step.status()) + QStringLiteral("\n\n");
        if (!step.note.isEmpty())
            md += QStringLiteral("> ") + cell(step.note) + QStringLiteral("\n\n");
        md += QStringLiteral("| ") + Tr::tr("Status") + QStringLiteral(" | ") + Tr::tr("Code") + QStringLiteral(" | ")
            + Tr::tr("Check") + QStringLiteral(" | ") + Tr::tr("Message") + QStringLiteral(" |\n|---|---|---|---|\n");
        for (const CheckResult &c : step.checks) {
            const QString title = c.group.isEmpty() ? c.title
                                                    : c.title + QStringLiteral(" (") + c.group + QLatin1Char(')');
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(statusBadge(c.status), cell(c.codes.join(QStringLiteral(", "))),
                           cell(title), cell(c.message));
        }
        md += QLatin1Char('\n');
    }

    bool heading = false;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks) {
            if (c.status == CheckStatus::Pass || c.status == CheckStatus::Skipped)
                continue;
            if (!heading) {
                md += QStringLiteral("## ") + Tr::tr("Findings and fixes") + QStringLiteral("\n\n");
                heading = true;
            }
            md += QStringLiteral("### ") + statusBadge(c.status) + QLatin1Char(' ')
                + (c.codes.isEmpty() ? QString() : c.codes.join(QStringLiteral(", ")) + QStringLiteral(" "))
                + cell(c.title) + QStringLiteral("\n\n") + QLatin1Char('`') + content::checkPlace(c)
                + QStringLiteral("`\n\n");
            if (!c.microsoftDescription.isEmpty())
                md += QStringLiteral("> ") + cell(content::microsoftLine(c)) + QStringLiteral("\n\n");
            md += c.message + QStringLiteral("\n\n");
            if (!c.remediation.summary.isEmpty())
                md += QStringLiteral("**") + Tr::tr("Fix") + QStringLiteral(":** ") + c.remediation.summary + QStringLiteral("\n\n");
            for (int i = 0; i < c.remediation.steps.size(); ++i)
                md += QStringLiteral("%1. %2\n").arg(i + 1).arg(c.remediation.steps.at(i));
            if (!c.remediation.steps.isEmpty())
                md += QLatin1Char('\n');
            if (!c.remediation.docUrl.isEmpty())
                md += Tr::tr("Documentation: %1").arg(c.remediation.docUrl) + QStringLiteral("\n\n");
        }
    }
    return md.toUtf8();
}

} // namespace dwh
