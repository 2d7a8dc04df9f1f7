// SPDX-License-Identifier: MIT
#include "reportpage.h"

#include "ui_reportpage.h"

#include "report.h"
#include "reportwriter.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace dwh::gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString iconHtml(CheckStatus status)
{
    // statusLineHtml() escapes its text; an empty text leaves just the icon.
    return statusLineHtml(status, QString());
}

} // namespace

ReportPage::ReportPage(WizardSession *session, QWidget *parent)
    : SessionPage(session, parent)
    , m_ui(std::make_unique<Ui::ReportPage>())
{
    m_ui->setupUi(content());
    setTitle(tr("Report"));
    setSubTitle(tr("The outcome of the health check. Save it as JSON to keep it or to compare "
                   "it with a later run."));
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReportPage::onSaveClicked);
}

ReportPage::~ReportPage() = default;

QString ReportPage::defaultFileName(const QString &profileName, const QDate &date)
{
    QString name = profileName.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    if (name.isEmpty())
        name = QStringLiteral("profile");
    return QStringLiteral("dwhealth-%1-%2.json").arg(name, date.toString(Qt::ISODate));
}

void ReportPage::initializePage()
{
    const Report &report = session()->report();
    const ReportSummary s = report.summary();
    CheckStatus worst = CheckStatus::Pass;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks) {
            if (c.status != CheckStatus::Skipped && severity(c.status) > severity(worst))
                worst = c.status;
        }
    }
    QString verdict;
    switch (report.exitCode()) {
    case 0:
        verdict = s.warning > 0 ? tr("Healthy, with warnings to review.")
                                : tr("Healthy: every check passed.");
        break;
    case 1:
        verdict = tr("Not healthy: at least one check failed.");
        break;
    default:
        verdict = tr("Incomplete: some checks could not be evaluated.");
        break;
    }
    m_ui->verdictLabel->setText(statusLineHtml(worst, verdict));

    QString html = QStringLiteral("<h3>%1</h3><p>").arg(esc(report.profileName));
    html += tr("Dataverse: %1<br>Finance and operations: %2<br>Checked %3 to %4 (UTC)<br>"
               "dwhealth %5, ruleset %6")
                .arg(esc(report.dataverseUrl), esc(report.foUrl),
                     esc(report.startedAt.toUTC().toString(Qt::ISODate)),
                     esc(report.finishedAt.toUTC().toString(Qt::ISODate)), esc(report.toolVersion),
                     esc(report.ruleset));
    if (session()->isSimulated())
        html += QStringLiteral("<br><b>%1</b>").arg(esc(tr("Simulated environment: scenario %1")
                                                             .arg(session()->scenario())));
    html += QStringLiteral("</p><table cellspacing=\"0\" cellpadding=\"4\">");
    const QList<QPair<CheckStatus, int>> counts = {{CheckStatus::Pass, s.pass},
                                                   {CheckStatus::Fail, s.fail},
                                                   {CheckStatus::Warning, s.warning},
                                                   {CheckStatus::Unknown, s.unknown},
                                                   {CheckStatus::Skipped, s.skipped}};
    for (const auto &[status, n] : counts) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\"><b>%3</b></td></tr>")
                    .arg(iconHtml(status), esc(statusText(status)), QString::number(n));
    }
    html += QStringLiteral("</table>");
    for (const StepResult &step : report.steps) {
        html += QStringLiteral("<h4>%1 &mdash; %2</h4>")
                    .arg(esc(step.id == Step::Prerequisites ? tr("Prerequisite health check")
                                                            : tr("Dependency validation")),
                         esc(statusText(step.status())));
        if (!step.note.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(step.note));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const CheckResult &c : step.checks) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(iconHtml(c.status), esc(statusText(c.status)), esc(c.title),
                             esc(c.codes.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</table>");
    }
    m_ui->summaryBrowser->setHtml(html);
    m_ui->savedLabel->clear();
}

void ReportPage::onSaveClicked()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name = defaultFileName(session()->report().profileName, QDate::currentDate());
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Save JSON report"), QDir(dir).filePath(name),
                                   tr("JSON report (*.json)"));
    dialog->setObjectName(QStringLiteral("saveReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &ReportPage::onFileSelected);
    dialog->open();
}

void ReportPage::onFileSelected(const QString &path)
{
    QString error;
    if (writeReport(session()->report(), QStringLiteral("json"), path, &error)) {
        m_ui->savedLabel->setText(statusLineHtml(CheckStatus::Pass,
                                                 tr("Saved to %1").arg(QDir::toNativeSeparators(path))));
    } else {
        m_ui->savedLabel->setText(statusLineHtml(CheckStatus::Fail, tr("Not saved: %1").arg(error)));
    }
}

} // namespace dwh::gui
