// SPDX-License-Identifier: MIT
#include "tablemapsdialog.h"

#include "ui_tablemapsdialog.h"

#include "collector.h"
#include "dialogbuttons.h"
#include "mapsbuilder.h"
#include "mapswriter.h"
#include "statusicons.h"
#include "troubleshooter.h"
#include "wizardsession.h"

#include <QHeaderView>
#include <QLayout>
#include <QPushButton>
#include <QScreen>

namespace dwh::gui {

namespace {

enum Column { MapColumn, StateColumn, ErrorsColumn, FinanceColumn, DataverseColumn, NoteColumn };

CheckStatus statusOf(MapState state)
{
    switch (state) {
    case MapState::Running: return CheckStatus::Pass;
    case MapState::Paused: return CheckStatus::Warning;
    case MapState::NotRunning: return CheckStatus::Skipped;
    case MapState::Error: return CheckStatus::Fail;
    case MapState::Unknown: break;
    }
    return CheckStatus::Unknown;
}

QString unreadHtml(const QString &what, const Unread &unread)
{
    QString text = TableMapsDialog::tr("%1: %2").arg(what, unread.reason);
    QString html = statusLineHtml(CheckStatus::Unknown, text);
    if (!unread.missingRight.isEmpty())
        html += QStringLiteral("<br><b>%1</b> %2")
                    .arg(TableMapsDialog::tr("Missing right:").toHtmlEscaped(),
                         unread.missingRight.toHtmlEscaped());
    return html;
}

} // namespace

TableMapsDialog::TableMapsDialog(WizardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TableMapsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    describeStandardButtons(m_ui->buttonBox);
    setObjectName(QStringLiteral("tableMapsDialog"));
    setWindowTitle(tr("Table maps and recent errors"));
    m_ui->sinceCombo->addItem(tr("the last hour"), 3600);
    m_ui->sinceCombo->addItem(tr("the last 24 hours"), 86400);
    m_ui->sinceCombo->addItem(tr("the last 7 days"), 7 * 86400);
    m_ui->sinceCombo->setCurrentIndex(1);
    QHeaderView *header = m_ui->mapsTable->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->unreadLabel->hide();
    m_ui->errorsBrowser->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { font-size: medium; margin-top: 12px; } p { margin: 3px 0; }"));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &TableMapsDialog::read);
    connect(m_ui->sinceCombo, &QComboBox::currentIndexChanged, this, &TableMapsDialog::read);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(QSize(960, 640).boundedTo(screen()->availableGeometry().size() * 0.95));
    read();
}

TableMapsDialog::~TableMapsDialog() = default;

bool TableMapsDialog::isReading() const
{
    return m_collector && m_collector->isRunning();
}

void TableMapsDialog::read()
{
    if (isReading())
        return;
    CollectorOptions options;
    options.traceLogsSince = QDateTime::currentDateTimeUtc().addSecs(
        -m_ui->sinceCombo->currentData().toLongLong());
    m_collector = std::make_unique<Collector>(m_session->profile(), m_session->tokenProvider(),
                                              options);
    connect(m_collector.get(), &Collector::finished, this, &TableMapsDialog::onFinished);
    m_ui->refreshButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Reading the table maps and the recent errors…").toHtmlEscaped());
    m_collector->fetch(mapsDatasets());
}

void TableMapsDialog::onFinished()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since = now.addSecs(-m_ui->sinceCombo->currentData().toLongLong());
    m_overview = buildMapsOverview(m_collector->snapshot(), m_session->profile(), Troubleshooter(),
                                   since, now);
    showOverview(m_overview);
    m_ui->refreshButton->setEnabled(true);
    emit readFinished();
}

void TableMapsDialog::showOverview(const MapsOverview &o)
{
    QStringList legal = o.tableMaps.isEmpty() ? QStringList() : o.tableMaps.first().legalEntities;
    m_ui->summaryLabel->setText(
        tr("Read %1. Legal entities: %2 (from %3). Direction and last initial sync: not exposed "
           "(kept by the Data Integrator service).")
            .arg(mapsTime(o.readAt), legal.isEmpty() ? tr("none") : legal.join(QStringLiteral(", ")),
                 o.legalEntitiesSource)
            .toHtmlEscaped());
    m_ui->mapsTable->clear();
    QStringList notes;
    if (o.maps.isUnread())
        notes << unreadHtml(tr("The table maps could not be read"), o.maps);
    if (o.runtimeConfigs.isUnread())
        notes << unreadHtml(tr("The Dataverse runtime configurations could not be read"), o.runtimeConfigs);
    m_ui->unreadLabel->setText(notes.join(QStringLiteral("<br>")));
    m_ui->unreadLabel->setVisible(!notes.isEmpty());
    m_ui->mapsTable->setVisible(!o.maps.isUnread());
    for (const TableMap &m : o.tableMaps) {
        auto *item = new QTreeWidgetItem(m_ui->mapsTable);
        item->setText(MapColumn, m.name);
        item->setText(FinanceColumn, m.financeEntity);
        item->setText(DataverseColumn, m.dataverseTable.isEmpty()
                                           ? m.dataverseEntitySet
                                           : QStringLiteral("%1 (%2)").arg(m.dataverseEntitySet, m.dataverseTable));
        item->setText(StateColumn, mapStateLabel(m.state));
        item->setIcon(StateColumn, statusIcon(statusOf(m.state)));
        QString errors;
        if (m.errorCount > 0)
            errors = tr("%1 (last %2)").arg(m.errorCount).arg(mapsTime(m.lastError));
        else
            errors = o.dataverseErrors.isUnread() ? tr("unknown") : QStringLiteral("0");
        item->setText(ErrorsColumn, errors);
        item->setText(NoteColumn, m.stateNote);
        item->setToolTip(NoteColumn, m.stateNote);
        item->setToolTip(StateColumn, m.stateNote);
    }
    QList<MapsBlock> blocks = mapsBlocks(o, MapsView::Errors);
    if (!blocks.isEmpty())
        blocks.removeFirst();  // the heading: the label above says it
    if (o.dataverseErrors.isUnread() && !blocks.isEmpty())
        blocks.removeFirst();  // "Dataverse: unknown …": said below with the missing right
    QString html = mapsBlocksHtml(blocks);
    if (o.dataverseErrors.isUnread())
        html.prepend(QStringLiteral("<p>%1</p>").arg(unreadHtml(tr("Dataverse errors"), o.dataverseErrors)));
    m_ui->errorsBrowser->setHtml(html);
    layout()->activate();  // the summary's new height now, not at the next event
}

} // namespace dwh::gui
