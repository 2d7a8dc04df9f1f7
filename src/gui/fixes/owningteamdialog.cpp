// SPDX-License-Identifier: MIT
#include "owningteamdialog.h"

#include "ui_owningteamdialog.h"

#include "catalogue.h"
#include "dialogbuttons.h"
#include "healthengine.h"
#include "owningteamdetails.h"
#include "report.h"
#include "statusicons.h"
#include "wizardsession.h"
#include "writerunpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>

namespace dwh::gui {

namespace {

const QString owningTeamCheck = QStringLiteral("dep.company.owning-team");
const QString teamNameCheck = QStringLiteral("dep.bu.default-team-name");

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

CheckStatus statusOf(const Report &report, const QString &checkId)
{
    const CheckResult *check = report.find(checkId);
    return check ? check->status : CheckStatus::Unknown;
}

} // namespace

OwningTeamDialog::OwningTeamDialog(const QString &code, WizardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OwningTeamDialog>())
    , m_session(session)
    , m_code(code.trimmed().toUpper())
{
    m_ui->setupUi(this);
    describeStandardButtons(m_ui->buttonBox);
    setObjectName(QStringLiteral("owningTeamDialog"));
    setWindowTitle(tr("Business unit and owning teams (%1)").arg(m_code));
    m_ui->companyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->fixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->writePanel->setup(session, QStringLiteral("DWDVEV1007"), owningTeamCheck);
    connect(m_ui->fixTable, &QTableWidget::itemChanged, this, &OwningTeamDialog::onSelectionChanged);
    connect(m_ui->writePanel, &WriteRunPanel::runFinished, this, [this] {
        const QSignalBlocker blocker(m_ui->fixTable);  // the ticks no longer choose anything
        for (int i = 0; i < m_ui->fixTable->rowCount(); ++i) {
            QTableWidgetItem *item = m_ui->fixTable->item(i, 0);
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
    });
    connect(m_ui->writePanel, &WriteRunPanel::rechecked, this, &OwningTeamDialog::onRechecked);
    connect(m_ui->copyTicketButton, &QPushButton::clicked, this, &OwningTeamDialog::onCopyTicket);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OwningTeamDialog::reject);
    load();
    m_ui->writePanel->insertPage(0, m_ui->fixTable,
                                 tr("Co&mpanies to fix (%1)").arg(m_plan.actions.size()));
    m_ui->tabs->setCurrentWidget(m_code == QLatin1String("DWFOEV1006") ? m_ui->ticketTab
                                                                         : m_ui->fixTab);
    resize(780, 580);
}

OwningTeamDialog::~OwningTeamDialog() = default;

void OwningTeamDialog::reject()
{
    if (m_ui->writePanel->isWriting()) {
        m_ui->writePanel->cancel();
        return;
    }
    QDialog::reject();
}

void OwningTeamDialog::load()
{
    const Report &report = m_session->report();
    const HealthEngine *engine = m_session->engine();
    const Snapshot snapshot = engine ? engine->snapshot() : Snapshot();
    m_facts = defaultTeamFacts(report, snapshot);
    m_plan = planFix(QStringLiteral("DWDVEV1007"), report, snapshot, m_session->profile());
    const CheckResult *check = report.find(checkIdForCode(m_code));
    m_ui->summaryLabel->setText(
        !m_session->hasReport() || !check
            ? statusLineHtml(CheckStatus::Unknown, tr("Run the health check first: the facts "
                                                      "come from its findings."))
            : statusLineHtml(check->status, tr("%1: %2").arg(m_code, check->message)));
    showFacts(report);
    showFix();
    showTicket();
}

QString OwningTeamDialog::teamText(const QString &teamId) const
{
    if (teamId.isEmpty())
        return tr("None");
    if (teamId.compare(m_facts.teamId, Qt::CaseInsensitive) == 0 && !m_facts.teamName.isEmpty())
        return tr("%1 (%2), the root business unit's default team").arg(m_facts.teamName, teamId);
    return tr("Team %1").arg(teamId);
}

void OwningTeamDialog::showFacts(const Report &report)
{
    const QString unknown = tr("Not read");
    m_ui->rootBuValue->setText(m_facts.businessUnitName.isEmpty()
                                   ? unknown
                                   : tr("%1 (%2)").arg(m_facts.businessUnitName,
                                                       m_facts.businessUnitId));
    m_ui->defaultTeamValue->setText(m_facts.teamName.isEmpty()
                                        ? unknown
                                        : tr("%1 (%2)").arg(m_facts.teamName, m_facts.teamId));
    const CheckStatus nameStatus = statusOf(report, teamNameCheck);
    m_ui->nameMatchValue->setText(statusLineHtml(
        m_facts.known ? nameStatus : CheckStatus::Unknown,
        !m_facts.known      ? tr("Unknown: the business unit or its default team was not read.")
        : m_facts.namesMatch() ? tr("Named as the business unit, as expected.")
                               : tr("Expected \"%1\" (the business unit's name), found \"%2\".")
                                     .arg(m_facts.businessUnitName, m_facts.teamName)));
    const CheckResult *check = report.find(owningTeamCheck);
    // Malformed details (a report read from a file) list no company: the plan says why.
    const std::optional<OwningTeamDetails> details =
        check ? OwningTeamDetails::fromJson(check->details, nullptr) : std::nullopt;
    QTableWidget *table = m_ui->companyTable;
    table->setRowCount(0);
    if (!details) {
        table->resizeColumnsToContents();
        return;
    }
    for (const QList<CompanyOwningTeam> &list : {details->withoutTeam, details->withTeam}) {
        for (const CompanyOwningTeam &company : list) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, textItem(company.code));
            table->setItem(row, 1, textItem(company.name));
            const QString teamId = company.teamId.value_or(QString());
            auto *team = textItem(teamText(teamId));
            team->setIcon(statusIcon(teamId.isEmpty() ? CheckStatus::Fail : CheckStatus::Pass));
            table->setItem(row, 2, team);
        }
    }
    table->resizeColumnsToContents();
}

void OwningTeamDialog::showFix()
{
    const QString doc = docUrlFor(QStringLiteral("DWDVEV1007")).toHtmlEscaped();
    QString text;
    if (!m_plan.ok())
        text = tr("No fix can be planned: %1").arg(m_plan.error.toHtmlEscaped());
    else if (m_plan.actions.isEmpty())
        text = tr("Every company that syncs through dual-write has a default owning team: "
                  "nothing to set.");
    else
        text = tr("Sets <b>Default owning team</b> (<code>cdm_defaultowningteam</code>) on the "
                  "ticked companies to the root business unit's default team %1. Afterwards, make "
                  "sure the team has the dual-write security roles. "
                  "<a href=\"%2\">Documented fix</a>.")
                   .arg(teamText(m_facts.teamId).toHtmlEscaped(), doc);
    m_ui->fixLabel->setText(text);
    const QSignalBlocker blocker(m_ui->fixTable);
    m_ui->fixTable->setRowCount(int(m_plan.actions.size()));
    for (int i = 0; i < m_plan.actions.size(); ++i) {
        const WriteAction &a = m_plan.actions.at(i);
        auto *company = textItem(a.record.name);
        company->setFlags(company->flags() | Qt::ItemIsUserCheckable);
        company->setCheckState(Qt::Checked);
        m_ui->fixTable->setItem(i, 0, company);
        const QString bind = a.body.constBegin().value().toString();  // "/teams(<id>)"
        m_ui->fixTable->setItem(i, 1, textItem(teamText(bind.mid(7, bind.size() - 8))));
    }
    m_ui->fixTable->resizeColumnsToContents();
    m_ui->fixTable->setVisible(!m_plan.actions.isEmpty());
    m_ui->writePanel->setVisible(!m_plan.actions.isEmpty());
    onSelectionChanged();
}

void OwningTeamDialog::showTicket()
{
    m_ui->renameNoteLabel->setText(
        tr("dwhealth does not rename the default team. For DWFOEV1006 Microsoft documents two "
           "fixes: reset the dual-write connection (see the reset walkthrough), or open a ticket "
           "with Microsoft Support giving the default team of the root business unit. The text "
           "below has what the ticket needs. <a href=\"%1\">Documented fix</a>.")
            .arg(docUrlFor(QStringLiteral("DWFOEV1006")).toHtmlEscaped()));
    m_ui->ticketEdit->setPlainText(defaultTeamTicketText(m_facts, m_session->profile()));
}

void OwningTeamDialog::onSelectionChanged()
{
    QList<WriteAction> selected;
    for (int i = 0; i < m_plan.actions.size(); ++i) {
        const QTableWidgetItem *item = m_ui->fixTable->item(i, 0);
        if (item && item->checkState() == Qt::Checked)
            selected << m_plan.actions.at(i);
    }
    m_ui->writePanel->setActions(selected);
}

void OwningTeamDialog::onRechecked(const Report &report)
{
    const CheckResult *check = report.find(owningTeamCheck);
    const CheckStatus status = check ? check->status : CheckStatus::Unknown;
    m_ui->summaryLabel->setText(statusLineHtml(
        status, tr("After the fix, DWDVEV1007: %1. %2")
                    .arg(statusText(status), check ? check->message : tr("no result"))));
    showFacts(report);
}

void OwningTeamDialog::onCopyTicket()
{
    QGuiApplication::clipboard()->setText(m_ui->ticketEdit->toPlainText());
}

} // namespace dwh::gui
