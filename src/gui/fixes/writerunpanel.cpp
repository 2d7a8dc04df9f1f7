// SPDX-License-Identifier: MIT
#include "writerunpanel.h"

#include "ui_writerunpanel.h"

#include "report.h"
#include "serviceclients.h"
#include "sessionrecheck.h"
#include "statusicons.h"
#include "tokenprovider.h"
#include "wizardsession.h"
#include "writeruntext.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStandardPaths>

namespace dwh::gui {

namespace {

enum Column { RecordColumn, ResultColumn, RequestColumn, MessageColumn };

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

WriteRunPanel::WriteRunPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WriteRunPanel>())
{
    m_ui->setupUi(this);
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->backupDirEdit->setText(QDir::toNativeSeparators(defaultBackupDirectory()));
    m_ui->resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setFormat(tr("Not started"));
    connect(m_ui->backupDirEdit, &QLineEdit::textChanged, this, &WriteRunPanel::updateControls);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &WriteRunPanel::updateControls);
    connect(m_ui->confirmEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->applyButton->isEnabled())
            onApply();
    });
    connect(m_ui->chooseDirButton, &QPushButton::clicked, this, &WriteRunPanel::onChooseDirectory);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &WriteRunPanel::onApply);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, &WriteRunPanel::cancel);
    connect(m_ui->copyResultsButton, &QPushButton::clicked, this, &WriteRunPanel::onCopy);
    updateControls();
}

WriteRunPanel::~WriteRunPanel()
{
    // The run talks through the clients, the clients through the token provider.
    delete m_run;
    delete m_clients;
    delete m_tokens.data();
}

void WriteRunPanel::setup(WizardSession *session, const QString &code, const QString &checkId)
{
    m_session = session;
    m_code = code;
    m_checkId = checkId;
    updateControls();
}

void WriteRunPanel::setActions(const QList<WriteAction> &actions)
{
    if (m_started)
        return;
    m_actions = actions;
    m_hosts = writeHosts(actions);
    m_ui->previewEdit->setPlainText(
        actions.isEmpty() ? tr("No record is selected: nothing would be written.")
                          : requestsPreviewText(actions));
    const QString hosts = m_hosts.join(QStringLiteral(", ")).toHtmlEscaped();
    QString confirm = tr("To confirm %n write(s), type the host name of the environment they go "
                         "to: <b>%1</b>",
                         nullptr, int(actions.size()))
                          .arg(hosts);
    if (m_session && m_session->isDemo())
        confirm += tr(" (the simulated environment on this computer)");
    m_ui->confirmLabel->setText(confirm);
    m_ui->applyButton->setText(tr("&Apply %n write(s)", nullptr, int(actions.size())));
    fillResultRows();
    updateControls();
}

void WriteRunPanel::insertPage(int index, QWidget *page, const QString &title)
{
    m_ui->runTabs->insertTab(index, page, title);
    m_ui->runTabs->setCurrentIndex(0);
}

QString WriteRunPanel::defaultBackupDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
         + QStringLiteral("/backups");
}

bool WriteRunPanel::isBusy() const
{
    return (m_run && m_run->isRunning()) || (m_recheck && m_recheck->isRunning());
}

QString WriteRunPanel::backupDirectoryProblem(const QString &directory) const
{
    if (directory.trimmed().isEmpty())
        return tr("Choose a folder for the backup file.");
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return tr("The backup folder %1 is not a folder.").arg(directory);
    if (info.exists() && !info.isWritable())
        return tr("The backup folder %1 is not writable.").arg(directory);
    return QString();
}

void WriteRunPanel::updateControls()
{
    const bool busy = isBusy();
    const QString dirProblem = backupDirectoryProblem(m_ui->backupDirEdit->text());
    const QString typed = m_ui->confirmEdit->text().trimmed();
    const bool confirmed = confirmationMatches(typed, m_hosts);
    QString hint;
    if (m_started)
        hint = tr("This fix has run; the results are above. Close and reopen the guided fix to "
                  "fix what is left.");
    else if (m_actions.isEmpty())
        hint = tr("Nothing to write.");
    else if (!dirProblem.isEmpty())
        hint = dirProblem;
    else if (!typed.isEmpty() && !confirmed)
        hint = tr("That is not the host name shown above: nothing will be written.");
    m_ui->confirmHintLabel->setText(hint);
    m_ui->confirmHintLabel->setVisible(!hint.isEmpty());
    const bool editable = !m_started && !m_actions.isEmpty();
    m_ui->backupDirEdit->setEnabled(editable);
    m_ui->chooseDirButton->setEnabled(editable);
    m_ui->confirmEdit->setEnabled(editable);
    m_ui->applyButton->setEnabled(editable && m_session && confirmed && dirProblem.isEmpty());
    m_ui->cancelRunButton->setEnabled(busy);
    m_ui->copyResultsButton->setEnabled(m_started && !busy);
}

void WriteRunPanel::onChooseDirectory()
{
    auto *dialog = new QFileDialog(this, tr("Backup folder"), m_ui->backupDirEdit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        m_ui->backupDirEdit->setText(QDir::toNativeSeparators(dir));
    });
    dialog->open();
}

void WriteRunPanel::onApply()
{
    if (m_started || !m_session || m_actions.isEmpty()
        || !confirmationMatches(m_ui->confirmEdit->text(), m_hosts))
        return;
    const QString directory = QDir::fromNativeSeparators(m_ui->backupDirEdit->text().trimmed());
    if (!backupDirectoryProblem(directory).isEmpty())
        return;
    if (!QDir().mkpath(directory)) {
        m_ui->confirmHintLabel->setText(tr("The backup folder %1 cannot be created: nothing was "
                                           "written.").arg(directory));
        m_ui->confirmHintLabel->setVisible(true);
        return;
    }
    m_started = true;
    const Profile &profile = m_session->profile();
    m_tokens = m_session->newTokenProvider(nullptr);
    m_clients = new ServiceClients(profile, m_tokens);
    RunSettings settings;
    settings.backupDirectory = directory;
    settings.code = m_code;
    settings.operation = m_operation;
    settings.profileName = profile.name;
    settings.dataverseUrl = profile.dataverseUrl;
    settings.foUrl = profile.foUrl;
    m_run = new RemediationRun(m_clients, settings);
    connect(m_run, &RemediationRun::backupWritten, this, &WriteRunPanel::onBackupWritten);
    connect(m_run, &RemediationRun::recordFinished, this, &WriteRunPanel::onRecordFinished);
    connect(m_run, &RemediationRun::finished, this, &WriteRunPanel::onRunFinished);
    m_outcome = RunOutcome();
    m_outcome.actions = m_actions;
    m_outcome.results = QList<RecordResult>(m_actions.size());
    m_finishedRecords = 0;
    m_ui->progressBar->setRange(0, int(m_actions.size()) + 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(tr("Reading %n record(s) for the backup…", nullptr,
                                    int(m_actions.size())));
    m_ui->backupLabel->setText(tr("Backup: being written into %1")
                                   .arg(QDir::toNativeSeparators(directory)));
    fillResultRows();
    m_ui->runTabs->setCurrentWidget(m_ui->resultsTab);
    m_ui->resultSummaryLabel->setText(tr("Writing…"));
    m_run->start(m_actions);
    updateControls();
}

void WriteRunPanel::cancel()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
    else if (m_recheck && m_recheck->isRunning())
        m_recheck->cancel();
    updateControls();
}

void WriteRunPanel::onBackupWritten(const QString &path)
{
    m_ui->backupLabel->setText(tr("Backup written before the first write: %1")
                                   .arg(QDir::toNativeSeparators(path)));
    m_ui->progressBar->setValue(1);
    m_ui->progressBar->setFormat(tr("Writing: %v of %m steps"));
}

void WriteRunPanel::onRecordFinished(int index, const RecordResult &result)
{
    if (index < 0 || index >= m_outcome.results.size())
        return;
    m_outcome.results[index] = result;
    setResultRow(index, result);
    m_ui->progressBar->setValue(1 + ++m_finishedRecords);
}

void WriteRunPanel::onRunFinished(const RunOutcome &outcome)
{
    m_outcome = outcome;
    for (int i = 0; i < outcome.results.size(); ++i)
        setResultRow(i, outcome.results.at(i));
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    m_ui->progressBar->setFormat(outcome.cancelled ? tr("Cancelled") : tr("Finished"));
    if (!outcome.backupWritten)
        m_ui->backupLabel->setText(tr("Backup: not written."));
    CheckStatus status = CheckStatus::Pass;
    QString summary = outcomeCounts(outcome);
    if (!outcome.error.isEmpty()) {
        status = CheckStatus::Fail;
        summary = tr("Nothing was written: %1").arg(outcome.error);
    } else if (!outcome.allDone()) {
        status = outcome.count(RecordResult::Outcome::Failed) > 0 ? CheckStatus::Fail
                                                                 : CheckStatus::Warning;
        summary = tr("Not every record was written. %1").arg(summary);
    } else {
        summary = tr("Every record was written. %1").arg(summary);
    }
    m_ui->resultSummaryLabel->setText(statusLineHtml(status, summary));
    m_ui->resultSummaryLabel->setAccessibleName(summary);
    emit runFinished(outcome);
    if (outcome.backupWritten) {  // something may have changed: judge it again
        m_recheck = new SessionRecheck(m_session, this);
        connect(m_recheck, &SessionRecheck::finished, this, &WriteRunPanel::onRechecked);
        m_ui->recheckLabel->setText(tr("Re-check: running the health check again…"));
        m_recheck->start();
    }
    updateControls();
}

void WriteRunPanel::onRechecked(const Report &report)
{
    const CheckResult *check = report.find(m_checkId);
    const CheckStatus status = check ? check->status : CheckStatus::Unknown;
    m_recheckText = tr("Re-check of %1 (%2): %3. %4")
                        .arg(m_code, m_checkId, statusText(status),
                             check ? check->message : tr("The report has no result for it."));
    m_ui->recheckLabel->setText(statusLineHtml(status, m_recheckText));
    m_ui->recheckLabel->setAccessibleName(m_recheckText);
    updateControls();
    emit rechecked(report);
}

void WriteRunPanel::onCopy()
{
    QString text = outcomeClipboardText(m_outcome);
    if (!m_recheckText.isEmpty())
        text += QLatin1Char('\n') + m_recheckText;
    QGuiApplication::clipboard()->setText(text);
}

void WriteRunPanel::fillResultRows()
{
    QTableWidget *table = m_ui->resultTable;
    table->setRowCount(int(m_actions.size()));
    for (int i = 0; i < m_actions.size(); ++i) {
        const WriteAction &a = m_actions.at(i);
        table->setItem(i, RecordColumn, textItem(a.record.name));
        table->setItem(i, RequestColumn,
                       textItem(QStringLiteral("%1 %2").arg(QString::fromLatin1(a.method),
                                                            a.url.toString(QUrl::FullyEncoded))));
        auto *result = textItem(m_started ? pendingText() : tr("Not started"));
        result->setIcon(pendingIcon());
        table->setItem(i, ResultColumn, result);
        table->setItem(i, MessageColumn, textItem(QString()));
    }
    table->resizeColumnToContents(RecordColumn);
    table->resizeColumnToContents(RequestColumn);
    table->resizeColumnToContents(ResultColumn);
    capColumns();
}

void WriteRunPanel::capColumns()
{
    // A long record name or URL must not push the server's reason off-screen: the record and
    // request columns get at most a quarter of the table each (the full text is in the tooltip).
    QTableWidget *table = m_ui->resultTable;
    const int cap = qMax(120, table->viewport()->width() / 4);
    for (int column : {int(RecordColumn), int(RequestColumn)})
        table->setColumnWidth(column, qMin(table->columnWidth(column), cap));
}

void WriteRunPanel::setResultRow(int row, const RecordResult &result)
{
    QTableWidgetItem *item = m_ui->resultTable->item(row, ResultColumn);
    if (!item)
        return;
    item->setText(outcomeText(result));
    item->setToolTip(outcomeText(result));
    item->setIcon(statusIcon(outcomeStatus(result.outcome)));
    m_ui->resultTable->item(row, MessageColumn)->setText(result.message);
    m_ui->resultTable->item(row, MessageColumn)->setToolTip(result.message);
    m_ui->resultTable->resizeColumnToContents(ResultColumn);
    capColumns();
}

} // namespace dwh::gui
