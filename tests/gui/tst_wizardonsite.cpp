// SPDX-License-Identifier: MIT
// Issue 14, "the wizard on-site": each test drives the real widgets of the wizard, offscreen,
// against the simulator (in-process or, for the external walk, a separate `dwhealth simulate`).
#include "accessibilitycheck.h"
#include "appidentity.h"
#include "healthengine.h"
#include "profile.h"
#include "historystore.h"
#include "profilestore.h"
#include "simulator.h"
#include "dwhealthprocess.h"
#include "../report/pdftext.h"
#include "resetwalkthrough.h"
#include "restoredialog.h"
#include "stalecleanupdialog.h"
#include "troubleshooterdialog.h"
#include "healthwizard.h"
#include "wizarddriver.h"
#include "wizardsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QScopeGuard>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace dwh;
using namespace dwh::test;
using gui::HealthWizard;

namespace {
constexpr int RunTimeoutMs = 120000;

/** A loopback URL nobody listens on: connecting to it is refused at once. */
QString refusedLoopbackUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return QString();
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class tst_WizardOnSite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    std::unique_ptr<HealthWizard> openCredentials(const QString &scenario)
    {
        auto wizard = std::make_unique<HealthWizard>(true, scenario);
        wizard->show();
        clickNext(*wizard);
        return wizard;
    }

    QLineEdit *edit(HealthWizard &w, const char *name)
    {
        return child<QLineEdit>(w, HealthWizard::Page_Credentials, name);
    }

    /** Welcome → … → report page of a demo run of `scenario`. */
    std::unique_ptr<HealthWizard> walkToReport(const QString &scenario)
    {
        auto w = openCredentials(scenario);
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        while (w->currentId() != HealthWizard::Page_Report) {
            if (!QTest::qWaitFor([&] { return nextEnabled(*w); }, RunTimeoutMs))
                return w;
            clickNext(*w);
        }
        return w;
    }

    /** Exports the report page's report as `format` (its combo entry) and returns the file. */
    QByteArray exportAs(HealthWizard &w, const QString &format, const QString &path)
    {
        auto *combo = child<QComboBox>(w, HealthWizard::Page_Report, "formatCombo");
        int index = combo->findData(format);
        if (index < 0)
            index = combo->findText(format, Qt::MatchFixedString);
        if (index < 0)
            return {};
        combo->setCurrentIndex(index);
        clickButton(w, HealthWizard::Page_Report, "exportButton");
        auto *dialog = w.findChild<QFileDialog *>(QStringLiteral("exportReportDialog"));
        if (!dialog)
            return {};
        emit dialog->fileSelected(path);  // what accepting the dialog with that name does
        dialog->close();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /** On the remediation page of a DWDVEV1004 run: the stale cleanup, applied; its backup. */
    QString cleanUpStale(HealthWizard &w, const QString &backupDir)
    {
        auto *list = child<QTreeWidget>(w, HealthWizard::Page_Remediation, "findingList");
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0).contains(QLatin1String("DWDVEV1004")))
                list->setCurrentItem(list->topLevelItem(i));
        clickButton(w, HealthWizard::Page_Remediation, "guidedFixButton");
        auto *dialog = w.findChild<gui::StaleCleanupDialog *>(QStringLiteral("staleCleanupDialog"));
        if (!dialog)
            return {};
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("backupDirEdit")), backupDir);
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
               w.session()->profile().dataverseUrl.host());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] {
                return dialog->findChild<QLabel *>(QStringLiteral("recheckLabel"))->text().contains(QLatin1String("Re-check of"));
            }, RunTimeoutMs))
            return {};
        dialog->close();
        delete dialog;
        const QStringList files = QDir(backupDir).entryList({QStringLiteral("*.json")}, QDir::Files);
        return files.size() == 1 ? QDir(backupDir).filePath(files.first()) : QString();
    }

    void showAdvanced(HealthWizard &w)
    {
        auto *advanced = child<QToolButton>(w, HealthWizard::Page_Credentials, "advancedButton");
        if (!advanced->isChecked())
            QTest::mouseClick(advanced, Qt::LeftButton);
    }

    /** Starts `dwhealth simulate` as a separate process; its ready profile, or empty. */
    QJsonObject startExternalSimulator(QProcess *simulator)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        simulator->setProcessEnvironment(env);
        simulator->start(QStringLiteral(DWHEALTH_BINARY),
                         {QStringLiteral("simulate"), QStringLiteral("--scenario"), QStringLiteral("healthy")});
        if (!simulator->waitForStarted(20000)
            || !QTest::qWaitFor([&] { return simulator->canReadLine(); }, 30000))
            return {};
        return QJsonDocument::fromJson(simulator->readLine()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardonsite"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    // Item 1: Dataverse and F&O sign in, the Power Platform API cannot be reached: the user goes
    // on, told which checks will be unknown; the run marks exactly those unknown.
    void powerPlatformUnreachableStillRuns()
    {
        auto w = openCredentials(QStringLiteral("healthy"));
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Credentials));
        showAdvanced(*w);
        const QString refused = refusedLoopbackUrl();
        QVERIFY(!refused.isEmpty());
        retype(edit(*w, "powerPlatformUrlEdit"), refused);
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        auto *status = child<QLabel>(*w, HealthWizard::Page_Credentials, "testStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QVERIFY2(status->text().contains(QLatin1String("will be unknown")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("The Dataverse APIHub connection is connected")));
        const auto *results = child<QTreeWidget>(*w, HealthWizard::Page_Credentials, "connectionResults");
        QCOMPARE(results->topLevelItem(2)->text(1), QStringLiteral("Unreachable"));
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Prerequisites));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.apihub.dataverse")),
                 int(CheckStatus::Unknown));
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.apihub.fo")),
                 int(CheckStatus::Unknown));
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.company.fo")),
                 int(CheckStatus::Pass));
    }

    // Item 2: with Next disabled, Alt+N must not type an "n" into the masked secret (nor any
    // Alt+letter into a URL); the field keeps what the user typed.
    void altLetterNeverTypesIntoAField()
    {
        auto w = openCredentials(QStringLiteral("healthy"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QVERIFY(!nextEnabled(*w));
        QLineEdit *secret = edit(*w, "secretEdit");
        const QString before = secret->text();
        QVERIFY(!before.isEmpty());
        secret->setFocus();
        QTest::keyClick(secret, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(secret->text(), before);
        secret->selectAll();
        QTest::keyClick(secret, Qt::Key_N, Qt::AltModifier);  // a selection is not replaced either
        QCOMPARE(secret->text(), before);
        QLineEdit *url = edit(*w, "dataverseUrlEdit");
        const QString urlBefore = url->text();
        url->setFocus();
        QTest::keyClick(url, Qt::Key_N, Qt::AltModifier);
        QTest::keyClick(url, Qt::Key_Q, Qt::AltModifier);  // no mnemonic at all
        QCOMPARE(url->text(), urlBefore);
        // Typing still types, and an enabled mnemonic still works from a field.
        QTest::keyClick(url, Qt::Key_Slash);
        QCOMPARE(url->text(), urlBefore + QLatin1Char('/'));
        QTest::keyClick(url, Qt::Key_Backspace);
        QTest::keyClick(url, Qt::Key_S, Qt::AltModifier);  // Te&st connection
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(secret->text(), before);
    }

    // Item 5: after a guided fix whose re-check passed, every page shows the new result (with
    // its time), not only the report page.
    void aFixShowsOnEveryPage()
    {
        auto w = walkToReport(QStringLiteral("DWDVEV1004"));
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Report));
        w->back();
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Remediation));
        auto *list = child<QTreeWidget>(*w, HealthWizard::Page_Remediation, "findingList");
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0).contains(QLatin1String("DWDVEV1004")))
                row = list->topLevelItem(i);
        QVERIFY(row);
        QVERIFY(!row->text(1).isEmpty() && row->text(1).contains(QLatin1Char(',')));  // "Failed, 16:21"
        list->setCurrentItem(row);
        clickButton(*w, HealthWizard::Page_Remediation, "guidedFixButton");
        auto *dialog = w->findChild<gui::StaleCleanupDialog *>(QStringLiteral("staleCleanupDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QTemporaryDir backups;
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("backupDirEdit")), backups.path());
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
               w->session()->profile().dataverseUrl.host());
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("recheckLabel"))
                                     ->text().contains(QLatin1String("Passed")), RunTimeoutMs);
        dialog->close();
        // The remediation page: the finding is gone; the dependency page: the check passed.
        bool stillListed = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            stillListed = stillListed || list->topLevelItem(i)->text(0).contains(QLatin1String("DWDVEV1004"));
        QVERIFY(!stillListed);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.stale.dataverse")),
                 int(CheckStatus::Pass));
        auto *tree = child<QTreeView>(*w, HealthWizard::Page_Dependencies, "checkTree");
        tree->setCurrentIndex(checkRow(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.stale.dataverse")));
        QVERIFY(child<QTextBrowser>(*w, HealthWizard::Page_Dependencies, "detailsBrowser")
                    ->toPlainText().contains(QLatin1String("Result of")));
        w->back();  // to the dependency page: still the new result, nothing read again
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.stale.dataverse")),
                 int(CheckStatus::Pass));
    }

    // Item 9: a reset step whose verification fails blocks Next, unless the user overrides it
    // explicitly; the override is logged and shown with the final health check.
    void resetStepThatFailsVerificationBlocksNext()
    {
        auto w = walkToReport(QStringLiteral("healthy"));
        w->back();
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Remediation));
        clickButton(*w, HealthWizard::Page_Remediation, "resetButton");
        auto *reset = w->findChild<gui::ResetWalkthrough *>(QStringLiteral("resetWalkthrough"));
        QVERIFY(reset && reset->isVisible());
        QTemporaryDir dir;
        retype(reset->currentPage()->findChild<QLineEdit *>(QStringLiteral("exportPathEdit")),
               dir.filePath(QStringLiteral("snapshot.json")));
        QTRY_VERIFY_WITH_TIMEOUT(reset->currentPage()->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled(),
                                 RunTimeoutMs);
        QTest::mouseClick(reset->currentPage()->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QAbstractButton *next = reset->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(reset->currentId(), int(gui::ResetWalkthrough::Page_StopMaps));
        QVERIFY(next->isEnabled());  // not verified yet: the verification is offered, not forced
        QWidget *page = reset->currentPage();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>(QStringLiteral("verifyLabel"))
                                     ->text().contains(QLatin1String("still running")), RunTimeoutMs);
        QVERIFY(!next->isEnabled());
        auto *override = page->findChild<QCheckBox *>(QStringLiteral("overrideCheck"));
        QVERIFY(override->isVisible());
        QVERIFY(reset->overrideLog().isEmpty());
        QTest::mouseClick(override, Qt::LeftButton, {}, QPoint(8, override->height() / 2));  // the box
        QVERIFY(override->isChecked());
        QVERIFY(next->isEnabled());
        QCOMPARE(reset->overrideLog().size(), 1);
        QVERIFY(reset->overrideLog().first().contains(QLatin1String("still running")));
        reset->close();
    }

    // Item 10: restore from a backup in the wizard, through the same core as `dwhealth restore`.
    void restoreFromABackupInTheWizard()
    {
        auto w = walkToReport(QStringLiteral("DWDVEV1004"));
        w->back();
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Remediation));
        QTemporaryDir backups;
        const QString backup = cleanUpStale(*w, backups.path());
        QVERIFY(!backup.isEmpty());
        QCOMPARE(int(w->session()->report().find(QStringLiteral("dep.stale.dataverse"))->status), int(CheckStatus::Pass));

        clickButton(*w, HealthWizard::Page_Remediation, "restoreButton");
        auto *dialog = w->findChild<gui::RestoreDialog *>(QStringLiteral("restoreDialog"));
        QVERIFY(dialog && dialog->isVisible());
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("backupFileEdit")), backup);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loadBackupButton")), Qt::LeftButton);
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("restoreSummaryLabel"))->text().contains(QLatin1String("DWDVEV1004")),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("restoreSummaryLabel"))->text()));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewEdit"))->toPlainText().contains(QLatin1String("POST")));
        QTemporaryDir restoreBackups;
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("backupDirEdit")), restoreBackups.path());
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isEnabled());  // not before the host name is typed
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), w->session()->profile().dataverseUrl.host());
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("recheckLabel"))
                                     ->text().contains(QLatin1String("Re-check of")), RunTimeoutMs);
        // The stale rows are back, and the session (every page) says so.
        QCOMPARE(int(w->session()->report().find(QStringLiteral("dep.stale.dataverse"))->status), int(CheckStatus::Fail));
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.stale.dataverse")),
                 int(CheckStatus::Fail));
        // A backup of another environment is refused before anything is written.
        gui::RestoreDialog other(w->session());
        QByteArray json;
        {
            QFile f(backup);
            QVERIFY(f.open(QIODevice::ReadOnly));
            json = f.readAll();
        }
        // The same records, taken from another environment.
        const QByteArray here = w->session()->profile().dataverseUrl.toString(QUrl::StripTrailingSlash).toUtf8();
        QVERIFY(json.contains(here));
        json.replace(here, "https://elsewhere.crm4.dynamics.com");
        const QString elsewhere = backups.filePath(QStringLiteral("elsewhere.json"));
        QFile f(elsewhere);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        other.loadBackup(elsewhere);
        const QString refused = other.findChild<QLabel *>(QStringLiteral("restoreSummaryLabel"))->text();
        QVERIFY2(refused.contains(QLatin1String("cannot be restored here")), qPrintable(refused));
        QVERIFY(!other.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    }

    // Item 10: a profile is saved explicitly, exported for the CLI, and preselected next start.
    void profileIsSavedExportedAndPreselected()
    {
        QSettings().remove(QString());
        {
            HealthWizard w;
            w.show();
            clickNext(w);
            QCOMPARE(w.currentId(), int(HealthWizard::Page_Credentials));
            retype(edit(w, "profileNameEdit"), QStringLiteral("Contoso UAT"));
            retype(edit(w, "tenantEdit"), QStringLiteral("contoso.onmicrosoft.com"));
            retype(edit(w, "dataverseUrlEdit"), QStringLiteral("https://contoso-uat.crm4.dynamics.com"));
            retype(edit(w, "environmentIdEdit"), QStringLiteral("0b2c4d6e-8f10-4a3b-9c5d-7e8f9a0b1c2d"));
            retype(edit(w, "foUrlEdit"), QStringLiteral("https://contoso-uat.sandbox.operations.dynamics.com"));
            retype(edit(w, "clientIdEdit"), QStringLiteral("5c0d7e21-9a3b-4f6c-8d1e-2b3a4c5d6e7f"));
            retype(edit(w, "secretEdit"), QStringLiteral("never-exported-secret"));
            clickButton(w, HealthWizard::Page_Credentials, "saveProfileButton");
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("contoso.json"));
            clickButton(w, HealthWizard::Page_Credentials, "exportProfileButton");
            auto *dialog = w.findChild<QFileDialog *>(QStringLiteral("exportProfileDialog"));
            QVERIFY(dialog);
            QVERIFY(dialog->selectedFiles().value(0).endsWith(QLatin1String("Contoso-UAT.json")));
            emit dialog->fileSelected(path);
            dialog->close();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray json = file.readAll();
            QVERIFY(!json.contains("never-exported-secret"));
            ProfileError error;
            const std::optional<Profile> exported = parseProfile(json, path, &error);  // as the CLI reads it
            QVERIFY2(exported, qPrintable(error.toString()));
            QCOMPARE(exported->dataverseUrl, QUrl(QStringLiteral("https://contoso-uat.crm4.dynamics.com")));
        }
        HealthWizard next;  // the next start
        next.show();
        auto *combo = next.page(HealthWizard::Page_Welcome)->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("Contoso UAT"));
        clickNext(next);
        QCOMPARE(edit(next, "tenantEdit")->text(), QStringLiteral("contoso.onmicrosoft.com"));
    }

    // Item 11: in a wide window whole check titles show; at the default size the connection
    // test's outcome is in view without scrolling by hand.
    void nothingClippedOrOutOfView()
    {
        auto w = openCredentials(QStringLiteral("DWHC0401"));  // with a preflight table
        QCOMPARE(w->size(), QSize(900, 680));
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        auto *area = child<QScrollArea>(*w, HealthWizard::Page_Credentials, "scrollArea");
        auto *results = child<QTreeWidget>(*w, HealthWizard::Page_Credentials, "connectionResults");
        auto *status = child<QLabel>(*w, HealthWizard::Page_Credentials, "testStatusLabel");
        const auto inView = [&](QWidget *widget) {
            const QRect r(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
            return area->viewport()->rect().contains(r);
        };
        QTRY_VERIFY(inView(results) && inView(status));

        w->resize(1500, 900);
        clickNext(*w);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        auto *tree = child<QTreeView>(*w, HealthWizard::Page_Prerequisites, "checkTree");
        QCoreApplication::processEvents();
        const QAbstractItemModel *model = tree->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString title = model->index(row, 0).data().toString();
            const int needed = tree->fontMetrics().horizontalAdvance(title) + tree->iconSize().width() + 24;
            QVERIFY2(tree->header()->sectionSize(0) >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for %3 px").arg(title).arg(tree->header()->sectionSize(0)).arg(needed)));
        }
    }

    // Item 12: Back and Next do not read the environments again; Re-run does, on request.
    void backAndNextDoNotReadAgain()
    {
        auto w = openCredentials(QStringLiteral("slow"));
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        clickNext(*w);
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Prerequisites));
        clickButton(*w, HealthWizard::Page_Prerequisites, "cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        clickNext(*w);  // the dependency page reads what it needs (the prerequisites were cancelled)
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QCOMPARE(w->session()->report().summary().total(), 23);
        const HealthEngine *engine = w->session()->engine();
        const QDateTime started = w->session()->report().startedAt;
        QVERIFY(engine && !engine->isRunning());
        for (int i = 0; i < 2; ++i) {
            w->back();
            QCOMPARE(w->currentId(), int(HealthWizard::Page_Prerequisites));
            QVERIFY(nextEnabled(*w));  // its results are there, without a run
            clickNext(*w);
            QCOMPARE(w->currentId(), int(HealthWizard::Page_Dependencies));
            QVERIFY(nextEnabled(*w));
        }
        // The same run: no new engine, nothing running, the same start time.
        QCOMPARE(w->session()->engine(), engine);
        QVERIFY(!engine->isRunning());
        QCOMPARE(w->session()->report().startedAt, started);
        QCOMPARE(checkStatus(*w, HealthWizard::Page_Prerequisites, QStringLiteral("prereq.dual-write-core")),
                 int(w->session()->report().find(QStringLiteral("prereq.dual-write-core"))->status));
        clickButton(*w, HealthWizard::Page_Dependencies, "rerunButton");  // on request: reads again
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
        QVERIFY(w->session()->report().startedAt > started);
    }

    // Issue 13: the client secret goes to an authority that is not a known Entra ID host only
    // when the user says so, asked each time unless remembered for the profile; loopback never asks.
    void unknownAuthorityAsksBeforeSendingTheSecret()
    {
        auto w = openCredentials(QStringLiteral("healthy"));
        showAdvanced(*w);
        retype(edit(*w, "profileNameEdit"), QStringLiteral("Fabrikam authority"));
        QLineEdit *authority = edit(*w, "authorityEdit");
        const QString loopback = authority->text();
        QVERIFY2(loopback.startsWith(QLatin1String("http://127.0.0.1")), qPrintable(loopback));
        retype(authority, QStringLiteral("https://login.fabrikam.example"));
        auto *test = child<QPushButton>(*w, HealthWizard::Page_Credentials, "testButton");
        auto *cancel = child<QPushButton>(*w, HealthWizard::Page_Credentials, "cancelTestButton");
        const auto box = [&w]() {
            return w->findChild<QMessageBox *>(QStringLiteral("authorityConfirmBox"));
        };

        // Asked, naming the host; No is the default and sends nothing.
        QTest::mouseClick(test, Qt::LeftButton);
        QMessageBox *question = box();
        QVERIFY(question && question->isVisible());
        QVERIFY2(question->text().contains(QLatin1String("login.fabrikam.example")),
                 qPrintable(question->text()));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));
        auto *remember = question->findChild<QCheckBox *>(QStringLiteral("rememberAuthorityCheck"));
        QVERIFY(remember && !remember->isChecked());
        QTest::keyClick(question, Qt::Key_Return);  // the default: do not send
        QTRY_VERIFY(!box());
        QVERIFY(!cancel->isVisible());  // no sign-in started
        QVERIFY(test->isEnabled());

        // Yes without "remember": the test starts, and the next test asks again.
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(box());
        QTest::mouseClick(box()->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(!box());
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(test->isEnabled());
        QVERIFY(gui::ProfileStore::allowedAuthorities(QStringLiteral("Fabrikam authority")).isEmpty());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(box());

        // Yes with "remember": not asked again for this profile.
        QTest::mouseClick(box()->findChild<QCheckBox *>(QStringLiteral("rememberAuthorityCheck")),
                          Qt::LeftButton);
        QTest::mouseClick(box()->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(!box());
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(test->isEnabled());
        QCOMPARE(gui::ProfileStore::allowedAuthorities(QStringLiteral("Fabrikam authority")),
                 QStringList{QStringLiteral("login.fabrikam.example")});
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!box());
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(test->isEnabled());

        // Another profile name: asked again. The simulator's loopback authority: never asked.
        retype(edit(*w, "profileNameEdit"), QStringLiteral("Other profile"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(box());
        QTest::mouseClick(box()->button(QMessageBox::No), Qt::LeftButton);
        QTRY_VERIFY(!box());
        retype(authority, loopback);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!box());
        auto *status = child<QLabel>(*w, HealthWizard::Page_Credentials, "testStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Connected")), RunTimeoutMs);
    }

    // Item 6: a connection test against a server that does not answer shows which services it
    // waits for and can be cancelled.
    void connectionTestShowsProgressAndCancels()
    {
        auto w = openCredentials(QStringLiteral("healthy"));
        w->session()->setSimulatorLatencyMs(60000);  // a silent server
        auto *cancel = child<QPushButton>(*w, HealthWizard::Page_Credentials, "cancelTestButton");
        auto *test = child<QPushButton>(*w, HealthWizard::Page_Credentials, "testButton");
        auto *status = child<QLabel>(*w, HealthWizard::Page_Credentials, "testStatusLabel");
        const auto *results = child<QTreeWidget>(*w, HealthWizard::Page_Credentials, "connectionResults");
        QVERIFY(!cancel->isVisible());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(!test->isEnabled());
        QVERIFY(results->isVisible());
        QCOMPARE(results->topLevelItemCount(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(results->topLevelItem(i)->text(1), QStringLiteral("Waiting…"));
        QVERIFY2(status->text().contains(QLatin1String("Dataverse")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("Power Platform")));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isVisible());
        QVERIFY(test->isEnabled());
        QVERIFY(status->text().contains(QLatin1String("cancelled")));
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Cancelled"));
        QVERIFY(!nextEnabled(*w));
        // And a new test, with the server answering again, gets through.
        w->session()->setSimulatorLatencyMs(0);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), RunTimeoutMs);
    }

    // Item 3: a sign-in whose token request cannot reach the authority is headlined as
    // unreachable, not as refused credentials.
    void unreachableAuthorityIsNotRefusedCredentials()
    {
        auto w = openCredentials(QStringLiteral("healthy"));
        showAdvanced(*w);
        retype(edit(*w, "authorityEdit"), refusedLoopbackUrl());
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        auto *status = child<QLabel>(*w, HealthWizard::Page_Credentials, "testStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(*w, HealthWizard::Page_Credentials, "testButton")->isEnabled()
                                     && !status->text().contains(QLatin1String("Signing in")),
                                 RunTimeoutMs);
        QVERIFY2(status->text().contains(QLatin1String("Could not reach")), qPrintable(status->text()));
        QVERIFY2(!status->text().contains(QLatin1String("refused the credentials")), qPrintable(status->text()));
        QVERIFY(!nextEnabled(*w));
    }

    // Item 3, the other side: a wrong secret still says the credentials were refused.
    void wrongSecretIsRefusedCredentials()
    {
        auto w = openCredentials(QStringLiteral("healthy"));
        retype(edit(*w, "secretEdit"), QStringLiteral("not-the-secret"));
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        auto *status = child<QLabel>(*w, HealthWizard::Page_Credentials, "testStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("refused the credentials")), RunTimeoutMs);
        const auto *results = child<QTreeWidget>(*w, HealthWizard::Page_Credentials, "connectionResults");
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Sign-in refused"));
    }

    // Item 4: a message that is not recognised clears the previous answer: explanation, parsed
    // fields and the checks (with their results).
    void troubleshooterForgetsThePreviousAnswer()
    {
        gui::WizardSession session;
        gui::TroubleshooterDialog dialog(&session);
        dialog.show();
        auto *message = dialog.findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
        auto *explain = dialog.findChild<QPushButton *>(QStringLiteral("explainButton"));
        auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("fieldsTable"));
        auto *checks = dialog.findChild<QTreeWidget *>(QStringLiteral("checksList"));
        auto *result = dialog.findChild<QTextBrowser *>(QStringLiteral("resultBrowser"));
        message->setFocus();
        QTest::keyClicks(message, QStringLiteral(
            "Customer groups (msdyn_customergroups) : Dual write failure - Dynamics 365 for Sales "
            "solution 'Dynamics365Company' has version mismatch. Version: '2.0.2.10' Required "
            "version: '2.0.133'"));
        QTest::mouseClick(explain, Qt::LeftButton);
        QCOMPARE(dialog.currentSymptomId(), QStringLiteral("version-mismatch"));
        QVERIFY(fields->isVisibleTo(&dialog));
        QCOMPARE(fields->rowCount(), 1);
        QVERIFY(checks->topLevelItemCount() > 0);
        const QString answer = result->toPlainText();
        message->selectAll();
        QTest::keyClicks(message, QStringLiteral("The printer on floor 3 is out of toner."));
        QTest::mouseClick(explain, Qt::LeftButton);
        QCOMPARE(dialog.currentSymptomId(), QString());
        QVERIFY(!fields->isVisibleTo(&dialog));
        QCOMPARE(fields->rowCount(), 0);
        QCOMPARE(checks->topLevelItemCount(), 0);
        QVERIFY(result->toPlainText() != answer);
        QVERIFY(!result->toPlainText().contains(QLatin1String("mismatch"), Qt::CaseInsensitive));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("runChecksButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("matchLabel"))->text().contains(QLatin1String("Not recognised")));
    }

    // Item 7: every report of a simulated run says so, on the PDF's cover and every page header,
    // and in the HTML and Markdown.
    void simulatedReportsSaySo()
    {
        auto w = walkToReport(QStringLiteral("healthy"));
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Report));
        QVERIFY(w->session()->report().simulated);
        const QString notice = QStringLiteral("Simulated environment — not a customer tenant");
        QTemporaryDir dir;
        const QByteArray html = exportAs(*w, QStringLiteral("html"), dir.filePath(QStringLiteral("r.html")));
        QVERIFY(!html.isEmpty());
        QVERIFY(QString::fromUtf8(html).contains(notice));
        const QByteArray md = exportAs(*w, QStringLiteral("md"), dir.filePath(QStringLiteral("r.md")));
        QVERIFY(!md.isEmpty());
        QVERIFY(QString::fromUtf8(md).contains(notice));
        const QByteArray pdf = exportAs(*w, QStringLiteral("pdf"), dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.startsWith("%PDF"));
        if (!hasPoppler())
            QSKIP("pdftotext is not installed");
        const std::optional<QString> text = pdfText(pdf);
        QVERIFY(text);
        const QStringList pages = text->split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        for (const QString &page : pages)  // the header of every page, the cover too
            QVERIFY2(QString(page).simplified().contains(notice), qPrintable(page.left(300)));
        QVERIFY(pages.first().simplified().count(notice) >= 2);  // header and cover
    }

    // Item 10: the PDF exported from the wizard has the record-specific fix steps the guided-fix
    // dialogs show (here the stale runtime configurations to delete), not only the generic ones.
    void pdfFixStepsNameTheRecords()
    {
        auto w = walkToReport(QStringLiteral("DWDVEV1004"));
        QCOMPARE(w->currentId(), int(HealthWizard::Page_Report));
        QTemporaryDir dir;
        const QByteArray pdf = exportAs(*w, QStringLiteral("pdf"), dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.startsWith("%PDF"));
        if (!hasPoppler())
            QSKIP("pdftotext is not installed");
        const std::optional<QString> text = pdfText(pdf);
        QVERIFY(text);
        const QString all = squeezed(*text);
        for (const QString &record : {QStringLiteral("DWM_SalesorderheadersV2_salesorders"),
                                      QStringLiteral("DWM_WarehousesV2_msdyn_warehouses")}) {
            const QString step = QStringLiteral("Delete %1 (msdyn_dualwriteruntimeconfigs)").arg(record);
            QVERIFY2(all.contains(squeezed(step)), qPrintable(step));
        }
        QVERIFY(all.contains(squeezed(QStringLiteral("dwhealth fix DWDVEV1004 previews these writes"))));
    }

    // The walk against a server that is not the in-process simulator: `dwhealth simulate` runs as
    // a separate process, and its profile is typed into the credentials page, keyboard only.
    void keyboardWalkAgainstAnExternalServer()
    {
        QProcess simulator;
        const auto stop = qScopeGuard([&] { simulator.kill(); simulator.waitForFinished(); });
        const QJsonObject profile = startExternalSimulator(&simulator);
        QVERIFY2(!profile.isEmpty(), simulator.readAllStandardError().constData());
        const auto object = [&](const char *key) { return profile.value(QLatin1String(key)).toObject(); };

        HealthWizard w;  // not the demo: no in-process simulator
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(!w.session()->isSimulated());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(w.currentId(), int(HealthWizard::Page_Credentials));
        retype(edit(w, "profileNameEdit"), QStringLiteral("External simulator"));
        retype(edit(w, "tenantEdit"), profile.value(QStringLiteral("tenantId")).toString());
        retype(edit(w, "dataverseUrlEdit"), object("dataverse").value(QStringLiteral("url")).toString());
        retype(edit(w, "environmentIdEdit"), object("dataverse").value(QStringLiteral("environmentId")).toString());
        retype(edit(w, "foUrlEdit"), object("financeAndOperations").value(QStringLiteral("url")).toString());
        retype(edit(w, "clientIdEdit"), object("auth").value(QStringLiteral("clientId")).toString());
        retype(edit(w, "secretEdit"), sim::Simulator::clientSecret());
        QTest::keyClick(edit(w, "secretEdit"), Qt::Key_A, Qt::AltModifier);  // &Advanced settings
        QTRY_VERIFY(edit(w, "authorityEdit")->isVisible());
        retype(edit(w, "authorityEdit"), profile.value(QStringLiteral("authority")).toString());
        retype(edit(w, "powerPlatformUrlEdit"), object("powerPlatform").value(QStringLiteral("url")).toString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);  // Te&st connection
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), RunTimeoutMs);
        const auto *results = child<QTreeWidget>(w, HealthWizard::Page_Credentials, "connectionResults");
        QCOMPARE(results->topLevelItemCount(), 3);
        for (int page : {HealthWizard::Page_Credentials, HealthWizard::Page_Prerequisites,
                         HealthWizard::Page_Dependencies, HealthWizard::Page_Remediation}) {
            QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), RunTimeoutMs);
            QCOMPARE(w.currentId(), page);
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_N,
                            Qt::AltModifier);
            QTRY_VERIFY(w.currentId() != page);  // a mnemonic clicks on a later turn (animateClick)
        }
        QTRY_COMPARE(w.currentId(), int(HealthWizard::Page_Report));
        const Report &report = w.session()->report();
        // Typed by hand, the profile names no legal entities: the selection on the Dual-write
        // page is not readable, so DWDVEV1003 is a warning, never a pass; the rest passes.
        QCOMPARE(report.summary().total(), 23);
        QCOMPARE(report.summary().warning, 1);
        QCOMPARE(report.raisedCodes(), QStringList{QStringLiteral("DWDVEV1003")});
        QCOMPARE(report.summary().pass, report.summary().total() - 1);
        QVERIFY(report.simulated);  // a typed simulator profile is still marked as simulated
    }

    // Item 14: the wizard and the CLI keep history and settings in the same folders, because
    // main() sets the identity once for both.
    void cliAndWizardShareTheirFolders()
    {
        QProcess simulator;
        const auto stop = qScopeGuard([&] { simulator.kill(); simulator.waitForFinished(); });
        QJsonObject profile = startExternalSimulator(&simulator);
        QVERIFY(!profile.isEmpty());
        profile.insert(QStringLiteral("name"), QStringLiteral("shared-folders"));
        QTemporaryDir dir;
        const QString profilePath = dir.filePath(QStringLiteral("p.json"));
        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profile).toJson());
        file.close();
        const QString dataHome = dir.filePath(QStringLiteral("data"));
        test::CliSetup setup;
        setup.secret = sim::Simulator::clientSecret().toUtf8();
        setup.dataHome = dataHome;
        const test::CliRun run = test::runDwhealth({QStringLiteral("check"), QStringLiteral("--profile"), profilePath}, setup);
        QCOMPARE(run.exitCode, 0);

        // The wizard's process, with the identity main() gives it.
        const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("XDG_DATA_HOME", oldDataHome);
            initTestCase();
        });
        qputenv("XDG_DATA_HOME", dataHome.toLocal8Bit());
        setApplicationIdentity();
        const QString root = HistoryStore::defaultRoot();
        QVERIFY2(root.startsWith(dataHome), qPrintable(root));
        const QList<HistoryEntry> entries = HistoryStore(root).list(QStringLiteral("shared-folders"));
        QCOMPARE(entries.size(), 1);  // the CLI's run, found where the wizard looks
        // One settings file: the wizard's (QSettings()) is the one the CLI's language setting reads.
        QCOMPARE(QSettings().fileName(),
                 QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("dwhealth"),
                           QStringLiteral("dwhealth")).fileName());
    }
};

QTEST_MAIN(tst_WizardOnSite)
#include "tst_wizardonsite.moc"
