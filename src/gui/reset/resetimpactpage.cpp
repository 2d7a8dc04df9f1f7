// SPDX-License-Identifier: MIT
#include "resetimpactpage.h"

#include "ui_resetimpactpage.h"

#include "liveconfigreader.h"
#include "resetfacts.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>

namespace dwh::gui {

namespace {

QTableWidgetItem *textItem(const QJsonObject &row, const char *column)
{
    const QString text = row.value(QLatin1String(column)).toVariant().toString();
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

void fill(QTableWidget *table, const QList<QJsonObject> &rows, const QList<const char *> &columns)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c)
            table->setItem(r, c, textItem(rows.at(r), columns.at(c)));
    }
    table->resizeColumnsToContents();
}

} // namespace

ResetImpactPage::ResetImpactPage(WizardSession *session, LiveConfigReader *reader,
                                 QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ResetImpactPage>())
    , m_session(session)
    , m_reader(reader)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("resetImpactPage"));
    setTitle(tr("What the reset deletes"));
    setSubTitle(tr("Reset clears every dual-write runtime configuration and removes the maps, "
                   "integration keys and legal-entity mapping. Save this snapshot first."));
    for (QTableWidget *table : {m_ui->runtimeTable, m_ui->projectTable})
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->fieldsLabel->setText(
        tr("Reset also deletes DualWriteProjectFieldConfiguration (the field maps of each "
           "project) and BusinessEventsDefinition, and with them the default alert settings, "
           "activity logs and initial-sync history.\n\nThe finance and operations OData API does "
           "not expose those tables, so dwhealth cannot list them. What "
           "DualWriteProjectConfigurations does expose — each project's IntegrationKey and "
           "FieldMap — is in the Project configurations tab and in the saved snapshot."));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    m_ui->exportPathEdit->setText(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/dwhealth-reset-snapshot-%1.json").arg(stamp)));
    connect(m_reader, &LiveConfigReader::finished, this, &ResetImpactPage::onRead);
    connect(m_ui->browseExportButton, &QPushButton::clicked, this, &ResetImpactPage::onBrowse);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ResetImpactPage::onExport);
    connect(m_ui->exportPathEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->exportButton->setEnabled(m_reader->hasRead() && !m_reader->isReading()
                                       && !m_ui->exportPathEdit->text().trimmed().isEmpty());
    });
}

ResetImpactPage::~ResetImpactPage() = default;

void ResetImpactPage::initializePage()
{
    if (m_reader->hasRead() || m_waiting)
        return;
    m_waiting = true;
    m_ui->readStatusLabel->setText(statusLineHtml(
        CheckStatus::Unknown, tr("Reading the dual-write configuration of both environments "
                                 "(reads only)…")));
    m_reader->read();
}

bool ResetImpactPage::isComplete() const
{
    return m_exported;
}

void ResetImpactPage::onRead()
{
    if (!m_waiting)
        return;  // a later page's verification
    m_waiting = false;
    fillTables();
    m_ui->exportButton->setEnabled(!m_ui->exportPathEdit->text().trimmed().isEmpty());
}

void ResetImpactPage::fillTables()
{
    const DatasetResult &runtime = m_reader->runtimeConfigs();
    const DatasetResult &projects = m_reader->projectConfigs();
    fill(m_ui->runtimeTable, runtime.rows,
         {"msdyn_name", "msdyn_internalentityname", "msdyn_externalentityname",
          "msdyn_dualwriteruntimeconfigid"});
    fill(m_ui->projectTable, projects.rows,
         {"ProjectName", "Status", "IntegrationKey", "ExternalEnvironmentUrl"});
    m_ui->legalEntitiesList->clear();
    const QStringList entities = selectedLegalEntities(m_session->report(), m_session->profile());
    m_ui->legalEntitiesList->addItems(entities);
    m_ui->impactTabs->setTabText(0, tr("&Runtime configurations (%1)").arg(runtime.rows.size()));
    m_ui->impactTabs->setTabText(1, tr("&Project configurations (%1)").arg(projects.rows.size()));
    m_ui->impactTabs->setTabText(2, tr("&Legal entities (%1)").arg(entities.size()));
    QStringList problems;
    if (!runtime.ok())
        problems << tr("Dataverse runtime configurations: %1").arg(runtime.error);
    if (!projects.ok())
        problems << tr("F&O project configurations: %1").arg(projects.error);
    m_ui->readStatusLabel->setText(
        problems.isEmpty()
            ? statusLineHtml(CheckStatus::Warning,
                             tr("The reset deletes %1 Dataverse runtime configurations and %2 "
                                "finance and operations project configurations.")
                                 .arg(runtime.rows.size())
                                 .arg(projects.rows.size()))
            : statusLineHtml(CheckStatus::Unknown,
                             tr("Not everything could be read: %1")
                                 .arg(problems.join(QStringLiteral("; ")))));
}

void ResetImpactPage::onBrowse()
{
    auto *dialog = new QFileDialog(this, tr("Save the reset snapshot"),
                                   m_ui->exportPathEdit->text(), tr("JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->exportPathEdit->setText(QDir::toNativeSeparators(path));
    });
    dialog->open();
}

void ResetImpactPage::onExport()
{
    const QString path = QDir::fromNativeSeparators(m_ui->exportPathEdit->text().trimmed());
    QString error;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QJsonObject json = resetSnapshotJson(
        m_session->profile(), m_reader->runtimeConfigs(), m_reader->projectConfigs(),
        selectedLegalEntities(m_session->report(), m_session->profile()));
    if (!writeJsonFile(path, json, &error)) {
        m_ui->exportStatusLabel->setText(statusLineHtml(
            CheckStatus::Fail, tr("The snapshot was not saved: %1").arg(error)));
        return;
    }
    m_exported = true;
    m_ui->exportStatusLabel->setText(statusLineHtml(
        CheckStatus::Pass, tr("Snapshot saved: %1").arg(QDir::toNativeSeparators(path))));
    emit completeChanged();
}

} // namespace dwh::gui
