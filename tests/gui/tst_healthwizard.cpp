// SPDX-License-Identifier: MIT
// Drives the real wizard offscreen against the in-process simulator, page by page, with the
// Next button, as a user would.
#include "checkpage.h"
#include "guidedfixes.h"
#include "healthengine.h"
#include "mnemoniccheck.h"
#include "troubleshooterdialog.h"
#include "accessibilitycheck.h"
#include "healthwizard.h"
#include "language.h"
#include "historystore.h"
#include "legalentitypicker.h"
#include "settingsdialog.h"
#include "sourcecommit.h"
#include "wizarddriver.h"
#include "wizardsession.h"
#include "profile.h"
#include "simulator.h"

#include <QDialog>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

#include <algorithm>
#include <cmath>

using namespace dwh;
using namespace dwh::test;
using gui::HealthWizard;

namespace {
constexpr int RunTimeoutMs = 120000;
}

class tst_HealthWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    std::unique_ptr<HealthWizard> openDemo(const QString &scenario)
    {
        auto wizard = std::make_unique<HealthWizard>(true, scenario);
        wizard->show();
        return wizard;
    }

    /** The pairs of visible controls of page `id` (with the wizard's buttons) that share a
     *  mnemonic; Alt+letter then only moves the focus between them. */
    QStringList mnemonicClashes(HealthWizard &w, int id)
    {
        QHash<int, QString> seen;
        QStringList clashes;
        const auto add = [&](const QString &text) {
            const int key = QKeySequence::mnemonic(text)[0].toCombined();
            if (key == 0)
                return;
            const int letter = key & ~int(Qt::ALT);
            if (seen.contains(letter))
                clashes << QStringLiteral("page %1: \"%2\" / \"%3\"").arg(id).arg(seen.value(letter), text);
            seen.insert(letter, text);
        };
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton,
                                        QWizard::FinishButton, QWizard::CustomButton1}) {
            if (w.button(b)->isVisible())
                add(w.button(b)->text());
        }
        QWidget *page = w.page(id);
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(page))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                add(button->text());
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                add(label->text());
            else if (auto *tabs = qobject_cast<QTabBar *>(widget))
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i));
        }
        return clashes;
    }

    /** Welcome → credentials → Test connection → prerequisites (running). */
    void startChecks(HealthWizard &w)
    {
        QCOMPARE(w.currentId(), int(HealthWizard::Page_Welcome));
        clickNext(w);
        QCOMPARE(w.currentId(), int(HealthWizard::Page_Credentials));
        QVERIFY(!nextEnabled(w));  // not before the connection test
        clickButton(w, HealthWizard::Page_Credentials, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), RunTimeoutMs);
        const auto *results = child<QTreeWidget>(w, HealthWizard::Page_Credentials, "connectionResults");
        QCOMPARE(results->topLevelItemCount(), 3);
        QVERIFY(results->topLevelItem(0)->text(2).contains(QLatin1String("roles:")));
        clickNext(w);
        QCOMPARE(w.currentId(), int(HealthWizard::Page_Prerequisites));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_healthwizard"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void healthyReachesReport()
    {
        auto w = openDemo(QStringLiteral("healthy"));
        QVERIFY(w->page(HealthWizard::Page_Welcome)->findChild<QWidget *>(QStringLiteral("simulatedBanner"))->isVisible());
        startChecks(*w);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.dual-write-core")),
                 int(CheckStatus::Pass));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        // The product's three headings.
        const QAbstractItemModel *model = child<QTreeView>(*w, HealthWizard::Page_Dependencies, "checkTree")->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("APIHubConnection"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("StaleConfiguration"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("BusinessUnit"));
        QCOMPARE(checkRow(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.bu.default-team-name")).parent().row(), 2);
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Remediation));
        QVERIFY(child<QTextBrowser>(*w, HealthWizard::Page_Remediation, "remediationBrowser")
                    ->toPlainText().contains(QLatin1String("every check passed")));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Report));
        const Report &report = w->session()->report();
        const ReportSummary s = report.summary();
        QCOMPARE(s.total(), s.pass);
        QVERIFY(s.pass > 10);
        QVERIFY(child<QLabel>(*w, HealthWizard::Page_Report, "verdictLabel")->text().contains(QLatin1String("every check passed")));
        // Every page carries the banner in demo mode.
        for (int id : w->pageIds())
            QVERIFY(w->page(id)->findChild<QWidget *>(QStringLiteral("simulatedBanner"))->isVisibleTo(w->page(id)));
    }

    void saveReport()
    {
        auto w = openDemo(QStringLiteral("healthy"));
        startChecks(*w);
        if (QTest::currentTestFailed())
            return;
        for (int page : {HealthWizard::Page_Prerequisites, HealthWizard::Page_Dependencies, HealthWizard::Page_Remediation}) {
            QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
            QCOMPARE(w->currentId(), page);
            clickNext(*w);
        }
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Report));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        clickButton(*w, HealthWizard::Page_Report, "saveButton");
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<QFileDialog *>(QStringLiteral("saveReportDialog"))));
        QVERIFY(dialog->selectedFiles().value(0).contains(QLatin1String("dwhealth-")));
        emit dialog->fileSelected(path);  // what accepting the dialog with that name does
        dialog->close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QVERIFY(child<QLabel>(*w, HealthWizard::Page_Report, "savedLabel")->text().contains(QLatin1String("Saved to")));
    }

    void companyMismatchShowsCode()
    {
        auto w = openDemo(QStringLiteral("DWDVEV1003"));
        startChecks(*w);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        const QModelIndex row = checkRow(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.company.dataverse"));
        QCOMPARE(row.data(gui::CheckListModel::StatusRole).toInt(), int(CheckStatus::Fail));
        QCOMPARE(row.siblingAtColumn(gui::CheckListModel::CodeColumn).data().toString(), QStringLiteral("DWDVEV1003"));
        QCOMPARE(row.parent().data().toString(), QStringLiteral("StaleConfiguration"));
        auto *tree = child<QTreeView>(*w, HealthWizard::Page_Dependencies, "checkTree");
        tree->setCurrentIndex(row);
        const QString details = child<QTextBrowser>(*w, HealthWizard::Page_Dependencies, "detailsBrowser")->toPlainText();
        QVERIFY2(details.contains(QLatin1String("DEMF")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("DWDVEV1003")));
        QVERIFY(details.contains(QLatin1String("Evidence")));
        QVERIFY(child<QTextBrowser>(*w, HealthWizard::Page_Dependencies, "detailsBrowser")->openExternalLinks());
        clickNext(*w);
        QVERIFY(child<QTextBrowser>(*w, HealthWizard::Page_Remediation, "remediationBrowser")
                    ->toHtml().contains(QLatin1String("https://learn.microsoft.com")));
    }

    void failedPrerequisiteBlocksDependencies()
    {
        auto w = openDemo(QStringLiteral("DWHC0202"));
        startChecks(*w);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.solution-versions")),
                 int(CheckStatus::Fail));
        const auto *blocked = child<QLabel>(*w, HealthWizard::Page_Prerequisites, "blockedLabel");
        QVERIFY(blocked->isVisible());
        QVERIFY(blocked->text().contains(QLatin1String("cannot run until the failed prerequisites are fixed")));
        QVERIFY(child<QPushButton>(*w, HealthWizard::Page_Prerequisites, "rerunButton")->isEnabled());
        QCOMPARE(w->page(HealthWizard::Page_Prerequisites)->nextId(), int(HealthWizard::Page_Remediation));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Remediation));
        QVERIFY(!w->visitedIds().contains(HealthWizard::Page_Dependencies));
        const Report &report = w->session()->report();
        QVERIFY(report.steps.value(1).status() == CheckStatus::Skipped);
        QVERIFY(report.steps.value(1).note.contains(QLatin1String("prereq.solution-versions")));
        QVERIFY(report.find(QStringLiteral("dep.apihub.dataverse")));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Report));
        QVERIFY(child<QLabel>(*w, HealthWizard::Page_Report, "verdictLabel")->text().contains(QLatin1String("Not healthy")));
    }

    void cancelMidRunThenRerun()
    {
        auto w = openDemo(QStringLiteral("slow"));
        startChecks(*w);
        if (QTest::currentTestFailed())
            return;
        auto *cancel = child<QPushButton>(*w, HealthWizard::Page_Prerequisites, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!nextEnabled(*w));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QVERIFY(child<QLabel>(*w, HealthWizard::Page_Prerequisites, "statusLabel")->text().contains(QLatin1String("Cancelled")));
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.dual-write-core")),
                 int(CheckStatus::Unknown));
        // Re-run works, and this time everything passes.
        auto *rerun = child<QPushButton>(*w, HealthWizard::Page_Prerequisites, "rerunButton");
        QVERIFY(rerun->isEnabled());
        QTest::mouseClick(rerun, Qt::LeftButton);
        QVERIFY(!nextEnabled(*w));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.dual-write-core")),
                 int(CheckStatus::Pass));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(w->session()->report().summary().fail, 0);
        QCOMPARE(w->session()->report().summary().unknown, 0);
    }

    void wrongSecretShowsSignInError()
    {
        auto w = openDemo(QStringLiteral("healthy"));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Credentials));
        auto *secret = child<QLineEdit>(*w, HealthWizard::Page_Credentials, "secretEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->clear();
        QTest::keyClicks(secret, QStringLiteral("not-the-secret"));
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        auto *status = child<QLabel>(*w, HealthWizard::Page_Credentials, "testStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Sign-in failed")), RunTimeoutMs);
        auto *error = child<QLabel>(*w, HealthWizard::Page_Credentials, "signInErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("AADSTS")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QLatin1String("not-the-secret")));
        QVERIFY(!nextEnabled(*w));
    }

    // Issue 12: the legal entities come from a pick list of what F&O returned to the connection
    // test; the choice goes into the profile (dualWrite.legalEntities) and DWDVEV1003 then judges
    // it instead of warning that the selection cannot be read.
    void legalEntityPickList()
    {
        auto w = openDemo(QStringLiteral("selection-unread"));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Credentials));
        auto *edit = child<QLineEdit>(*w, HealthWizard::Page_Credentials, "legalEntitiesEdit");
        auto *pick = child<QPushButton>(*w, HealthWizard::Page_Credentials, "pickLegalEntitiesButton");
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!pick->isEnabled());  // nothing read yet
        if (!pick->isVisible())  // advanced settings open already when the profile uses them
            clickButton(*w, HealthWizard::Page_Credentials, "advancedButton");
        QVERIFY(pick->isVisible());
        QVERIFY(!pick->accessibleName().isEmpty());
        QVERIFY(pick->accessibleDescription().contains(QLatin1String("connection test")));
        QVERIFY(mnemonicClashes(*w, w->currentId()).isEmpty());
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QVERIFY(pick->isEnabled());

        QStringList problems, shown;
        QTimer::singleShot(0, this, [&] {
            auto *picker = qobject_cast<gui::LegalEntityPicker *>(QApplication::activeModalWidget());
            if (!picker) {
                problems << QStringLiteral("no picker");
                return;
            }
            const auto close = qScopeGuard([picker] {
                if (picker->isVisible())
                    picker->reject();
            });
            problems += unlabelledControls(picker);
            problems += mnemonicClashesInWindow(picker, QStringLiteral("picker"));
            auto *list = picker->findChild<QListWidget *>(QStringLiteral("legalEntityList"));
            for (int i = 0; i < list->count(); ++i)
                shown << list->item(i)->data(Qt::UserRole).toString();
            // The filter narrows the list; ticking works on what is shown.
            QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("legalEntityFilterEdit")),
                             QStringLiteral("germany"));
            int visible = 0;
            for (int i = 0; i < list->count(); ++i)
                visible += list->item(i)->isHidden() ? 0 : 1;
            if (visible != 1)
                problems << QStringLiteral("filter shows %1 rows").arg(visible);
            QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("legalEntityTickAllButton")),
                              Qt::LeftButton);
            picker->findChild<QLineEdit *>(QStringLiteral("legalEntityFilterEdit"))->clear();
            list->item(0)->setCheckState(Qt::Checked);  // USMF
            if (picker->selectedCodes() != QStringList{QStringLiteral("USMF"), QStringLiteral("DEMF")})
                problems << picker->selectedCodes().join(QLatin1Char(','));
            picker->accept();
        });
        QTest::mouseClick(pick, Qt::LeftButton);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QCOMPARE(shown, (QStringList{QStringLiteral("USMF"), QStringLiteral("DEMF"),
                                     QStringLiteral("GBSI"), QStringLiteral("USRT")}));
        QCOMPARE(edit->text(), QStringLiteral("USMF, DEMF"));
        QVERIFY(nextEnabled(*w));  // choosing legal entities keeps the connection test

        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Prerequisites));
        QCOMPARE(w->session()->profile().legalEntities,
                 (QStringList{QStringLiteral("USMF"), QStringLiteral("DEMF")}));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        clickNext(*w);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.company.dataverse")),
                 int(CheckStatus::Pass));
    }

    void inlineUrlValidation()
    {
        auto w = openDemo(QStringLiteral("healthy"));
        clickNext(*w);
        auto *url = child<QLineEdit>(*w, HealthWizard::Page_Credentials, "dataverseUrlEdit");
        auto *error = child<QLabel>(*w, HealthWizard::Page_Credentials, "dataverseUrlError");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://contoso.crm.dynamics.com"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("https://")));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://contoso"));
        QVERIFY(error->text().contains(QLatin1String("full host name")));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!error->isVisible());
        QVERIFY(!nextEnabled(*w));  // edits invalidate the connection test
    }

    void keyboardOnlyWalkReachesTheReport()
    {
        // No mouse: mnemonics (Alt+letter) and the Return key only, as a keyboard user would.
        auto w = openDemo(QStringLiteral("healthy"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const auto alt = [&](Qt::Key key) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : w.get();
            QTest::keyClick(target, key, Qt::AltModifier);
        };
        alt(Qt::Key_N);  // Welcome → Link credentials
        QTRY_COMPARE(w->currentId(), int(HealthWizard::Page_Credentials));
        alt(Qt::Key_S);  // Te&st connection
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        alt(Qt::Key_N);  // → prerequisites, which start by themselves
        QTRY_COMPARE(w->currentId(), int(HealthWizard::Page_Prerequisites));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        alt(Qt::Key_N);
        QTRY_COMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        alt(Qt::Key_N);
        QTRY_COMPARE(w->currentId(), int(HealthWizard::Page_Remediation));
        alt(Qt::Key_N);
        QTRY_COMPARE(w->currentId(), int(HealthWizard::Page_Report));
        QCOMPARE(w->session()->report().summary().pass, w->session()->report().summary().total());
        // Every control that takes the keyboard focus says what it is and what it does to
        // assistive technology (accessibilitycheck.h).
        QStringList problems;
        for (int id : w->pageIds()) {
            for (const QString &p : unlabelledControls(w->page(id)))
                problems << QStringLiteral("page %1: %2").arg(id).arg(p);
        }
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CancelButton, QWizard::CustomButton1,
                                        QWizard::CustomButton2}) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w->button(b));
            if (!a || a->text(QAccessible::Description).isEmpty())
                problems << QStringLiteral("wizard button %1: no accessible description").arg(int(b));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // Settings… beside About: the history bounds, the CLI's defaults until saved, kept in
    // QSettings where HistoryLimits::fromSettings() (the wizard's history writes) reads them.
    void settingsDialogKeepsTheHistoryLimits()
    {
        QSettings().remove(QStringLiteral("history"));
        const auto clean = qScopeGuard([] { QSettings().remove(QStringLiteral("history")); });
        auto w = openDemo(QStringLiteral("healthy"));
        QAbstractButton *button = w->button(QWizard::CustomButton2);
        QCOMPARE(button->objectName(), QStringLiteral("settingsButton"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = w->findChild<gui::SettingsDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QStringList problems = unlabelledControls(dialog);
        problems += mnemonicClashesInWindow(dialog, QStringLiteral("settings"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        // A look at it (DWHEALTH_SCREENSHOT_DIR set: docs/screenshots/25-settings.png).
        if (const QString dir = qEnvironmentVariable("DWHEALTH_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("25-settings.png"))));
        auto *runs = dialog->findChild<QSpinBox *>(QStringLiteral("maxRunsSpin"));
        auto *mb = dialog->findChild<QSpinBox *>(QStringLiteral("maxMbSpin"));
        QCOMPARE(runs->value(), HistoryLimits{}.maxRuns);
        QCOMPARE(qint64(mb->value()) * 1024 * 1024, HistoryLimits{}.maxBytes);
        // Keyboard only: the first field has the focus, Tab goes to the second, Return saves.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(runs));
        runs->selectAll();
        QTest::keyClicks(runs, QStringLiteral("7"));
        QTest::keyClick(runs, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(mb));
        mb->selectAll();
        QTest::keyClicks(mb, QStringLiteral("3"));
        QTest::keyClick(mb, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("history/maxRuns")).toInt(), 7);
        QCOMPARE(QSettings().value(QStringLiteral("history/maxMb")).toInt(), 3);
        QCOMPARE(HistoryLimits::fromSettings().maxRuns, 7);
        QCOMPARE(HistoryLimits::fromSettings().maxBytes, 3LL * 1024 * 1024);
    }

    void mnemonicsAreUniqueOnEveryPage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Language::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    // In every language: translators choose the letters, Qt's catalogue those of Back/Next.
    void mnemonicsAreUniqueOnEveryPage()
    {
        QFETCH(QString, language);
        QVERIFY(Language::install(language));
        const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
        auto w = openDemo(QStringLiteral("DWDVEV1003"));
        QStringList clashes = mnemonicClashes(*w, w->currentId());
        clickNext(*w);
        clashes += mnemonicClashes(*w, w->currentId());
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        for (int i = 0; i < 4; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
            clickNext(*w);
            clashes += mnemonicClashes(*w, w->currentId());
        }
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Report));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void mnemonicsAreUniqueInEveryDialog_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Language::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    // Every dialog the wizard opens, panels included (a WriteRunPanel's "Choose…" and "Host
    // name" once shared Alt+H), in every language and every tab.
    void mnemonicsAreUniqueInEveryDialog()
    {
        QFETCH(QString, language);
        QStringList clashes;
        const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
        for (const QString &code : gui::guidedFixCodes()) {
            gui::WizardSession session;
            QString error;
            const QString scenario = code.startsWith(QLatin1String("DW")) ? code : QStringLiteral("healthy");  // "reset", "restore"
            QVERIFY2(session.startSimulator(scenario, &error), qPrintable(error));
            const std::optional<Profile> profile = parseProfile(
                QJsonDocument(session.simulatorProfile()).toJson(), QStringLiteral("sim"), nullptr);
            QVERIFY(profile);
            session.setProfile(*profile);
            session.setSecret(sim::Simulator::clientSecret().toUtf8());
            HealthEngine *engine = session.newEngine();
            QSignalSpy finished(engine, &HealthEngine::finished);
            engine->runAll();
            QVERIFY(finished.wait(RunTimeoutMs));
            QVERIFY(Language::install(language));
            QWidget parent;
            std::unique_ptr<QDialog> dialog(gui::createGuidedFix(code, &session, &parent));
            QVERIFY(dialog);
            dialog->show();
            QCoreApplication::processEvents();
            clashes += mnemonicClashesInWindow(dialog.get(), code);
            if (code == gui::guidedFixCodes().constFirst()) {
                gui::TroubleshooterDialog troubleshooter(&session);
                troubleshooter.show();
                clashes += mnemonicClashesInWindow(&troubleshooter, QStringLiteral("troubleshooter"));
                gui::SettingsDialog settings;
                settings.show();
                clashes += mnemonicClashesInWindow(&settings, QStringLiteral("settings"));
            }
            Language::install(QStringLiteral("en"));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void wizardSpeaksTheChosenLanguage()
    {
        QVERIFY(Language::install(QStringLiteral("de")));
        const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
        auto w = openDemo(QStringLiteral("healthy"));
        const QString title = QCoreApplication::translate("dwh::gui::WelcomePage", "Dual-write health check");
        QVERIFY(title != QLatin1String("Dual-write health check"));
        QCOMPARE(w->page(HealthWizard::Page_Welcome)->title(), title);
        // Qt's own catalogue: QWizard's buttons.
        QVERIFY2(!w->button(QWizard::NextButton)->text().contains(QLatin1String("Next")),
                 qPrintable(w->button(QWizard::NextButton)->text()));
        QVERIFY(!w->button(QWizard::CancelButton)->text().contains(QLatin1String("Cancel")));
    }

    void followsALightOrDarkSystemPalette()
    {
        auto w = openDemo(QStringLiteral("healthy"));
        auto *banner = w->page(HealthWizard::Page_Welcome)->findChild<QFrame *>(QStringLiteral("simulatedBanner"));
        QVERIFY(banner && banner->isVisible());
        const auto contrast = [](const QColor &a, const QColor &b) {
            const auto lum = [](const QColor &c) {
                const auto ch = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
            };
            const qreal l1 = lum(a), l2 = lum(b);
            return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
        };
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        for (const QPalette &system : {light, dark}) {
            QApplication::setPalette(system);  // what the platform theme does when the system switches
            QCoreApplication::processEvents();
            const QColor back = banner->palette().color(QPalette::Window);
            const QColor text = banner->palette().color(QPalette::WindowText);
            const bool systemDark = system.color(QPalette::Window).lightness() < 128;
            QCOMPARE(back.lightness() < 128, systemDark);  // the banner follows the system
            QVERIFY2(contrast(back, text) >= 4.5, qPrintable(QString::number(contrast(back, text))));
        }
    }

    void languageChoiceIsRememberedForTheNextStart()
    {
        const auto forget = qScopeGuard([] { Language::setSetting(QString()); });
        auto w = openDemo(QStringLiteral("healthy"));
        auto *combo = w->page(HealthWizard::Page_Welcome)->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *restart = w->page(HealthWizard::Page_Welcome)->findChild<QPushButton *>(QStringLiteral("restartButton"));
        QVERIFY(combo && restart);
        QCOMPARE(combo->currentData().toString(), QString());  // follows the system
        QCOMPARE(combo->count(), Language::available().size() + 1);
        QVERIFY(!restart->isVisible());
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QCOMPARE(combo->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(Language::setting(), QStringLiteral("de"));
        QCOMPARE(Language::forRun(QString()), QStringLiteral("de"));  // the next start speaks German
        QVERIFY(restart->isVisible());  // the running wizard does not change language by itself
        combo->setCurrentIndex(0);
        QCOMPARE(Language::setting(), QString());
        QVERIFY(!restart->isVisible());
    }

    void aboutBoxNamesVersionRulesetAndCommit()
    {
        auto w = openDemo(QStringLiteral("healthy"));
        auto *about = w->findChild<QAbstractButton *>(QStringLiteral("aboutButton"));
        QVERIFY(about && about->isVisible());
        QTest::mouseClick(about, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w->findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
        QVERIFY(box->text().contains(QStringLiteral(DWHEALTH_VERSION)));
        QVERIFY(box->text().contains(QStringLiteral(DWHEALTH_RULESET)));
        QVERIFY(box->text().contains(QLatin1String(dwh::sourceCommit())));
        QVERIFY(box->informativeText().contains(QLatin1String("Qt")));
        box->close();
    }

    // The event loop keeps running through a full check of "large" (the GUI never blocks for
    // the whole run). How long its longest stall is is a figure, not a test: bench_wizardstall.
    void eventLoopRunsDuringACheck()
    {
        auto w = std::make_unique<HealthWizard>(true, QStringLiteral("large"));
        w->session()->setSimulatorLatencyMs(20);
        w->show();
        startChecks(*w);
        if (QTest::currentTestFailed())
            return;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();
        QVERIFY(!nextEnabled(*w));  // the prerequisites are still running
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        const int duringPrerequisites = ticks;
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QVERIFY(!nextEnabled(*w));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        ticker.stop();
        QVERIFY(duringPrerequisites > 0);
        QVERIFY(ticks > duringPrerequisites);  // timers fired while the dependencies ran too
        QCOMPARE(w->session()->report().summary().total(), 23);
    }
};

QTEST_MAIN(tst_HealthWizard)
#include "tst_healthwizard.moc"
