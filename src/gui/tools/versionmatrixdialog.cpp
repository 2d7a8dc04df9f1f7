// SPDX-License-Identifier: MIT
#include "versionmatrixdialog.h"

#include "ui_versionmatrixdialog.h"

#include "catalogue.h"
#include "checkrerun.h"
#include "dialogbuttons.h"
#include "healthengine.h"
#include "statusicons.h"
#include "versionmatrix.h"
#include "wizardsession.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QTime>

namespace dwh::gui {

namespace {

enum Column { SolutionColumn, InstalledColumn, RequiredColumn, StatusColumn, PackageColumn };

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &url)
{
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(url));
}

} // namespace

VersionMatrixDialog::VersionMatrixDialog(WizardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VersionMatrixDialog>())
    , m_session(session)
    , m_rerun(new CheckRerun(session, this))
{
    m_ui->setupUi(this);
    describeStandardButtons(m_ui->buttonBox);
    setObjectName(QStringLiteral("versionMatrixDialog"));
    setWindowTitle(tr("DWHC0202: dual-write solution versions"));
    QHeaderView *header = m_ui->versionTable->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &VersionMatrixDialog::onVerifyClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rerun, &CheckRerun::finished, this, &VersionMatrixDialog::onVerifyFinished);
    const HealthEngine *engine = session->engine();
    showResults(session->report(), engine ? &engine->snapshot() : nullptr);
    // Never larger than the screen (800×600, or 200 % scaling on a small one).
    resize(QSize(860, 620).boundedTo(screen()->availableGeometry().size() * 0.95));
}

VersionMatrixDialog::~VersionMatrixDialog() = default;

QStringList VersionMatrixDialog::solutionCheckIds()
{
    return {QStringLiteral("prereq.dual-write-core"), QStringLiteral("prereq.solution-versions")};
}

void VersionMatrixDialog::showResults(const Report &report, const Snapshot *snapshot)
{
    const QList<SolutionVersion> rows = versionMatrix(report, snapshot);
    m_ui->versionTable->clear();
    int below = 0;
    for (const SolutionVersion &row : rows) {
        auto *item = new QTreeWidgetItem(m_ui->versionTable);
        item->setText(SolutionColumn, row.uniqueName);
        item->setData(SolutionColumn, Qt::UserRole, row.uniqueName);
        item->setText(InstalledColumn, row.installed.isEmpty() ? tr("not installed") : row.installed);
        item->setText(RequiredColumn, row.required.isEmpty() ? tr("none documented") : row.required);
        QString status;
        switch (row.status) {
        case CheckStatus::Fail:
            status = row.installed.isEmpty() ? tr("Failed: not installed") : tr("Failed: below required");
            ++below;
            break;
        case CheckStatus::Unknown:
            status = tr("Unknown: not a version number");
            break;
        case CheckStatus::Skipped:
            status = tr("Not installed (not required)");
            break;
        default:
            status = tr("Passed");
            break;
        }
        item->setIcon(StatusColumn, statusIcon(row.status));
        item->setText(StatusColumn, status);
        item->setData(StatusColumn, Qt::UserRole, int(row.status));
        item->setText(PackageColumn, row.package);
        item->setToolTip(SolutionColumn, row.friendlyName.isEmpty()
                                             ? row.uniqueName
                                             : tr("%1 (%2)").arg(row.friendlyName, row.uniqueName));
        item->setData(SolutionColumn, Qt::AccessibleTextRole, item->toolTip(SolutionColumn));
        item->setToolTip(PackageColumn, row.package);
    }
    if (rows.isEmpty()) {
        m_ui->summaryLabel->setText(statusLineHtml(
            CheckStatus::Unknown, tr("The solutions have not been read yet: run the prerequisite "
                                     "health check first, or choose Verify to read them now.")));
    } else {
        m_ui->summaryLabel->setText(statusLineHtml(
            below ? CheckStatus::Fail : CheckStatus::Pass,
            below ? tr("%n dual-write solution(s) below the required version or missing.", nullptr, below)
                  : tr("Every installed dual-write solution meets its required version.")));
    }

    QString html = QStringLiteral("<ol>");
    html += QStringLiteral("<li>%1</li>").arg(esc(tr(
        "In the Power Platform admin center, open the Dataverse environment and choose "
        "Dynamics 365 apps.")));
    const QStringList packages = packagesToUpdate(rows);
    if (!packages.isEmpty()) {
        html += QStringLiteral("<li>%1<ul>").arg(esc(tr(
            "Update these packages, in this order (Application Core first; the others depend on it):")));
        for (const QString &p : packages)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        html += QStringLiteral("</ul></li>");
    } else {
        html += QStringLiteral("<li>%1</li>").arg(esc(tr(
            "Update the dual-write packages that contain a solution below its required version.")));
    }
    html += QStringLiteral("<li>%1</li>").arg(esc(tr(
        "If a Dual-write Application Orchestration package (the deprecated monolith) is installed, "
        "install the split packages over it: they keep the same solution names, publisher and map "
        "versions, so this is a non-breaking upgrade.")));
    html += QStringLiteral("<li>%1<ul>").arg(esc(tr(
        "In finance and operations apps, on the Dual-write page, apply the map solutions again "
        "(Apply Solution) where the solution shows \"Has new changes = Yes\":")));
    for (const QString &map : mapSolutionsToReapply())
        html += QStringLiteral("<li>%1</li>").arg(esc(map));
    html += QStringLiteral("</ul></li>");
    html += QStringLiteral("<li>%1</li></ol>").arg(esc(tr("Choose Verify to run the solution checks again.")));
    html += QStringLiteral("<p>%1 %2<br>%3 %4</p>")
                .arg(esc(tr("Version mismatch errors:")), link(DocUrls::versionMismatch()),
                     esc(tr("Packages and their contents:")), link(DocUrls::separatedSolutions()));
    m_ui->upgradeBrowser->setHtml(html);
}

void VersionMatrixDialog::onVerifyClicked()
{
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyStatusLabel->setText(QStringLiteral("<img src=\":/icons/pending-16.png\" width=\"16\" height=\"16\">&nbsp;%1")
                                         .arg(esc(tr("Verifying: reading the solutions again…"))));
    m_rerun->run(solutionCheckIds());
}

void VersionMatrixDialog::onVerifyFinished(const Report &report)
{
    m_ui->verifyButton->setEnabled(true);
    const CheckResult *versions = report.find(QStringLiteral("prereq.solution-versions"));
    const CheckStatus status = versions ? versions->status : CheckStatus::Unknown;
    m_ui->verifyStatusLabel->setText(statusLineHtml(
        status, tr("Verified at %1: %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                            versions ? versions->message : statusText(status))));
    showResults(report, m_rerun->snapshot());
}

} // namespace dwh::gui
