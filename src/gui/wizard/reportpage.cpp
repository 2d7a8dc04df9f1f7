// SPDX-License-Identifier: MIT
#include "reportpage.h"

#include "ui_reportpage.h"

#include "evidencebundle.h"
#include "harlog.h"
#include "mapspdf.h"
#include "healthengine.h"
#include "pdfoptions.h"
#include "recordfixsteps.h"
#include "report.h"
#include "reportdiff.h"
#include "reportwriter.h"
#include "statusicons.h"
#include "tablemapsdialog.h"
#include "tracerecorder.h"
#include "wizardsession.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace dwh::gui {

namespace {

constexpr int PreviewDelayMs = 200;
constexpr int PathRole = Qt::UserRole;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString iconHtml(CheckStatus status)
{
    // statusLineHtml() escapes its text; an empty text leaves just the icon.
    return statusLineHtml(status, QString());
}

QString documentsFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir.isEmpty() ? QDir::homePath() : dir;
}

/** `fixed`: the findings are gone, so they get the pass icon, not their old status's. */
QString findingsHtml(const QString &title, const QList<DiffFinding> &findings, bool fixed = false)
{
    QString html = QStringLiteral("<p><b>%1 (%2)</b>").arg(esc(title)).arg(findings.size());
    for (const DiffFinding &f : findings) {
        CheckStatus status = CheckStatus::Unknown;
        checkStatusFromString(f.status, &status);
        if (fixed)
            status = CheckStatus::Pass;
        html += QStringLiteral("<br>%1 %2 <code>%3</code> %4")
                    .arg(iconHtml(status), esc(f.title.isEmpty() ? f.checkId : f.title), esc(f.code),
                         esc(f.message));
    }
    return html + QStringLiteral("</p>");
}

QString diffHtml(const ReportDiff &diff)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(esc(diff.hasChanges()
                                    ? ReportPage::tr("Changes from the run of %1 to this run:")
                                          .arg(diff.olderStartedAt)
                                    : ReportPage::tr("No change since the run of %1.")
                                          .arg(diff.olderStartedAt)));
    html += findingsHtml(ReportPage::tr("New findings"), diff.newFindings);
    html += findingsHtml(ReportPage::tr("Fixed"), diff.fixedFindings, true);
    html += findingsHtml(ReportPage::tr("Still failing"), diff.stillFailing);
    html += QStringLiteral("<p><b>%1 (%2)</b>")
                .arg(esc(ReportPage::tr("Status changes")))
                .arg(diff.statusChanges.size());
    for (const StatusChange &c : diff.statusChanges) {
        html += QStringLiteral("<br>%1: %2 &rarr; %3")
                    .arg(esc(c.title.isEmpty() ? c.checkId : c.title), esc(c.before), esc(c.after));
    }
    return html + QStringLiteral("</p>");
}

} // namespace

ReportPage::ReportPage(WizardSession *session, QWidget *parent)
    : SessionPage(session, parent)
    , m_ui(std::make_unique<Ui::ReportPage>())
    , m_trace(new TraceRecorder(this))
    , m_writer(new HistoryWriter(this))
{
    m_ui->setupUi(content());
    setTitle(tr("Report"));
    setSubTitle(tr("The outcome of the health check, what changed since earlier runs, and the "
                   "report to hand over, in the format you choose."));
    // The session's token providers are its children, and ServiceClient inherits their
    // recorder: every exchange of the session's runs reaches m_trace.
    TraceRecorder::install(session, m_trace);
    // What a consultant hands over first, with the formats' proper names.
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("md"),
                                  QStringLiteral("junit"), QStringLiteral("json")}) {
        if (reportFormats().contains(format))
            m_ui->formatCombo->addItem(formatDisplayName(format), format);
    }
    m_ui->formatCombo->setCurrentIndex(0);
    m_ui->historyTree->header()->setStretchLastSection(true);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(PreviewDelayMs);

    connect(&m_previewTimer, &QTimer::timeout, this, &ReportPage::updatePreview);
    connect(m_ui->formatCombo, &QComboBox::currentTextChanged, this, &ReportPage::schedulePreview);
    connect(m_ui->redactCheck, &QCheckBox::toggled, this, &ReportPage::schedulePreview);
    for (QLineEdit *edit : {m_ui->customerEdit, m_ui->consultantEdit, m_ui->logoEdit})
        connect(edit, &QLineEdit::textChanged, this, &ReportPage::schedulePreview);
    connect(m_ui->historyTree, &QTreeWidget::currentItemChanged, this, &ReportPage::showChanges);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReportPage::onSaveClicked);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportPage::onExportClicked);
    connect(m_ui->logoButton, &QPushButton::clicked, this, &ReportPage::onLogoClicked);
    connect(m_ui->bundleButton, &QPushButton::clicked, this, &ReportPage::onBundleClicked);
    connect(m_ui->mapsButton, &QPushButton::clicked, this, &ReportPage::onMapsClicked);
    connect(session, &WizardSession::reportChanged, this, &ReportPage::onReportChanged);
    connect(m_writer, &HistoryWriter::written, this, &ReportPage::onHistoryWritten);
}

ReportPage::~ReportPage() = default;

void ReportPage::setHistoryRoot(const QString &root)
{
    m_history = HistoryStore(root);
    m_writer->setStore(m_history);
}

void ReportPage::onMapsClicked()
{
    auto *dialog = findChild<TableMapsDialog *>(QStringLiteral("tableMapsDialog"));
    if (!dialog) {
        dialog = new TableMapsDialog(session(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // What was read goes into the PDF (its own section) from now on.
        connect(dialog, &TableMapsDialog::readFinished, this, [this, dialog] {
            m_mapsSection = {mapsPdfSection(dialog->overview())};
            schedulePreview();
        });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QString ReportPage::defaultFileName(const QString &profileName, const QDate &date)
{
    QString name = profileName.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    if (name.isEmpty())
        name = QStringLiteral("profile");
    return QStringLiteral("dwhealth-%1-%2.json").arg(name, date.toString(Qt::ISODate));
}

void ReportPage::initializePage()
{
    showSummary();
    showHistory();
    updatePreview();
    m_ui->bundleButton->setEnabled(session()->hasReport() && session()->engine());
    m_ui->savedLabel->clear();
}

void ReportPage::onReportChanged()
{
    if (!session()->hasReport())
        return;
    // A run is stored when it finishes; its later steps replace the file of its start time.
    const Report &report = session()->report();
    m_trace->dropBefore(report.startedAt);
    m_storeError.clear();
    // A demo (the in-process simulator) is not a customer's environment: never in the history,
    // as for `dwhealth check --demo`.
    m_demoRun = session()->isDemo();
    if (m_demoRun) {
        m_storedPath.clear();
        m_storedStartedAt = QDateTime();
        if (isVisible())
            initializePage();
        return;
    }
    if (report.startedAt != m_storedStartedAt) {
        m_storedPath.clear();  // a new run: not in the history until written
        m_storedStartedAt = QDateTime();
    }
    // Serialised, written and pruned on the writer's thread; the same run (its start time)
    // replaces its own file there. The page shows it when onHistoryWritten() comes.
    m_writer->write(report, HistoryLimits::fromSettings());
    if (isVisible())
        initializePage();
}

void ReportPage::onHistoryWritten(const QString &path, const QDateTime &startedAt,
                                  const QString &error)
{
    if (m_demoRun)
        return;
    m_storedPath = path;
    m_storeError = error;
    m_storedStartedAt = path.isEmpty() ? QDateTime() : startedAt;
    if (isVisible())
        showHistory();
}

void ReportPage::showSummary()
{
    const Report &report = session()->report();
    const ReportSummary s = report.summary();
    CheckStatus worst = CheckStatus::Pass;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks) {
            if (c.status != CheckStatus::Skipped && severity(c.status) > severity(worst))
                worst = c.status;
        }
    }
    QString verdict;
    switch (report.exitCode()) {
    case 0:
        verdict = s.warning > 0 ? tr("Healthy, with warnings to review.")
                                : tr("Healthy: every check passed.");
        break;
    case 1:
        verdict = tr("Not healthy: at least one check failed.");
        break;
    default:
        verdict = tr("Incomplete: some checks could not be evaluated.");
        break;
    }
    m_ui->verdictLabel->setText(statusLineHtml(worst, verdict));

    QString html = QStringLiteral("<h3>%1</h3><p>").arg(esc(report.profileName));
    html += tr("Dataverse: %1<br>Finance and operations: %2<br>Checked %3 to %4 (UTC)<br>"
               "dwhealth %5, ruleset %6")
                .arg(esc(report.dataverseUrl), esc(report.foUrl),
                     esc(report.startedAt.toUTC().toString(Qt::ISODate)),
                     esc(report.finishedAt.toUTC().toString(Qt::ISODate)), esc(report.toolVersion),
                     esc(report.ruleset));
    if (session()->isSimulated())
        html += QStringLiteral("<br><b>%1</b>").arg(esc(tr("Simulated environment: scenario %1")
                                                             .arg(session()->scenario())));
    html += QStringLiteral("</p><table cellspacing=\"0\" cellpadding=\"4\">");
    const QList<QPair<CheckStatus, int>> counts = {{CheckStatus::Pass, s.pass},
                                                   {CheckStatus::Fail, s.fail},
                                                   {CheckStatus::Warning, s.warning},
                                                   {CheckStatus::Unknown, s.unknown},
                                                   {CheckStatus::Skipped, s.skipped}};
    for (const auto &[status, n] : counts) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\"><b>%3</b></td></tr>")
                    .arg(iconHtml(status), esc(statusText(status)), QString::number(n));
    }
    html += QStringLiteral("</table>");
    for (const StepResult &step : report.steps) {
        html += QStringLiteral("<h4>%1 &mdash; %2</h4>")
                    .arg(esc(step.id == Step::Prerequisites ? tr("Prerequisite health check")
                                                            : tr("Dependency validation")),
                         esc(statusText(step.status())));
        if (!step.note.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(step.note));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const CheckResult &c : step.checks) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(iconHtml(c.status), esc(statusText(c.status)), esc(c.title),
                             esc(c.codes.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</table>");
    }
    m_ui->summaryBrowser->setHtml(html);
}

void ReportPage::showHistory()
{
    QTreeWidget *tree = m_ui->historyTree;
    const QSignalBlocker blocker(tree);
    tree->clear();
    QTreeWidgetItem *previous = nullptr;
    bool pastCurrent = false;
    for (const HistoryEntry &entry : m_history.list(session()->report().profileName)) {
        const bool current = entry.path == m_storedPath;
        QString started = QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat);
        if (current)
            started = tr("%1 (this run)").arg(started);
        const ReportSummary &s = entry.summary;
        auto *item = new QTreeWidgetItem(
            tree, {started, QString::number(s.pass), QString::number(s.fail),
                   QString::number(s.warning), QString::number(s.unknown),
                   QString::number(s.skipped), entry.codes.join(QStringLiteral(", "))});
        item->setData(0, PathRole, entry.path);
        item->setIcon(0, statusIcon(entry.exitCode == 0   ? CheckStatus::Pass
                                    : entry.exitCode == 1 ? CheckStatus::Fail
                                                          : CheckStatus::Unknown));
        if (!previous && pastCurrent)
            previous = item;
        pastCurrent = pastCurrent || current;
    }
    for (int column = 0; column < tree->columnCount() - 1; ++column)
        tree->resizeColumnToContents(column);
    tree->setCurrentItem(previous);
    showChanges();
}

void ReportPage::showChanges()
{
    if (m_demoRun) {
        m_ui->changesBrowser->setHtml(QStringLiteral("<p>%1</p>").arg(
            esc(tr("Demo runs are not stored in the history: there is nothing to compare with."))));
        return;
    }
    if (!m_storeError.isEmpty()) {
        m_ui->changesBrowser->setHtml(statusLineHtml(
            CheckStatus::Warning, tr("This run was not stored in the history: %1").arg(m_storeError)));
        return;
    }
    const QTreeWidgetItem *item = m_ui->historyTree->currentItem();
    const QString path = item ? item->data(0, PathRole).toString() : QString();
    if (path.isEmpty() || path == m_storedPath) {
        m_ui->changesBrowser->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(m_ui->historyTree->topLevelItemCount() > 1
                             ? tr("Choose an earlier run to see what changed since then.")
                             : tr("This is the first run of this profile: nothing to compare "
                                  "with yet."))));
        return;
    }
    QString error;
    const std::optional<QJsonObject> older = HistoryStore::load(path, &error);
    if (!older) {
        m_ui->changesBrowser->setHtml(statusLineHtml(CheckStatus::Warning, error));
        return;
    }
    m_ui->changesBrowser->setHtml(diffHtml(diffReports(*older, session()->report().toJson())));
}

QString ReportPage::exportFormat() const
{
    return m_ui->formatCombo->currentData().toString();
}

QString ReportPage::formatDisplayName(const QString &format)
{
    if (format == QLatin1String("pdf"))
        return tr("PDF");
    if (format == QLatin1String("html"))
        return tr("HTML");
    if (format == QLatin1String("md"))
        return tr("Markdown");
    if (format == QLatin1String("junit"))
        return tr("JUnit XML");
    if (format == QLatin1String("json"))
        return tr("JSON");
    return format;
}

RenderOptions ReportPage::renderOptions() const
{
    RenderOptions options;
    options.redact = m_ui->redactCheck->isChecked();
    const Profile &profile = session()->profile();
    options.redactValues = profile.identifyingValues();
    options.redactValues.removeAll(QString());
    options.document.customer = m_ui->customerEdit->text().trimmed();
    options.document.consultant = m_ui->consultantEdit->text().trimmed();
    options.document.logoPath = m_ui->logoEdit->text().trimmed();
    options.document.extraSections = m_mapsSection;
    // The PDF names the records to fix, as the guided-fix dialogs do.
    if (exportFormat() == QLatin1String("pdf") && session()->hasReport()) {
        if (const HealthEngine *engine = session()->engine())
            options.recordFixSteps = recordFixSteps(session()->report(), engine->snapshot(), profile);
    }
    return options;
}

void ReportPage::schedulePreview()
{
    const QString format = exportFormat();
    const bool cover = format == QLatin1String("pdf") || format == QLatin1String("html");
    for (QWidget *w : {static_cast<QWidget *>(m_ui->customerEdit), static_cast<QWidget *>(m_ui->consultantEdit),
                       static_cast<QWidget *>(m_ui->logoEdit), static_cast<QWidget *>(m_ui->logoButton)})
        w->setEnabled(cover);
    m_previewTimer.start();
}

void ReportPage::updatePreview()
{
    m_previewTimer.stop();
    const QString format = exportFormat();
    RenderOptions options = renderOptions();
    QString logoError;
    QImage logo;
    if (!options.document.logoPath.isEmpty() && !loadLogo(options.document.logoPath, &logo, &logoError))
        options.document.logoPath.clear();
    const bool binary = isBinaryFormat(format);
    QString error;
    // A PDF is previewed as its HTML rendering: the same content and cover.
    const QByteArray rendered = renderReport(session()->report(),
                                             binary ? QStringLiteral("html") : format, options, &error);
    QString note;
    if (!logoError.isEmpty())
        note = tr("Logo: %1").arg(logoError);
    if (binary)
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("The PDF has the content of this preview, laid out for printing.");
    if (format == QLatin1String("html") || binary) {
        QString html = QString::fromUtf8(rendered);
        // QTextBrowser knows no <details>: its summary would run into the next heading
        // ("AppendixHow to read this report"). Show it as the heading it is.
        html.replace(QStringLiteral("<details><summary>"), QStringLiteral("<p><b>"));
        html.replace(QStringLiteral("</summary>"), QStringLiteral("</b></p>"));
        html.replace(QStringLiteral("</details>"), QString());
        if (!note.isEmpty())
            html.prepend(QStringLiteral("<p><i>%1</i></p>").arg(esc(note)));
        m_ui->previewBrowser->setHtml(html);
    } else {
        m_ui->previewBrowser->setPlainText(error.isEmpty() ? QString::fromUtf8(rendered) : error);
    }
    m_ui->exportButton->setEnabled(error.isEmpty() && logoError.isEmpty());
}

void ReportPage::onSaveClicked()
{
    const QString name = defaultFileName(session()->report().profileName, QDate::currentDate());
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Save JSON report"), QDir(documentsFolder()).filePath(name),
                                   tr("JSON report (*.json)"));
    dialog->setObjectName(QStringLiteral("saveReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &ReportPage::onFileSelected);
    dialog->open();
}

void ReportPage::onFileSelected(const QString &path)
{
    QString error;
    showSaved(writeReport(session()->report(), QStringLiteral("json"), path, &error), path, error);
}

void ReportPage::onExportClicked()
{
    const QString format = exportFormat();
    const QString extension = format == QLatin1String("junit") ? QStringLiteral("xml") : format;
    // Named for whom the report is (the customer on the cover), else for the profile.
    const QString customer = m_ui->customerEdit->text().trimmed();
    QString name = defaultFileName(customer.isEmpty() ? session()->report().profileName : customer,
                                   QDate::currentDate());
    name.replace(QRegularExpression(QStringLiteral("\\.json$")), QLatin1Char('.') + extension);
    auto *dialog = new QFileDialog(this, tr("Export the report"), QDir(documentsFolder()).filePath(name),
                                   tr("%1 report (*.%2)").arg(formatDisplayName(format), extension));
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(extension);
    connect(dialog, &QFileDialog::fileSelected, this, &ReportPage::onExportFileSelected);
    dialog->open();
}

void ReportPage::onExportFileSelected(const QString &path)
{
    QString error;
    showSaved(writeReport(session()->report(), exportFormat(), renderOptions(), path, &error), path,
              error);
}

void ReportPage::onLogoClicked()
{
    auto *dialog = new QFileDialog(this, tr("Choose the logo"), documentsFolder(),
                                   tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)"));
    dialog->setObjectName(QStringLiteral("logoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_ui->logoEdit, &QLineEdit::setText);
    dialog->open();
}

void ReportPage::onBundleClicked()
{
    QString name = defaultFileName(session()->report().profileName, QDate::currentDate());
    name.replace(QRegularExpression(QStringLiteral("\\.json$")), QStringLiteral("-evidence.zip"));
    auto *dialog = new QFileDialog(this, tr("Save evidence bundle"), QDir(documentsFolder()).filePath(name),
                                   tr("Evidence bundle (*.zip)"));
    dialog->setObjectName(QStringLiteral("saveBundleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    connect(dialog, &QFileDialog::fileSelected, this, &ReportPage::onBundleFileSelected);
    dialog->open();
}

void ReportPage::onBundleFileSelected(const QString &path)
{
    const Report &report = session()->report();
    const HealthEngine *engine = session()->engine();
    if (!engine) {
        showSaved(false, path, tr("the run's data is no longer available; run the check again"));
        return;
    }
    QList<TraceEntry> entries = m_trace->entriesSince(report.startedAt);
    entries.removeIf([&report](const TraceEntry &e) { return e.startedAt > report.finishedAt; });
    EvidenceBundle bundle;
    bundle.report = report.toJson();
    bundle.trace = harLog(entries);
    bundle.facts = EvidenceBundle::factsJson(session()->profile(), engine->snapshot(),
                                             report.forcedDependencies);
    QString error;
    showSaved(bundle.write(path, &error), path, error);
}

void ReportPage::showSaved(bool ok, const QString &path, const QString &error)
{
    m_ui->savedLabel->setText(
        ok ? statusLineHtml(CheckStatus::Pass, tr("Saved to %1").arg(QDir::toNativeSeparators(path)))
           : statusLineHtml(CheckStatus::Fail, tr("Not saved: %1").arg(error)));
}

} // namespace dwh::gui
