// SPDX-License-Identifier: MIT
#include "stalecleanupdialog.h"

#include "ui_stalecleanupdialog.h"

#include "catalogue.h"
#include "dialogbuttons.h"
#include "healthengine.h"
#include "report.h"
#include "staledetails.h"
#include "statusicons.h"
#include "wizardsession.h"
#include "writerunpanel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>

namespace dwh::gui {

namespace {

enum Column { RecordColumn, ReasonColumn, PairColumn, KeyColumn };

QTableWidgetItem *textItem(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

StaleCleanupDialog::StaleCleanupDialog(const QString &code, WizardSession *session,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StaleCleanupDialog>())
    , m_session(session)
    , m_code(code.trimmed().toUpper())
{
    m_ui->setupUi(this);
    describeStandardButtons(m_ui->buttonBox);
    setObjectName(QStringLiteral("staleCleanupDialog"));
    const bool dataverse = m_code == QLatin1String("DWDVEV1004");
    setWindowTitle(dataverse
                       ? tr("Clean up stale Dataverse runtime configurations (%1)").arg(m_code)
                       : tr("Clean up stale finance and operations project configurations (%1)")
                             .arg(m_code));
    const QString doc = docUrlFor(m_code).toHtmlEscaped();
    m_ui->docLabel->setText(
        (dataverse ? tr("Microsoft's cleanup deletes the Dual Write Runtime Configurations rows "
                        "that the current link does not own.")
                   : tr("Microsoft's cleanup deletes the DualWriteProjectConfiguration rows that "
                        "point at another Dataverse environment (two per map)."))
        + QLatin1Char(' ')
        + tr("Each ticked record is read in full into a backup file first; <code>dwhealth "
             "restore</code> can re-create it. <a href=\"%1\">Documented fix</a>.").arg(doc));
    m_ui->staleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->writePanel->setup(session, m_code, checkIdForCode(m_code));
    connect(m_ui->staleTable, &QTableWidget::itemChanged, this,
            &StaleCleanupDialog::onSelectionChanged);
    connect(m_ui->writePanel, &WriteRunPanel::runFinished, this, &StaleCleanupDialog::onRunFinished);
    connect(m_ui->writePanel, &WriteRunPanel::rechecked, this, &StaleCleanupDialog::onRechecked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StaleCleanupDialog::reject);
    // Shown only when the planner refuses for want of a confirmed link; ticking it plans again
    // with the explicit override (PlanOptions::acceptUnconfirmedLink).
    m_ui->overrideCheck->setVisible(false);
    connect(m_ui->overrideCheck, &QCheckBox::toggled, this, [this] { loadPlan(); });
    loadPlan();
    // The records to choose go in front of the panel's requests and results: one tab area
    // gets the height, which keeps the dialog usable at 800×600.
    m_ui->writePanel->insertPage(0, m_ui->recordsPane,
                                 tr("&Stale records (%1)").arg(m_plan.actions.size()));
    resize(780, 580);
}

StaleCleanupDialog::~StaleCleanupDialog() = default;

void StaleCleanupDialog::reject()
{
    // Closing while writes are on the wire would leave their results unseen: cancel first;
    // the dialog can close once the run has said what became of every record.
    if (m_ui->writePanel->isWriting()) {
        m_ui->writePanel->cancel();
        return;
    }
    QDialog::reject();
}

void StaleCleanupDialog::loadPlan()
{
    const Report &report = m_session->report();
    const HealthEngine *engine = m_session->engine();
    PlanOptions options;
    options.acceptUnconfirmedLink = m_ui->overrideCheck->isChecked();
    m_plan = planFix(m_code, report, engine ? engine->snapshot() : Snapshot(),
                     m_session->profile(), options);
    if (m_plan.needsLinkOverride || options.acceptUnconfirmedLink)
        m_ui->overrideCheck->setVisible(true);
    const CheckResult *check = report.find(m_plan.checkId);
    if (!m_session->hasReport()) {
        m_ui->summaryLabel->setText(statusLineHtml(
            CheckStatus::Unknown, tr("Run the health check first: the stale records come from "
                                     "its findings.")));
    } else if (!m_plan.ok()) {
        m_ui->summaryLabel->setText(statusLineHtml(
            m_plan.checkStatus, tr("No cleanup can be planned: %1").arg(m_plan.error)));
    } else if (m_plan.actions.isEmpty()) {
        m_ui->summaryLabel->setText(statusLineHtml(
            CheckStatus::Pass, tr("Nothing to clean up: %1").arg(m_plan.checkMessage)));
    } else {
        m_ui->summaryLabel->setText(statusLineHtml(
            m_plan.checkStatus, tr("%1: %2").arg(m_code, m_plan.checkMessage))
            + planNotesHtml());
    }
    // The planner's records, in its order: the stale ones, then (overridden) the unjudged ones.
    // Malformed details give no plan (the planner refuses them), so no row either.
    QList<StaleRow> rows;
    QString linkedUrl;
    const QJsonObject details = check ? check->details : QJsonObject();
    if (m_code == QLatin1String("DWDVEV1004")) {
        if (const auto typed = StaleDataverseDetails::fromJson(details, nullptr)) {
            linkedUrl = typed->linkedUrl;
            auto records = typed->stale;
            if (options.acceptUnconfirmedLink)
                records += typed->unjudged;
            for (const StaleRuntimeConfiguration &r : std::as_const(records))
                rows << StaleRow{r.internalEntityName, r.externalEntityName, QString()};
        }
    } else if (const auto typed = StaleFoDetails::fromJson(details, nullptr)) {
        linkedUrl = typed->linkedUrl.value_or(QString());
        auto records = typed->stale;
        if (options.acceptUnconfirmedLink)
            records += typed->unjudged;
        for (const StaleProjectConfiguration &r : std::as_const(records))
            rows << StaleRow{r.internalEntityName, r.externalEntityName, r.externalEnvironmentUrl};
    }
    fillTable(rows, linkedUrl);
    onSelectionChanged();
}

QString StaleCleanupDialog::planNotesHtml() const
{
    QString html;
    for (const QString &caution : m_plan.cautions)
        html += QStringLiteral("<p><b>%1</b></p>").arg(caution.toHtmlEscaped());
    for (const QString &step : m_plan.beforeYouStart)
        html += QStringLiteral("<p>%1</p>").arg(step.toHtmlEscaped());
    return html;
}

void StaleCleanupDialog::fillTable(const QList<StaleRow> &staleRows, const QString &linkedUrl)
{
    QTableWidget *table = m_ui->staleTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(int(m_plan.actions.size()));
    for (int i = 0; i < m_plan.actions.size(); ++i) {
        const WriteAction &a = m_plan.actions.at(i);
        const StaleRow row = staleRows.value(i);
        auto *record = textItem(a.record.name);
        record->setFlags(record->flags() | Qt::ItemIsUserCheckable);
        record->setCheckState(Qt::Checked);
        table->setItem(i, RecordColumn, record);
        const QString pair = tr("%1 / %2").arg(row.internalEntityName, row.externalEntityName);
        table->setItem(i, PairColumn, textItem(pair));
        table->setItem(i, ReasonColumn, textItem(shortReason(a, row, linkedUrl), a.reason));
        table->setItem(i, KeyColumn, textItem(QStringLiteral("%1 = %2").arg(a.record.keyName,
                                                                          a.record.key)));
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)  // long reasons: the tooltip has them whole
        table->setColumnWidth(c, qMin(table->columnWidth(c), 340));
    if (table->rowCount() > 0)
        table->setCurrentCell(0, RecordColumn);
}

QString StaleCleanupDialog::shortReason(const WriteAction &action, const StaleRow &row,
                                        const QString &linkedUrl) const
{
    const QString code = action.reasonCode;
    if (code == QLatin1String("noLink"))
        return tr("No link: no F&O project configuration points at %1").arg(linkedUrl);
    if (code == QLatin1String("noMatchingProject"))
        return tr("No matching map: no project configuration of the current link has this "
                  "name or entity pair");
    if (code == QLatin1String("pointsElsewhere")) {
        return tr("Points at another environment: %1").arg(row.externalEnvironmentUrl);
    }
    if (code == QLatin1String("noEnvironmentUrl"))
        return tr("No environment URL (the linked environment is %1)").arg(linkedUrl);
    return action.reason;
}

void StaleCleanupDialog::onSelectionChanged()
{
    QList<WriteAction> selected;
    for (int i = 0; i < m_plan.actions.size(); ++i) {
        const QTableWidgetItem *item = m_ui->staleTable->item(i, RecordColumn);
        if (item && item->checkState() == Qt::Checked)
            selected << m_plan.actions.at(i);
    }
    m_ui->writePanel->setActions(selected);
}

void StaleCleanupDialog::onRunFinished()
{
    // The records written are the ones ticked; the table no longer chooses anything.
    const QSignalBlocker blocker(m_ui->staleTable);
    for (int i = 0; i < m_ui->staleTable->rowCount(); ++i) {
        QTableWidgetItem *item = m_ui->staleTable->item(i, RecordColumn);
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    }
}

void StaleCleanupDialog::onRechecked(const Report &report)
{
    const CheckResult *check = report.find(m_plan.checkId);
    const CheckStatus status = check ? check->status : CheckStatus::Unknown;
    m_ui->summaryLabel->setText(statusLineHtml(
        status, tr("After the cleanup, %1: %2. %3")
                    .arg(m_code, statusText(status),
                         check ? check->message : tr("no result"))));
}

} // namespace dwh::gui
