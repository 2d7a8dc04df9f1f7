// SPDX-License-Identifier: MIT
#include "remediationpage.h"

#include "ui_remediationpage.h"

#include "checkhtml.h"
#include "guidedfixes.h"
#include "report.h"
#include "statusicons.h"
#include "troubleshooterdialog.h"
#include "wizardsession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTextCursor>

namespace dwh::gui {

namespace {

enum Column { CodeColumn, StatusColumn, GuidedFixColumn, FindingColumn };
constexpr int CheckIdRole = Qt::UserRole;
constexpr int GuidedCodeRole = Qt::UserRole + 1;  // the code whose guided fix the row opens
constexpr int HeadingRole = Qt::UserRole + 2;     // its heading in the documented fixes

bool isFinding(const CheckResult &c)
{
    return c.status == CheckStatus::Fail || c.status == CheckStatus::Warning
        || c.status == CheckStatus::Unknown;
}

} // namespace

RemediationPage::RemediationPage(WizardSession *session, QWidget *parent)
    : SessionPage(session, parent)
    , m_ui(std::make_unique<Ui::RemediationPage>())
{
    m_ui->setupUi(content());
    setTitle(tr("Remediation"));
    setSubTitle(tr("What to do about each finding, as Microsoft documents it, with a guided fix "
                   "where there is one. After fixing, verify in the guided fix or go back and "
                   "re-run the checks."));
    QHeaderView *header = m_ui->findingList->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->resetButton->setVisible(hasGuidedFix(QStringLiteral("reset")));
    m_ui->guidedFixButton->setEnabled(false);
    connect(m_ui->findingList, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentFindingChanged(current); });
    connect(m_ui->findingList, &QTreeWidget::itemActivated, this, &RemediationPage::onGuidedFixClicked);
    connect(m_ui->guidedFixButton, &QPushButton::clicked, this, &RemediationPage::onGuidedFixClicked);
    connect(m_ui->troubleshootButton, &QPushButton::clicked, this, &RemediationPage::onTroubleshootClicked);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &RemediationPage::onResetClicked);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        openDialog(createGuidedFix(QStringLiteral("restore"), this->session(), this));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &RemediationPage::onCopyClicked);
    // One state: a fix's verification (or a re-run) shows here at once, not after Re-run.
    // Nothing is built for a hidden page: the wizard calls initializePage() when it is shown.
    connect(session, &WizardSession::reportChanged, this, [this] {
        if (this->session()->hasReport() && isVisible())
            initializePage();
    });
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
    fillFindings();
}

void RemediationPage::fillFindings()
{
    const QTreeWidgetItem *previous = m_ui->findingList->currentItem();
    const QString previousId = previous ? previous->data(0, CheckIdRole).toString() : QString();
    m_ui->findingList->clear();
    QTreeWidgetItem *select = nullptr;
    for (const StepResult &step : session()->report().steps) {
        for (const CheckResult &c : step.checks) {
            if (!isFinding(c))
                continue;
            QString guided;
            for (const QString &code : c.codes) {
                if (hasGuidedFix(code)) {
                    guided = code;
                    break;
                }
            }
            auto *item = new QTreeWidgetItem(m_ui->findingList);
            item->setText(CodeColumn, c.codes.isEmpty() ? tr("(no code)") : c.codes.join(QLatin1String(", ")));
            item->setIcon(StatusColumn, statusIcon(c.status));
            const QDateTime at = session()->checkedAt(c.id);
            item->setText(StatusColumn, at.isValid()
                                            ? tr("%1, %2", "status, time of the result")
                                                  .arg(statusText(c.status),
                                                       QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat))
                                            : statusText(c.status));
            if (at.isValid())
                item->setToolTip(StatusColumn, tr("Result of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
            if (c.id == previousId)
                select = item;
            item->setText(GuidedFixColumn, guided.isEmpty() ? tr("Documented steps only") : tr("Available"));
            item->setText(FindingColumn, c.message.isEmpty() ? c.title : c.message);
            item->setToolTip(FindingColumn, QStringLiteral("%1\n%2").arg(c.title, c.message));
            item->setData(0, CheckIdRole, c.id);
            item->setData(0, GuidedCodeRole, guided);
            // The heading remediationHtml() gives the finding ("Failed — title").
            item->setData(0, HeadingRole, QStringLiteral("%1 \u2014 %2").arg(statusText(c.status), c.title));
        }
    }
    if (select)
        m_ui->findingList->setCurrentItem(select);
    else if (m_ui->findingList->topLevelItemCount() > 0)
        m_ui->findingList->setCurrentItem(m_ui->findingList->topLevelItem(0));
    else
        onCurrentFindingChanged(nullptr);
}

void RemediationPage::onCurrentFindingChanged(QTreeWidgetItem *current)
{
    const QString code = current ? current->data(0, GuidedCodeRole).toString() : QString();
    m_ui->guidedFixButton->setEnabled(!code.isEmpty());
    m_ui->guidedFixButton->setText(code.isEmpty() ? tr("&Guided fix…") : tr("&Guided fix for %1…").arg(code));
    if (!current)
        return;
    // Bring the finding's documented fix into view, heading at the top.
    QTextBrowser *browser = m_ui->remediationBrowser;
    browser->moveCursor(QTextCursor::Start);
    if (browser->find(current->data(0, HeadingRole).toString())) {
        QTextCursor cursor = browser->textCursor();
        cursor.clearSelection();
        browser->setTextCursor(cursor);
        // Near the top already (the first finding): leave its step heading in view too.
        QScrollBar *bar = browser->verticalScrollBar();
        const int target = bar->value() + browser->cursorRect().top() - browser->fontMetrics().height() / 2;
        bar->setValue(target < browser->viewport()->height() / 3 ? 0 : target);
    }
}

void RemediationPage::onGuidedFixClicked()
{
    const QTreeWidgetItem *item = m_ui->findingList->currentItem();
    const QString code = item ? item->data(0, GuidedCodeRole).toString() : QString();
    if (!code.isEmpty())
        openDialog(createGuidedFix(code, session(), this));
}

void RemediationPage::onTroubleshootClicked()
{
    openDialog(new TroubleshooterDialog(session(), this));
}

void RemediationPage::onResetClicked()
{
    openDialog(createGuidedFix(QStringLiteral("reset"), session(), this));
}

void RemediationPage::openDialog(QDialog *dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();  // window-modal; the wizard's event loop keeps running
}

void RemediationPage::onCopyClicked()
{
    QStringList parts;
    for (const StepResult &step : session()->report().steps) {
        for (const CheckResult &c : step.checks) {
            if (isFinding(c))
                parts << checkDetailsText(c);
        }
    }
    QGuiApplication::clipboard()->setText(parts.join(QStringLiteral("\n\n")));
}

} // namespace dwh::gui
