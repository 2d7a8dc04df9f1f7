// SPDX-License-Identifier: MIT
#include "troubleshooterdialog.h"

#include "ui_troubleshooterdialog.h"

#include "checkrerun.h"
#include "dialogbuttons.h"
#include "ruleset.h"
#include "statusicons.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QUrl>

namespace dwh::gui {

namespace {

constexpr int CheckIdRole = Qt::UserRole;
constexpr int StatusRole = Qt::UserRole + 1;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString listHtml(const QStringList &items, const char *tag)
{
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

QString checkTitle(const QString &checkId)
{
    for (const Rule &rule : allRules()) {
        if (rule.descriptor.id == checkId)
            return QCoreApplication::translate("dwh::Rules", rule.descriptor.title.toUtf8().constData());
    }
    return checkId;
}

QString docLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https"))
        return esc(url);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(QString::fromUtf8(parsed.toEncoded())), esc(url));
}

} // namespace

TroubleshooterDialog::TroubleshooterDialog(WizardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TroubleshooterDialog>())
    , m_rerun(new CheckRerun(session, this))
{
    m_ui->setupUi(this);
    describeStandardButtons(m_ui->buttonBox);
    setObjectName(QStringLiteral("troubleshooterDialog"));
    m_ui->messageEdit->setMaximumHeight(m_ui->messageEdit->fontMetrics().lineSpacing() * 6);
    m_ui->symptomCombo->addItem(tr("Choose a symptom…"));
    for (const Symptom &s : m_troubleshooter.symptoms())
        m_ui->symptomCombo->addItem(s.title, s.id);
    m_ui->fieldsTable->verticalHeader()->hide();
    m_ui->fieldsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->checksList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->checksList->header()->setStretchLastSection(true);
    m_ui->fieldsPane->hide();
    m_ui->runChecksButton->setEnabled(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 2);
    clearAnswer();

    auto *explainShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(explainShortcut, &QShortcut::activated, this, &TroubleshooterDialog::onExplainClicked);
    connect(m_ui->explainButton, &QPushButton::clicked, this, &TroubleshooterDialog::onExplainClicked);
    connect(m_ui->symptomCombo, &QComboBox::activated, this, &TroubleshooterDialog::onSymptomPicked);
    connect(m_ui->runChecksButton, &QPushButton::clicked, this, &TroubleshooterDialog::onRunChecksClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rerun, &CheckRerun::finished, this, &TroubleshooterDialog::onChecksFinished);
    // Never larger than the screen (800×600, or 200 % scaling on a small one).
    resize(QSize(860, 680).boundedTo(screen()->availableGeometry().size() * 0.95));
}

TroubleshooterDialog::~TroubleshooterDialog() = default;

void TroubleshooterDialog::explainText(const QString &text)
{
    m_ui->messageEdit->setPlainText(text);
    onExplainClicked();
}

void TroubleshooterDialog::onExplainClicked()
{
    const QString text = m_ui->messageEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_ui->matchLabel->setText(statusLineHtml(CheckStatus::Unknown, tr("Paste a message first, or pick a symptom.")));
        return;
    }
    const QList<SymptomMatch> matches = m_troubleshooter.explain(text);
    if (matches.isEmpty()) {
        // The previous answer belongs to another message: nothing of it may stay on screen.
        clearAnswer();
        m_ui->matchLabel->setText(statusLineHtml(
            CheckStatus::Unknown, tr("Not recognised: this message is not one of the troubleshooting "
                                     "articles' items. Pick the closest symptom from the list.")));
        return;
    }
    const SymptomMatch &best = matches.first();
    QStringList others;
    for (int i = 1; i < matches.size(); ++i)
        others << matches.at(i).symptom.title;
    QString line = tr("Recognised: %1.").arg(best.symptom.title);
    if (!others.isEmpty())
        line += QLatin1Char(' ') + tr("Also possible: %1 (pick it from the list).").arg(others.join(QLatin1String("; ")));
    m_ui->matchLabel->setText(QStringLiteral("<b>%1</b>").arg(esc(line)));
    m_ui->symptomCombo->setCurrentIndex(m_ui->symptomCombo->findData(best.symptom.id));
    showSymptom(best.symptom, &best);
}

void TroubleshooterDialog::clearAnswer()
{
    m_symptom = Symptom();
    m_ui->symptomCombo->setCurrentIndex(0);
    m_ui->resultBrowser->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr(
        "Paste a message and choose Explain, or pick a symptom: the cause, the documented fix and "
        "the checks that confirm it appear here."))));
    showFields(nullptr);
    m_ui->checksList->clear();
    m_ui->runChecksButton->setEnabled(false);
    m_ui->runStatusLabel->clear();
}

void TroubleshooterDialog::onSymptomPicked(int index)
{
    Symptom symptom;
    if (index <= 0 || !m_troubleshooter.symptom(m_ui->symptomCombo->itemData(index).toString(), &symptom))
        return;
    m_ui->matchLabel->clear();
    showSymptom(symptom, nullptr);
}

void TroubleshooterDialog::showSymptom(const Symptom &symptom, const SymptomMatch *match)
{
    m_symptom = symptom;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(symptom.title));
    if (!symptom.causes.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Cause"))) + listHtml(symptom.causes, "ul");
    if (!symptom.requiredRole.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Who can fix it:")), esc(symptom.requiredRole));
    if (!symptom.fixSteps.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("How to fix it"))) + listHtml(symptom.fixSteps, "ol");
    if (!symptom.settings.isEmpty()) {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                               "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                    .arg(esc(tr("Parameter")), esc(tr("Meaning")), esc(tr("Recommended")));
        for (const RecommendedSetting &s : symptom.settings)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(s.name), esc(s.meaning), QString::number(s.recommended));
        html += QStringLiteral("</table>");
        if (!symptom.settingsNote.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(symptom.settingsNote));
    }
    if (!symptom.checkNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(symptom.checkNote));
    if (!symptom.docUrl.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Documentation:")), docLink(symptom.docUrl));
    m_ui->resultBrowser->setHtml(html);
    showFields(match);
    showChecks(symptom);
}

void TroubleshooterDialog::showFields(const SymptomMatch *match)
{
    QTableWidget *table = m_ui->fieldsTable;
    table->clear();
    table->setRowCount(0);
    const bool versions = match && !match->versionMismatches.isEmpty();
    const bool fields = match && !match->fields.isEmpty();
    m_ui->fieldsPane->setVisible(versions || fields);
    if (versions) {
        table->setColumnCount(6);
        table->setHorizontalHeaderLabels({tr("Map"), tr("Entity set"), tr("Solution"), tr("Installed"),
                                          tr("Required"), tr("AppSource package")});
        for (const VersionMismatch &v : match->versionMismatches) {
            const int row = table->rowCount();
            table->insertRow(row);
            const QStringList cells{v.map, v.entitySet, v.solution, v.installed, v.required, v.package};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    } else if (fields) {
        table->setColumnCount(2);
        table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
        for (auto it = match->fields.begin(); it != match->fields.end(); ++it) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(match->symptom.fieldLabels.value(it.key(), it.key())));
            table->setItem(row, 1, new QTableWidgetItem(it.value()));
        }
    }
    if (table->columnCount() == 0)
        return;  // nothing parsed: no columns to size
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(table->columnCount() - 1, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void TroubleshooterDialog::showChecks(const Symptom &symptom)
{
    m_ui->checksList->clear();
    for (const QString &id : symptom.checkIds) {
        auto *item = new QTreeWidgetItem(m_ui->checksList);
        item->setIcon(0, pendingIcon());
        item->setText(0, tr("Not run"));
        item->setData(0, CheckIdRole, id);
        item->setText(1, checkTitle(id));
        item->setToolTip(1, id);
    }
    m_ui->runChecksButton->setEnabled(!symptom.checkIds.isEmpty() && !m_rerun->isRunning());
    m_ui->runStatusLabel->setText(symptom.checkIds.isEmpty()
                                      ? tr("No dwhealth check covers this symptom.")
                                      : QString());
}

void TroubleshooterDialog::onRunChecksClicked()
{
    if (m_symptom.checkIds.isEmpty())
        return;
    m_ui->runChecksButton->setEnabled(false);
    m_ui->runStatusLabel->setText(tr("Running %n check(s)…", nullptr, int(m_symptom.checkIds.size())));
    m_rerun->run(m_symptom.checkIds);
}

void TroubleshooterDialog::onChecksFinished(const Report &report)
{
    m_ui->runChecksButton->setEnabled(!m_symptom.checkIds.isEmpty());
    int done = 0;
    for (int i = 0; i < m_ui->checksList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->checksList->topLevelItem(i);
        const CheckResult *c = report.find(item->data(0, CheckIdRole).toString());
        if (!c)
            continue;  // the symptom changed while the checks ran
        ++done;
        item->setIcon(0, statusIcon(c->status));
        item->setText(0, statusText(c->status));
        item->setData(0, StatusRole, int(c->status));
        item->setText(2, c->message);
        item->setToolTip(2, c->message);
    }
    m_ui->runStatusLabel->setText(tr("Checks run: %1.").arg(done));
}

} // namespace dwh::gui
