// SPDX-License-Identifier: MIT
#include "resetrecheckpage.h"

#include "resetwalkthrough.h"

#include "ui_resetrecheckpage.h"

#include "report.h"
#include "sessionrecheck.h"
#include "statusicons.h"

#include <QHeaderView>

namespace dwh::gui {

ResetRecheckPage::ResetRecheckPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ResetRecheckPage>())
    , m_recheck(new SessionRecheck(session, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("resetRecheckPage"));
    setTitle(tr("Health check after the reset"));
    setSubTitle(tr("The whole health check, run again. After a reset the maps start over: "
                   "findings about them are expected until the solution is applied again."));
    m_ui->resultTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_ui->runButton, &QPushButton::clicked, this, &ResetRecheckPage::start);
    connect(m_recheck, &SessionRecheck::progress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_recheck, &SessionRecheck::finished, this, &ResetRecheckPage::onFinished);
}

ResetRecheckPage::~ResetRecheckPage() = default;

void ResetRecheckPage::initializePage()
{
    start();
}

bool ResetRecheckPage::isComplete() const
{
    return !m_recheck->isRunning();
}

void ResetRecheckPage::start()
{
    m_ui->runButton->setEnabled(false);
    m_ui->resultTree->clear();
    m_ui->progressBar->setRange(0, 0);
    m_ui->resultLabel->setText(tr("Running the health check…"));
    m_recheck->start();
    emit completeChanged();
}

void ResetRecheckPage::onFinished(const Report &report)
{
    m_ui->runButton->setEnabled(true);
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    CheckStatus worst = CheckStatus::Pass;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks) {
            auto *item = new QTreeWidgetItem(m_ui->resultTree);
            item->setText(0, c.title.isEmpty() ? c.id : c.title);
            item->setToolTip(0, c.id);
            item->setIcon(1, statusIcon(c.status));
            item->setText(1, statusText(c.status));
            item->setText(2, c.message);
            item->setToolTip(2, c.message);
            if (c.status != CheckStatus::Skipped && severity(c.status) > severity(worst))
                worst = c.status;
        }
    }
    m_ui->resultTree->resizeColumnToContents(0);
    m_ui->resultTree->resizeColumnToContents(1);
    const ReportSummary s = report.summary();
    QString text = statusLineHtml(
        worst, tr("Passed: %1, failed: %2, warnings: %3, could not be evaluated: %4, skipped: %5.")
                   .arg(s.pass).arg(s.fail).arg(s.warning).arg(s.unknown).arg(s.skipped));
    // The log of the walkthrough: steps gone past although their verification failed.
    if (const auto *walkthrough = qobject_cast<const ResetWalkthrough *>(wizard())) {
        for (const QString &entry : walkthrough->overrideLog())
            text += QStringLiteral("<br>") + statusLineHtml(CheckStatus::Warning, tr("Override: %1").arg(entry));
    }
    m_ui->resultLabel->setText(text);
    emit completeChanged();
}

} // namespace dwh::gui
