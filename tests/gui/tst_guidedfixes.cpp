// SPDX-License-Identifier: MIT
// The guided fixes of the remediation page, offscreen against the in-process simulator: the
// company diff (DWDVEV1003), the version matrix (DWHC0202) and the troubleshooter.
#include "accessibilitycheck.h"
#include "companydiffdialog.h"
#include "companydiffmodel.h"
#include "guidedfixes.h"
#include "healthwizard.h"
#include "troubleshooterdialog.h"
#include "versionmatrixdialog.h"
#include "wizarddriver.h"
#include "wizardsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QScrollBar>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QWizard>

#include <memory>

using namespace dwh;
using namespace dwh::test;
using gui::HealthWizard;

namespace {
constexpr int RunTimeoutMs = 120000;
constexpr int CheckIdRole = Qt::UserRole;
constexpr int StatusRole = Qt::UserRole + 1;

/** The rows a view shows, column `column`, in view order. */
QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int i = 0; i < model->rowCount(); ++i)
        out << model->index(i, column).data().toString();
    return out;
}
} // namespace

class tst_GuidedFixes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    /** Opens the wizard on `scenario` and goes through the checks to the remediation page. */
    std::unique_ptr<HealthWizard> toRemediation(const QString &scenario)
    {
        auto w = std::make_unique<HealthWizard>(true, scenario);
        w->show();
        clickNext(*w);
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        if (!QTest::qWaitFor([&] { return nextEnabled(*w); }, RunTimeoutMs))
            return nullptr;
        clickNext(*w);
        while (w->currentId() != HealthWizard::Page_Remediation) {
            if (!QTest::qWaitFor([&] { return nextEnabled(*w); }, RunTimeoutMs))
                return nullptr;
            clickNext(*w);
        }
        return w;
    }

    QTreeWidgetItem *findingRow(const HealthWizard &w, const QString &code)
    {
        auto *list = child<QTreeWidget>(w, HealthWizard::Page_Remediation, "findingList");
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0).contains(code))
                return list->topLevelItem(i);
        }
        return nullptr;
    }

    template<typename Dialog>
    Dialog *openGuidedFix(HealthWizard &w, const QString &code, const char *objectName)
    {
        auto *list = child<QTreeWidget>(w, HealthWizard::Page_Remediation, "findingList");
        QTreeWidgetItem *row = findingRow(w, code);
        if (!row)
            return nullptr;
        list->setCurrentItem(row);
        auto *button = child<QPushButton>(w, HealthWizard::Page_Remediation, "guidedFixButton");
        if (!button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = w.findChild<Dialog *>(QLatin1String(objectName));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guidedfixes"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void factoryKnowsItsCodes()
    {
        QVERIFY(gui::hasGuidedFix(QStringLiteral("DWDVEV1003")));
        QVERIFY(gui::hasGuidedFix(QStringLiteral("dwfoev1003")));
        QVERIFY(gui::hasGuidedFix(QStringLiteral("DWHC0202")));
        QVERIFY(!gui::hasGuidedFix(QStringLiteral("DWHC0101")));
        QVERIFY(!gui::hasGuidedFix(QStringLiteral("no-such-code")));
        gui::WizardSession session;
        QWidget parent;
        QVERIFY(!gui::createGuidedFix(QStringLiteral("DWHC0101"), &session, &parent));
        std::unique_ptr<QDialog> dialog(gui::createGuidedFix(QStringLiteral("DWFOEV1003"), &session, &parent));
        QVERIFY(qobject_cast<gui::CompanyDiffDialog *>(dialog.get()));
    }

    void remediationPageListsFindingsWithGuidedFixes()
    {
        auto w = toRemediation(QStringLiteral("DWDVEV1003"));
        QVERIFY(w);
        QTreeWidgetItem *row = findingRow(*w, QStringLiteral("DWDVEV1003"));
        QVERIFY(row);
        QVERIFY2(row->text(1).startsWith(QLatin1String("Failed, ")), qPrintable(row->text(1)));  // with its time
        QVERIFY(!row->icon(1).isNull());
        QVERIFY(row->text(3).contains(QLatin1String("DEMF")));
        QCOMPARE(row->text(2), QStringLiteral("Available"));
        auto *troubleshoot = child<QPushButton>(*w, HealthWizard::Page_Remediation, "troubleshootButton");
        QVERIFY(troubleshoot->isVisible());
        QCOMPARE(child<QPushButton>(*w, HealthWizard::Page_Remediation, "resetButton")->isVisibleTo(w.get()),
                 gui::hasGuidedFix(QStringLiteral("reset")));
        // The documented fixes stay on the page, with their links.
        QVERIFY(child<QTextBrowser>(*w, HealthWizard::Page_Remediation, "remediationBrowser")
                    ->toHtml().contains(QLatin1String("https://learn.microsoft.com")));
        QTest::mouseClick(troubleshoot, Qt::LeftButton);
        QVERIFY(w->findChild<gui::TroubleshooterDialog *>(QStringLiteral("troubleshooterDialog")));
    }

    // Issue 14 item 11: at its default size the company diff does not scroll sideways; the
    // "Default owning team" header is whole; a name longer than its column is in its tooltip.
    void companyDiffFitsWithoutScrollingSideways()
    {
        auto w = toRemediation(QStringLiteral("DWDVEV1003"));
        QVERIFY(w);
        auto *dialog = openGuidedFix<gui::CompanyDiffDialog>(*w, QStringLiteral("DWDVEV1003"), "companyDiffDialog");
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("companyTable"));
        const QHeaderView *header = table->horizontalHeader();
        int total = 0;
        for (int column = 0; column < header->count(); ++column)
            total += header->sectionSize(column);
        QVERIFY2(total <= table->viewport()->width(),
                 qPrintable(QStringLiteral("columns %1 px in a %2 px table").arg(total).arg(table->viewport()->width())));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // Every header whole (two lines where it has two words), "Default owning team" too.
        const QString owning = table->model()->headerData(gui::CompanyDiffModel::OwningTeamColumn, Qt::Horizontal).toString();
        QVERIFY(owning.contains(QLatin1Char('\n')));
        QCOMPARE(QString(owning).replace(QLatin1Char('\n'), QLatin1Char(' ')), QStringLiteral("Default owning team"));
        for (int column = 0; column < header->count(); ++column) {
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(QStringLiteral("%1: %2 px, needs %3")
                                    .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(header->sectionSize(column))
                                    .arg(header->sectionSizeHint(column))));
        }
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column : {int(gui::CompanyDiffModel::FoNameColumn), int(gui::CompanyDiffModel::DataverseNameColumn)}) {
                const QModelIndex index = model->index(row, column);
                QCOMPARE(index.data(Qt::ToolTipRole).toString(), index.data().toString());
            }
        }
    }

    void companyDiffShowsDemfMissingAndVerifies()
    {
        auto w = toRemediation(QStringLiteral("DWDVEV1003"));
        QVERIFY(w);
        auto *dialog = openGuidedFix<gui::CompanyDiffDialog>(*w, QStringLiteral("DWDVEV1003"), "companyDiffDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("companyTable"));
        const QAbstractItemModel *model = table->model();
        const QStringList codes = columnTexts(model, gui::CompanyDiffModel::CodeColumn);
        QCOMPARE(codes.mid(0, 2), (QStringList{QStringLiteral("USMF"), QStringLiteral("DEMF")}));
        const int demf = int(codes.indexOf(QStringLiteral("DEMF")));
        QCOMPARE(model->index(demf, gui::CompanyDiffModel::DataverseNameColumn).data().toString(), QStringLiteral("(missing)"));
        QCOMPARE(model->index(demf, gui::CompanyDiffModel::FoNameColumn).data().toString(),
                 QStringLiteral("Contoso Entertainment System Germany"));
        const QString difference = model->index(demf, gui::CompanyDiffModel::DifferenceColumn).data().toString();
        QVERIFY2(difference.startsWith(QLatin1String("Failed: Missing in Dataverse (DWDVEV1003)")), qPrintable(difference));
        QVERIFY(!model->index(demf, gui::CompanyDiffModel::DifferenceColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        // The failing company is selected first, with its fix steps.
        QCOMPARE(table->currentIndex().row(), demf);
        const QString steps = dialog->findChild<QTextBrowser *>(QStringLiteral("fixBrowser"))->toPlainText();
        QVERIFY2(steps.contains(QLatin1String("remove DEMF from the dual-write selection")), qPrintable(steps));
        QVERIFY(steps.contains(QLatin1String("create the company DEMF in Dataverse")));
        QVERIFY(steps.contains(QLatin1String("reset the dual-write link")));

        // Filter and search.
        auto *only = dialog->findChild<QCheckBox *>(QStringLiteral("onlyDifferencesCheck"));
        only->setChecked(true);
        QVERIFY(!columnTexts(model, 0).contains(QStringLiteral("USMF")));
        QVERIFY(columnTexts(model, 0).contains(QStringLiteral("DEMF")));
        only->setChecked(false);
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("usmf"));  // any case
        QCOMPARE(columnTexts(model, 0), QStringList{QStringLiteral("USMF")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("germany"));  // by name
        QCOMPARE(columnTexts(model, 0), QStringList{QStringLiteral("DEMF")});
        search->clear();

        // CSV export, through the non-blocking file dialog.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companies.csv"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = dialog->findChild<QFileDialog *>(QStringLiteral("exportCsvDialog"))));
        emit files->fileSelected(path);
        files->close();
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("Code,F&O name,Dataverse name,Enabled for dual-write,"
                                               "Default owning team,Selected,Status,Difference,Fix steps"));
        const QString demfLine = lines.value(2);
        QVERIFY2(demfLine.startsWith(QLatin1String("DEMF,Contoso Entertainment System Germany,(missing),,,Yes,fail,")),
                 qPrintable(demfLine));
        QVERIFY(demfLine.contains(QLatin1String("\"Option 1: remove DEMF from the dual-write selection.")));

        // Verify re-runs only the company checks, on its own engine.
        const QStringList sessionChecks = [&] {
            QStringList ids;
            for (const StepResult &s : w->session()->report().steps)
                for (const CheckResult &c : s.checks)
                    ids << c.id;
            return ids;
        }();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        auto *results = dialog->findChild<QTreeWidget *>(QStringLiteral("verifyResults"));
        QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() > 0, RunTimeoutMs);
        QStringList verified;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            verified << results->topLevelItem(i)->data(0, CheckIdRole).toString();
        QCOMPARE(verified, gui::CompanyDiffDialog::companyCheckIds());
        QCOMPARE(results->topLevelItem(0)->data(0, StatusRole).toInt(), int(CheckStatus::Fail));
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Failed"));
        QCOMPARE(results->topLevelItem(1)->data(0, StatusRole).toInt(), int(CheckStatus::Pass));
        // The wizard's own report is untouched.
        QStringList after;
        for (const StepResult &s : w->session()->report().steps)
            for (const CheckResult &c : s.checks)
                after << c.id;
        QCOMPARE(after, sessionChecks);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("verifyButton"))->isEnabled());
        dialog->reject();
    }

    void versionMatrixListsTheSolutionBelowItsMinimum()
    {
        auto w = toRemediation(QStringLiteral("DWHC0202"));
        QVERIFY(w);
        auto *dialog = openGuidedFix<gui::VersionMatrixDialog>(*w, QStringLiteral("DWHC0202"), "versionMatrixDialog");
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("versionTable"));
        QTreeWidgetItem *company = nullptr;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            if (table->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("Dynamics365Company"))
                company = table->topLevelItem(i);
        }
        QVERIFY(company);
        QCOMPARE(company->text(1), QStringLiteral("2.0.2.10"));
        QCOMPARE(company->text(2), QStringLiteral("2.0.133"));
        QCOMPARE(company->data(3, Qt::UserRole).toInt(), int(CheckStatus::Fail));
        QVERIFY(company->text(3).startsWith(QLatin1String("Failed")));
        QVERIFY(!company->icon(3).isNull());
        QVERIFY(company->text(4).contains(QLatin1String("mscrm.dwappcore")));
        QVERIFY(company->toolTip(0).contains(QLatin1String("Dynamics 365 Company")));
        const QString steps = dialog->findChild<QTextBrowser *>(QStringLiteral("upgradeBrowser"))->toPlainText();
        QVERIFY(steps.contains(QLatin1String("Has new changes = Yes")));
        QVERIFY(steps.contains(QLatin1String("Dual-write applications core entity maps")));
        QVERIFY(steps.indexOf(QLatin1String("mscrm.dwappcore")) < steps.indexOf(QLatin1String("mscrm.dwfne")));
        // Verify re-runs the two solution checks.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("verifyStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Verified")), RunTimeoutMs);
        QVERIFY(status->text().contains(QLatin1String("Dynamics365Company")));
        dialog->reject();
    }

    void troubleshooterRecognisesTokenExchange()
    {
        auto w = toRemediation(QStringLiteral("healthy"));
        QVERIFY(w);
        QTest::mouseClick(child<QPushButton>(*w, HealthWizard::Page_Remediation, "troubleshootButton"), Qt::LeftButton);
        auto *dialog = w->findChild<gui::TroubleshooterDialog *>(QStringLiteral("troubleshooterDialog"));
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
        edit->setPlainText(QStringLiteral(
            "Response status code does not indicate success: 403 (tokenexchange).\n"
            "Session ID: 0b5c3d2e-1111-4a2b-9c3d-123456789abc\n"
            "Root activity ID: 7f00aa11-2222-4b3c-8d4e-abcdefabcdef"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("explainButton")), Qt::LeftButton);
        QCOMPARE(dialog->currentSymptomId(), QStringLiteral("link-403-tokenexchange"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("symptomCombo"))->currentData().toString(),
                 QStringLiteral("link-403-tokenexchange"));
        const QString result = dialog->findChild<QTextBrowser *>(QStringLiteral("resultBrowser"))->toHtml();
        QVERIFY(result.contains(QLatin1String("reset without unlinking")));
        QVERIFY(result.contains(QLatin1String("href=\"https://learn.microsoft.com")));
        auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("fieldsTable"));
        QVERIFY(fields->isVisibleTo(dialog));
        QStringList values;
        for (int r = 0; r < fields->rowCount(); ++r)
            values << fields->item(r, 0)->text() + QLatin1Char('=') + fields->item(r, 1)->text();
        QVERIFY2(values.contains(QStringLiteral("Session ID=0b5c3d2e-1111-4a2b-9c3d-123456789abc")),
                 qPrintable(values.join(QLatin1Char(' '))));
        // Run these checks: only the symptom's checks, all passing on the healthy tenant.
        auto *checks = dialog->findChild<QTreeWidget *>(QStringLiteral("checksList"));
        QVERIFY(checks->topLevelItemCount() >= 3);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runChecksButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(checks->topLevelItem(0)->data(0, StatusRole).isValid(), RunTimeoutMs);
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            QCOMPARE(checks->topLevelItem(i)->data(0, StatusRole).toInt(), int(CheckStatus::Pass));
            QCOMPARE(checks->topLevelItem(i)->text(0), QStringLiteral("Passed"));
        }
        dialog->reject();
    }

    void everyGuidedFixDescribesItsControls_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"DWDVEV1003", "DWHC0202", "DWDVEV1004", "DWDVEV1007", "DWFOEV1006", "reset"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    // Each guided-fix dialog, after a run of its scenario: every control says what it is and does.
    void everyGuidedFixDescribesItsControls()
    {
        QFETCH(QString, code);
        auto w = toRemediation(code);
        QVERIFY(w);
        std::unique_ptr<QDialog> dialog(gui::createGuidedFix(code, w->session(), w.get()));
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QStringList problems = unlabelledControls(dialog.get());
        if (auto *wizard = qobject_cast<QWizard *>(dialog.get())) {
            // Every page, not only the one shown: visibility is judged relative to the page.
            for (int id : wizard->pageIds()) {
                for (const QString &p : unlabelledControls(wizard->page(id)))
                    problems << QStringLiteral("page %1: %2").arg(id).arg(p);
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        gui::TroubleshooterDialog troubleshooter(w->session());
        troubleshooter.show();
        const QStringList more = unlabelledControls(&troubleshooter);
        QVERIFY2(more.isEmpty(), qPrintable(more.join(QStringLiteral("; "))));
    }

    void troubleshooterVersionMismatchAndParallelProcessing()
    {
        gui::WizardSession session;
        gui::TroubleshooterDialog dialog(&session);
        dialog.explainText(QStringLiteral(
            "Customer groups (msdyn_customergroups) : Dual write failure - Dynamics 365 for Sales "
            "solution 'Dynamics365Company' has version mismatch. Version: '2.0.2.10' Required "
            "version: '2.0.133'"));
        QCOMPARE(dialog.currentSymptomId(), QStringLiteral("version-mismatch"));
        auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("fieldsTable"));
        QCOMPARE(fields->rowCount(), 1);
        QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("Dynamics365Company"));
        QCOMPARE(fields->item(0, 3)->text(), QStringLiteral("2.0.2.10"));
        QCOMPARE(fields->item(0, 4)->text(), QStringLiteral("2.0.133"));
        QVERIFY(fields->item(0, 5)->text().contains(QLatin1String("mscrm.dwappcore")));
        // The parallel-processing advice is one of the symptoms to pick.
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("symptomCombo"));
        const int slow = combo->findData(QStringLiteral("slow-import"));
        QVERIFY(slow > 0);
        combo->setCurrentIndex(slow);
        emit combo->activated(slow);
        QCOMPARE(dialog.currentSymptomId(), QStringLiteral("slow-import"));
        const QString text = dialog.findChild<QTextBrowser *>(QStringLiteral("resultBrowser"))->toPlainText();
        QVERIFY(text.contains(QLatin1String("Import threshold record count")));
        QVERIFY(text.contains(QLatin1String("1000")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("runChecksButton"))->isEnabled());
    }
};

QTEST_MAIN(tst_GuidedFixes)
#include "tst_guidedfixes.moc"
