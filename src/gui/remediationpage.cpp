// SPDX-License-Identifier: MIT
#include "remediationpage.h"

#include "ui_remediationpage.h"

#include "checkhtml.h"
#include "report.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QClipboard>
#include <QGuiApplication>

namespace dwh::gui {

RemediationPage::RemediationPage(WizardSession *session, QWidget *parent)
    : SessionPage(session, parent)
    , m_ui(std::make_unique<Ui::RemediationPage>())
{
    m_ui->setupUi(content());
    setTitle(tr("Remediation"));
    setSubTitle(tr("What to do about each finding, as Microsoft documents it. After fixing, go "
                   "back and re-run the checks."));
    connect(m_ui->copyButton, &QPushButton::clicked, this, &RemediationPage::onCopyClicked);
}

RemediationPage::~RemediationPage() = default;

void RemediationPage::initializePage()
{
    const Report &report = session()->report();
    const ReportSummary s = report.summary();
    const int findings = s.fail + s.warning + s.unknown;
    CheckStatus worst = CheckStatus::Pass;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks) {
            if (c.status != CheckStatus::Skipped && severity(c.status) > severity(worst))
                worst = c.status;
        }
    }
    m_ui->summaryLabel->setText(statusLineHtml(
        worst, findings == 0 ? tr("No findings: every check that ran passed.")
                             : tr("Findings that need attention: %1 (failed: %2, warnings: %3, "
                                  "could not be evaluated: %4).")
                                   .arg(findings).arg(s.fail).arg(s.warning).arg(s.unknown)));
    m_ui->remediationBrowser->setHtml(remediationHtml(report));
    m_ui->copyButton->setEnabled(findings > 0);
}

void RemediationPage::onCopyClicked()
{
    QStringList parts;
    for (const StepResult &step : session()->report().steps) {
        for (const CheckResult &c : step.checks) {
            if (c.status == CheckStatus::Fail || c.status == CheckStatus::Warning
                || c.status == CheckStatus::Unknown)
                parts << checkDetailsText(c);
        }
    }
    QGuiApplication::clipboard()->setText(parts.join(QStringLiteral("\n\n")));
}

} // namespace dwh::gui
