// SPDX-License-Identifier: MIT
#include "companydiffdialog.h"

#include "ui_companydiffdialog.h"

#include "catalogue.h"
#include "checkrerun.h"
#include "companydifffilter.h"
#include "companydiffmodel.h"
#include "dialogbuttons.h"
#include "healthengine.h"
#include "linkcontext.h"
#include "savefile.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTime>

namespace dwh::gui {

namespace {

constexpr int CheckIdRole = Qt::UserRole;
constexpr int StatusRole = Qt::UserRole + 1;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

CompanyDiffDialog::CompanyDiffDialog(const QString &code, WizardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompanyDiffDialog>())
    , m_code(code.toUpper())
    , m_session(session)
    , m_model(new CompanyDiffModel(this))
    , m_filter(new CompanyDiffFilter(this))
    , m_rerun(new CheckRerun(session, this))
{
    m_ui->setupUi(this);
    describeStandardButtons(m_ui->buttonBox);
    setObjectName(QStringLiteral("companyDiffDialog"));
    setWindowTitle(tr("%1: companies in dual-write, finance and operations apps and Dataverse").arg(m_code));
    m_filter->setSourceModel(m_model);
    m_ui->companyTable->setModel(m_filter);
    QHeaderView *header = m_ui->companyTable->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);  // keep the selection's order until asked
    m_ui->companyTable->setSortingEnabled(true);
    // The table never scrolls sideways: the short columns (code, yes/no, owning team) take what
    // their header or cells need, the names and the difference share the rest. A name longer than its
    // column is elided, in full in its tooltip; the difference, a sentence, wraps.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {int(CompanyDiffModel::CodeColumn), int(CompanyDiffModel::SelectedColumn),
                       int(CompanyDiffModel::EnabledColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Its header in full; a team name longer than that is elided (in full in the tooltip).
    header->setSectionResizeMode(CompanyDiffModel::OwningTeamColumn, QHeaderView::Interactive);
    header->resizeSection(CompanyDiffModel::OwningTeamColumn,
                          header->sectionSizeHint(CompanyDiffModel::OwningTeamColumn));
    header->setTextElideMode(Qt::ElideRight);  // a narrow header is elided, whole in its tooltip
    m_ui->companyTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->companyTable->setTextElideMode(Qt::ElideRight);
    m_ui->companyTable->setWordWrap(true);
    m_ui->companyTable->verticalHeader()->hide();
    m_ui->companyTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->verifyResults->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->verifyResults->header()->setStretchLastSection(true);
    m_ui->verifyResults->hide();
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 1);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &CompanyDiffFilter::setSearchText);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &CompanyDiffDialog::updateCount);
    connect(m_ui->onlyDifferencesCheck, &QCheckBox::toggled, m_filter, &CompanyDiffFilter::setOnlyDifferences);
    connect(m_ui->onlyDifferencesCheck, &QCheckBox::toggled, this, &CompanyDiffDialog::updateCount);
    connect(m_ui->companyTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompanyDiffDialog::onCurrentChanged);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CompanyDiffDialog::onExportClicked);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &CompanyDiffDialog::onVerifyClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rerun, &CheckRerun::finished, this, &CompanyDiffDialog::onVerifyFinished);

    const HealthEngine *engine = session->engine();
    showSnapshot(engine ? &engine->snapshot() : nullptr);
    // Never larger than the screen (800×600, or 200 % scaling on a small one).
    resize(QSize(900, 640).boundedTo(screen()->availableGeometry().size() * 0.95));
}

CompanyDiffDialog::~CompanyDiffDialog() = default;

QStringList CompanyDiffDialog::companyCheckIds()
{
    return {QStringLiteral("dep.company.dataverse"), QStringLiteral("dep.company.fo"),
            QStringLiteral("dep.company.owning-team")};
}

void CompanyDiffDialog::showSnapshot(const Snapshot *snapshot)
{
    const QString current = m_model->rowAt(m_filter->mapToSource(m_ui->companyTable->currentIndex()))
        ? m_model->rowAt(m_filter->mapToSource(m_ui->companyTable->currentIndex()))->key
        : QString();
    const bool read = snapshot && (snapshot->has(Dataset::DvCompanies) || snapshot->has(Dataset::FoLegalEntities));
    m_model->setDiff(read ? CompanyDiff::compute(*snapshot, LinkContext::fromProfile(m_session->profile()))
                          : CompanyDiff());
    const CompanyDiff &diff = m_model->diff();
    QString summary = QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(m_code), esc(codeDescription(m_code)));
    if (!read) {
        summary += QStringLiteral("<p>%1</p>").arg(statusLineHtml(
            CheckStatus::Unknown, tr("The companies have not been read yet: run the health check "
                                     "first, or choose Verify to read them now.")));
    } else {
        const QString source = !diff.selection.known
            ? tr("The legal entities selected for dual-write are unknown: %1").arg(diff.selection.error)
            : diff.selection.source == LegalEntitySelection::Source::Profile
            ? tr("Selected for dual-write: %n legal entities, from the profile (dualWrite.legalEntities).", nullptr, int(diff.selection.codes.size()))
            : tr("Selected for dual-write: %n legal entities, the companies enabled for dual-write in Dataverse.", nullptr, int(diff.selection.codes.size()));
        const int failed = diff.count(CheckStatus::Fail);
        const int warnings = diff.count(CheckStatus::Warning);
        const CheckStatus worst = failed ? CheckStatus::Fail
            : (warnings || !diff.foKnown || !diff.dvKnown) ? CheckStatus::Warning : CheckStatus::Pass;
        QString outcome = failed || warnings
            ? tr("Companies to fix: %1; to look at: %2.").arg(failed).arg(warnings)
            : tr("Every selected legal entity exists on both sides.");
        if (!diff.foKnown)
            outcome += QLatin1Char(' ') + tr("Finance and operations apps could not be read: %1").arg(diff.foError);
        if (!diff.dvKnown)
            outcome += QLatin1Char(' ') + tr("Dataverse could not be read: %1").arg(diff.dvError);
        summary += QStringLiteral("<p>%1<br>%2</p>").arg(esc(source), statusLineHtml(worst, outcome));
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->exportButton->setEnabled(!diff.rows.isEmpty());

    // Keep the selected company selected; else the first one to fix; else the first row.
    QModelIndex select;
    for (int i = 0; i < m_filter->rowCount() && !select.isValid(); ++i) {
        const CompanyDiffRow *row = m_model->rowAt(m_filter->mapToSource(m_filter->index(i, 0)));
        if (current.isEmpty() ? row->status() == CheckStatus::Fail : row->key == current)
            select = m_filter->index(i, 0);
    }
    if (!select.isValid())
        select = m_filter->index(0, 0);
    m_ui->companyTable->setCurrentIndex(select);
    onCurrentChanged(select);
    updateCount();
}

void CompanyDiffDialog::updateCount()
{
    m_ui->countLabel->setText(tr("Showing %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void CompanyDiffDialog::onCurrentChanged(const QModelIndex &current)
{
    const CompanyDiffRow *row = m_model->rowAt(m_filter->mapToSource(current));
    if (!row) {
        m_ui->fixBrowser->setPlainText(m_model->rowCount() ? tr("Select a company to see its fix steps.")
                                                           : QString());
        return;
    }
    QString html = QStringLiteral("<p>%1</p>").arg(statusLineHtml(
        row->status(), tr("%1: %2").arg(row->code, m_ui->companyTable->model()
                                                        ->index(current.row(), CompanyDiffModel::DifferenceColumn)
                                                        .data().toString())));
    const QStringList steps = row->fixSteps();
    if (steps.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing to fix for %1.").arg(row->code)));
    } else {
        html += QStringLiteral("<ol>");
        for (const QString &step : steps)
            html += QStringLiteral("<li>%1</li>").arg(esc(step));
        html += QStringLiteral("</ol>");
    }
    const QString doc = DocUrls::healthCheck();
    html += QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>").arg(esc(tr("Documentation:")), esc(doc));
    m_ui->fixBrowser->setHtml(html);
}

bool CompanyDiffDialog::exportCsv(const QString &path, QString *error) const
{
    return saveFileAtomically(path, companyDiffCsv(m_model->diff()).toUtf8(), error);
}

void CompanyDiffDialog::onExportClicked()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = QStringLiteral("dwhealth-companies-%1.csv")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Export the company grid"), QDir(folder).filePath(name),
                                   tr("CSV file (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &CompanyDiffDialog::onExportFileSelected);
    dialog->open();
}

void CompanyDiffDialog::onExportFileSelected(const QString &path)
{
    QString error;
    if (exportCsv(path, &error)) {
        m_ui->exportedLabel->setText(statusLineHtml(CheckStatus::Pass, tr("Exported to %1").arg(QDir::toNativeSeparators(path))));
    } else {
        m_ui->exportedLabel->setText(statusLineHtml(CheckStatus::Fail, tr("Could not write %1: %2")
                                                                           .arg(QDir::toNativeSeparators(path), error)));
    }
}

void CompanyDiffDialog::onVerifyClicked()
{
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyStatusLabel->setText(QStringLiteral("<img src=\":/icons/pending-16.png\" width=\"16\" height=\"16\">&nbsp;%1")
                                         .arg(esc(tr("Verifying: reading the companies again…"))));
    m_rerun->run(companyCheckIds());
}

void CompanyDiffDialog::onVerifyFinished(const Report &report)
{
    m_ui->verifyButton->setEnabled(true);
    m_ui->verifyResults->clear();
    CheckStatus worst = CheckStatus::Pass;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks) {
            auto *item = new QTreeWidgetItem(m_ui->verifyResults);
            item->setIcon(0, statusIcon(c.status));
            item->setText(0, statusText(c.status));
            item->setData(0, CheckIdRole, c.id);
            item->setData(0, StatusRole, int(c.status));
            item->setText(1, c.codes.isEmpty() ? QString() : c.codes.join(QLatin1String(", ")));
            item->setText(2, c.title);
            item->setText(3, c.message);
            item->setToolTip(3, c.message);
            if (severity(c.status) > severity(worst))
                worst = c.status;
        }
    }
    m_ui->verifyResults->show();
    m_ui->verifyStatusLabel->setText(statusLineHtml(
        worst, tr("Verified at %1: the company checks, run again on what the environments hold now: %2.")
                   .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), statusText(worst).toLower())));
    showSnapshot(m_rerun->snapshot());
}

} // namespace dwh::gui
