// SPDX-License-Identifier: MIT
#include "checkpage.h"

#include "ui_checkpage.h"

#include "checkhtml.h"
#include "checklistmodel.h"
#include "healthengine.h"
#include "pageids.h"
#include "ruleset.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>

namespace dwh::gui {

namespace {

QList<CheckListModel::Group> groupsFor(Step step)
{
    if (step != Step::Dependencies)
        return {};
    // The product's three dependency validations (seeds/dual-write-health-check.md), as the
    // rules' descriptors name them, in the order they first appear.
    QList<CheckListModel::Group> groups;
    for (const Rule &rule : rulesFor(step)) {
        const RuleDescriptor &d = rule.descriptor;
        if (d.group.isEmpty())
            continue;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&d](const CheckListModel::Group &g) { return g.title == d.group; });
        if (it == groups.end())
            groups.append({d.group, {d.id}});
        else
            it->checkIds << d.id;
    }
    return groups;
}

} // namespace

CheckPage::CheckPage(Step step, WizardSession *session, QWidget *parent)
    : SessionPage(session, parent)
    , m_step(step)
    , m_ui(std::make_unique<Ui::CheckPage>())
    , m_model(new CheckListModel(this))
{
    m_ui->setupUi(content());
    if (step == Step::Prerequisites) {
        setTitle(tr("Prerequisite health check"));
        setSubTitle(tr("Step 1 of 2: the solutions, application users, plug-ins, permissions and "
                       "companies that dual-write needs before the environments can be linked."));
    } else {
        setTitle(tr("Dependency validation"));
        setSubTitle(tr("Step 2 of 2: APIHubConnection, StaleConfiguration and BusinessUnit, "
                       "as in the product's health check."));
    }

    QList<CheckListModel::Entry> entries;
    for (const Rule &rule : rulesFor(step))
        entries << CheckListModel::Entry{rule.descriptor.id, rule.descriptor.title, rule.descriptor.codes};
    m_model->setChecks(entries, groupsFor(step));
    m_ui->checkTree->setModel(m_model);
    m_ui->checkTree->setRootIsDecorated(step == Step::Dependencies);
    m_ui->checkTree->expandAll();
    QHeaderView *header = m_ui->checkTree->header();
    // The title and the message share the room the window gives (a wide window shows whole
    // titles); status and code take what they need. The full title is in the details.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CheckListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CheckListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckListModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckListModel::MessageColumn, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->blockedLabel->hide();
    m_ui->copyButton->setEnabled(false);

    connect(m_ui->checkTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CheckPage::onCurrentChanged);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CheckPage::onCancelClicked);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &CheckPage::onRerunClicked);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CheckPage::onCopyClicked);
    // One state: a verification elsewhere (a guided fix, the troubleshooter) shows here at once.
    // The list follows at once on a hidden page too; its details pane when shown (showEvent()).
    connect(session, &WizardSession::reportChanged, this, [this] {
        if (m_hasRun && !m_running && this->session()->hasReport()
            && !this->session()->report().steps.value(stepIndex()).checks.isEmpty())
            showSessionResults();
    });
    updateRunState();
}

CheckPage::~CheckPage() = default;

int CheckPage::stepIndex() const
{
    return m_step == Step::Prerequisites ? 0 : 1;
}

void CheckPage::initializePage()
{
    // Reads happen once per run, on request: coming back (Back, then Next) shows the session's
    // results of this step; Re-run reads again.
    const HealthEngine *engine = session()->engine();
    const bool busy = engine && engine->isRunning();
    if (m_hasRun && !busy && session()->hasReport()
        && !session()->report().steps.value(stepIndex()).checks.isEmpty()) {
        showSessionResults();
        return;
    }
    startRun();
}

void CheckPage::showEvent(QShowEvent *event)
{
    SessionPage::showEvent(event);
    // Back to this page (QWizard calls no initializePage() then) after a verification elsewhere.
    if (m_detailsStale)
        selectAgain(m_staleSelection);
}

void CheckPage::selectAgain(const QString &checkId)
{
    m_detailsStale = false;
    m_staleSelection.clear();
    const QModelIndex again = checkId.isEmpty() ? QModelIndex() : m_model->indexOf(checkId);
    if (again.isValid()) {
        m_ui->checkTree->setCurrentIndex(again);
        onCurrentChanged(again);
    } else {
        selectFirstFinding();
    }
}

void CheckPage::showSessionResults()
{
    const Report &report = session()->report();
    const QModelIndex current = m_ui->checkTree->currentIndex();
    const QString currentId = current.data(CheckListModel::CheckIdRole).toString();
    m_model->clearResults();
    for (const CheckResult &c : report.steps.value(stepIndex()).checks)
        m_model->setResult(c);
    m_running = false;
    m_hasRun = true;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    showOutcome(report);
    updateRunState();
    // The details are built for a page that is seen: now, or when it is shown again.
    if (isVisible()) {
        selectAgain(currentId);
    } else {
        m_detailsStale = true;
        m_staleSelection = currentId;
    }
    emit completeChanged();
}

void CheckPage::cleanupPage()
{
    // Going back: stop the run rather than leave it working for a page nobody looks at.
    if (m_running && m_engine)
        m_engine->cancel();
}

bool CheckPage::isComplete() const
{
    return m_hasRun && !m_running;
}

int CheckPage::nextId() const
{
    if (m_step == Step::Prerequisites && !prerequisitesFailed())
        return WizardPages::Page_Dependencies;
    return WizardPages::Page_Remediation;
}

bool CheckPage::prerequisitesFailed() const
{
    if (!session()->hasReport() || m_step != Step::Prerequisites)
        return false;
    for (const CheckResult &c : session()->report().steps.value(0).checks) {
        if (c.status == CheckStatus::Fail)
            return true;
    }
    return false;
}

void CheckPage::startRun()
{
    m_model->clearResults();
    m_ui->detailsBrowser->clear();
    m_ui->copyButton->setEnabled(false);
    m_ui->blockedLabel->hide();
    m_ui->progressBar->setRange(0, 0);  // busy until the first progress report
    m_cancelled = false;
    m_running = true;
    m_hasRun = true;
    updateRunState();
    emit completeChanged();  // Next stays disabled while the run works
    m_ui->statusLabel->setText(tr("Reading the environments…"));

    HealthEngine *engine = session()->engine();
    if (m_step == Step::Dependencies && engine && !engine->isRunning() && !engine->wasCancelled()
        && !engine->report().steps.value(0).checks.isEmpty()
        && engine->report().steps.value(1).checks.isEmpty()) {
        attach(engine);
        engine->runDependencies();  // may finish (skipped) before it returns
        return;
    }
    engine = session()->newEngine();
    attach(engine);
    if (m_step == Step::Prerequisites)
        engine->runPrerequisites();
    else
        engine->runAll();  // a re-run: step 1 again first, as the product does
}

void CheckPage::attach(HealthEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    connect(engine, &HealthEngine::checkFinished, this, &CheckPage::onCheckFinished);
    connect(engine, &HealthEngine::progress, this, &CheckPage::onProgress);
    connect(engine, &HealthEngine::finished, this, &CheckPage::onEngineFinished);
}

void CheckPage::onCheckFinished(Step step, const CheckResult &result)
{
    if (step == m_step)
        m_model->setResult(result);
}

void CheckPage::onProgress(int done, int total)
{
    if (total <= 0)
        return;
    // QProgressBar::setValue() repaints at once; an update() is painted with the next frame.
    QProgressBar *bar = m_ui->progressBar;
    bar->setUpdatesEnabled(false);
    bar->setRange(0, total);
    bar->setValue(done);
    bar->setUpdatesEnabled(true);
    bar->update();
    if (m_running && !m_cancelled)
        m_ui->statusLabel->setText(tr("Reading the environments: %1 of %2 facts read…").arg(done).arg(total));
}

void CheckPage::onEngineFinished(const Report &report)
{
    if (sender() != m_engine)
        return;
    // As in the product: a failed prerequisite blocks dependency validation. Let the engine
    // record the skipped step (with the reason) so the report says so.
    if (m_step == Step::Prerequisites && !m_cancelled && report.steps.value(1).checks.isEmpty()) {
        for (const CheckResult &c : report.steps.value(0).checks) {
            if (c.status == CheckStatus::Fail) {
                m_engine->runDependencies();  // emits finished() again, synchronously
                return;
            }
        }
    }
    m_running = false;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    showOutcome(report);
    updateRunState();
    selectFirstFinding();
    emit completeChanged();
}

void CheckPage::showOutcome(const Report &report)
{
    const StepResult step = report.steps.value(m_step == Step::Prerequisites ? 0 : 1);
    const CheckStatus worst = step.status();
    const QString counts = tr("Passed: %1, failed: %2, warnings: %3, unknown: %4, skipped: %5.")
                               .arg(m_model->count(CheckStatus::Pass))
                               .arg(m_model->count(CheckStatus::Fail))
                               .arg(m_model->count(CheckStatus::Warning))
                               .arg(m_model->count(CheckStatus::Unknown))
                               .arg(m_model->count(CheckStatus::Skipped));
    const QString headline = m_cancelled
        ? tr("Cancelled. What could not be judged is marked unknown; choose Re-run to check again.")
        : tr("Finished: %1.").arg(statusText(worst).toLower());
    m_ui->statusLabel->setText(statusLineHtml(m_cancelled ? CheckStatus::Unknown : worst,
                                              headline + QLatin1Char(' ') + counts));

    QString blocked;
    if (m_step == Step::Prerequisites && !gatingFailures(step.checks).isEmpty()) {
        blocked = tr("Dependency validation cannot run until the failed prerequisites are fixed, "
                     "as in the product. Fix them and choose Re-run, or continue to the "
                     "remediation steps and the report.");
    } else if (m_step == Step::Dependencies && worst == CheckStatus::Skipped) {
        blocked = step.note.isEmpty() ? tr("Dependency validation did not run.") : step.note;
    }
    m_ui->blockedLabel->setVisible(!blocked.isEmpty());
    m_ui->blockedLabel->setText(statusLineHtml(CheckStatus::Warning, blocked));
}

void CheckPage::selectFirstFinding()
{
    QModelIndex first;
    for (CheckStatus status : {CheckStatus::Fail, CheckStatus::Unknown, CheckStatus::Warning}) {
        for (const Rule &rule : rulesFor(m_step)) {
            const QModelIndex index = m_model->indexOf(rule.descriptor.id);
            const CheckResult *result = m_model->resultAt(index);
            if (result && result->status == status) {
                first = index;
                break;
            }
        }
        if (first.isValid())
            break;
    }
    if (!first.isValid())
        first = m_model->index(0, 0);
    m_ui->checkTree->setCurrentIndex(first);
    onCurrentChanged(first);
}

void CheckPage::onCancelClicked()
{
    if (!m_running || !m_engine)
        return;
    m_cancelled = true;
    m_ui->statusLabel->setText(tr("Cancelling…"));
    m_ui->cancelButton->setEnabled(false);
    m_engine->cancel();
}

void CheckPage::onRerunClicked()
{
    if (m_running)
        return;
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    // A re-run always starts from a fresh engine, so nothing read before is reused.
    session()->clearRun();
    startRun();
}

void CheckPage::onCurrentChanged(const QModelIndex &current)
{
    const CheckResult *result = m_model->resultAt(current);
    m_ui->copyButton->setEnabled(result != nullptr);
    if (result) {
        const QDateTime at = session()->checkedAt(result->id);
        const QString when = at.isValid()
            ? QStringLiteral("<p><i>%1</i></p>").arg(tr("Result of %1").arg(
                  QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)).toHtmlEscaped())
            : QString();
        m_ui->detailsBrowser->setHtml(when + m_model->detailsHtml(current));
        return;
    }
    if (current.isValid() && current.data(CheckListModel::IsGroupRole).toBool()) {
        m_ui->detailsBrowser->setHtml(
            QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(current.siblingAtColumn(0).data().toString().toHtmlEscaped(),
                     tr("Select a check under this heading to see its details.").toHtmlEscaped()));
        return;
    }
    m_ui->detailsBrowser->setPlainText(current.isValid() ? tr("This check has not finished yet.")
                                                         : QString());
}

void CheckPage::onCopyClicked()
{
    if (const CheckResult *result = m_model->resultAt(m_ui->checkTree->currentIndex()))
        QGuiApplication::clipboard()->setText(checkDetailsText(*result));
}

void CheckPage::updateRunState()
{
    m_ui->cancelButton->setEnabled(m_running && !m_cancelled);
    m_ui->rerunButton->setEnabled(!m_running);
}

} // namespace dwh::gui
