// SPDX-License-Identifier: MIT
// dwhealth_screenshots DIR [WIDTHxHEIGHT]: drives the real wizard offscreen through every page on
// the simulator (scenario DWDVEV1003 for the findings pages, DWHC0202 for a blocked step 1, a
// wrong secret for the sign-in error) and saves a QWidget::grab() PNG of each into DIR.
#include "healthwizard.h"
#include "language.h"
#include "wizarddriver.h"
#include "wizardsession.h"
#include "simulatorthread.h"

#include "guidedfixes.h"
#include "legalentitypicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPalette>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>

#include <cstdio>

using namespace dwh;
using namespace dwh::test;

namespace {

QString g_dir;
QSize g_size(900, 680);
int g_failures = 0;

bool waitFor(const std::function<bool()> &condition, const char *what)
{
    if (QTest::qWaitFor(condition, 120000))
        return true;
    std::fprintf(stderr, "dwhealth_screenshots: timed out waiting for %s\n", what);
    ++g_failures;
    return false;
}

void shoot(HealthWizard &wizard, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    if (!wizard.grab().save(path)) {
        std::fprintf(stderr, "dwhealth_screenshots: cannot write %s\n", qPrintable(path));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(path));
}

void shootWidget(QWidget &widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "dwhealth_screenshots: cannot write %s\n", qPrintable(path));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(path));
}

std::unique_ptr<HealthWizard> open(const QString &scenario)
{
    auto wizard = std::make_unique<HealthWizard>(true, scenario);
    wizard->resize(g_size);
    wizard->show();
    return wizard;
}

void clickButtonIn(QWidget &parent, const char *objectName)
{
    QTest::mouseClick(parent.findChild<QPushButton *>(QLatin1String(objectName)), Qt::LeftButton);
}

bool toPrerequisites(HealthWizard &w)
{
    clickNext(w);
    clickButton(w, HealthWizard::Page_Credentials, "testButton");
    if (!waitFor([&] { return nextEnabled(w); }, "the connection test"))
        return false;
    clickNext(w);
    return waitFor([&] { return nextEnabled(w); }, "the prerequisite health check");
}

void findingsTour()
{
    auto w = open(QStringLiteral("DWDVEV1003"));
    shoot(*w, QStringLiteral("01-welcome"));
    clickNext(*w);
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (!waitFor([&] { return nextEnabled(*w); }, "the connection test"))
        return;
    shoot(*w, QStringLiteral("02-credentials"));
    clickNext(*w);
    if (!waitFor([&] { return nextEnabled(*w); }, "the prerequisite health check"))
        return;
    shoot(*w, QStringLiteral("03-prerequisites"));
    clickNext(*w);
    if (!waitFor([&] { return nextEnabled(*w); }, "dependency validation"))
        return;
    const QModelIndex row = checkRow(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.company.dataverse"));
    child<QTreeView>(*w, HealthWizard::Page_Dependencies, "checkTree")->setCurrentIndex(row);
    shoot(*w, QStringLiteral("04-dependencies"));
    clickNext(*w);
    shoot(*w, QStringLiteral("05-remediation"));
    clickNext(*w);
    shoot(*w, QStringLiteral("06-report"));
}

void blockedTour()
{
    auto w = open(QStringLiteral("DWHC0202"));
    if (toPrerequisites(*w))
        shoot(*w, QStringLiteral("07-prerequisites-blocked"));
}

void signInErrorTour()
{
    auto w = open(QStringLiteral("healthy"));
    clickNext(*w);
    auto *secret = child<QLineEdit>(*w, HealthWizard::Page_Credentials, "secretEdit");
    secret->setText(QStringLiteral("not-the-secret"));
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (waitFor([&] { return child<QWidget>(*w, HealthWizard::Page_Credentials, "signInErrorLabel")->isVisible(); },
                "the sign-in error"))
        shoot(*w, QStringLiteral("08-credentials-sign-in-error"));
}

/** Through the checks to the remediation page (Next on every page). */
bool toRemediation(HealthWizard &w)
{
    if (!toPrerequisites(w))
        return false;
    while (w.currentId() != HealthWizard::Page_Remediation) {
        clickNext(w);
        if (w.currentId() != HealthWizard::Page_Remediation
            && !waitFor([&] { return nextEnabled(w); }, "a check page"))
            return false;
    }
    return true;
}

/** Selects the finding of `code` on the remediation page and opens its guided fix. */
QDialog *openGuidedFix(HealthWizard &w, const QString &code, const char *objectName)
{
    auto *list = child<QTreeWidget>(w, HealthWizard::Page_Remediation, "findingList");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0).contains(code))
            list->setCurrentItem(list->topLevelItem(i));
    }
    clickButton(w, HealthWizard::Page_Remediation, "guidedFixButton");
    auto *dialog = w.findChild<QDialog *>(QLatin1String(objectName));
    if (!dialog)
        ++g_failures;
    return dialog;
}

void guidedFixesTour()
{
    auto w = open(QStringLiteral("DWDVEV1003"));
    if (!toRemediation(*w))
        return;
    if (QDialog *diff = openGuidedFix(*w, QStringLiteral("DWDVEV1003"), "companyDiffDialog")) {
        shootWidget(*diff, QStringLiteral("09-company-diff"));
        clickButtonIn(*diff, "verifyButton");
        if (waitFor([&] { return diff->findChild<QTreeWidget *>(QStringLiteral("verifyResults"))->topLevelItemCount() > 0; },
                    "the company checks"))
            shootWidget(*diff, QStringLiteral("09b-company-diff-verified"));
        diff->close();
    }
    clickButton(*w, HealthWizard::Page_Remediation, "troubleshootButton");
    if (auto *trouble = w->findChild<QDialog *>(QStringLiteral("troubleshooterDialog"))) {
        trouble->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"))->setPlainText(QStringLiteral(
            "Response status code does not indicate success: 403 (tokenexchange).\n"
            "Session ID: 0b5c3d2e-1111-4a2b-9c3d-123456789abc\n"
            "Root activity ID: 7f00aa11-2222-4b3c-8d4e-abcdefabcdef"));
        clickButtonIn(*trouble, "explainButton");
        clickButtonIn(*trouble, "runChecksButton");
        auto *checks = trouble->findChild<QTreeWidget *>(QStringLiteral("checksList"));
        if (waitFor([&] { return checks->topLevelItemCount() > 0 && checks->topLevelItem(0)->data(0, Qt::UserRole + 1).isValid(); },
                    "the troubleshooter's checks"))
            shootWidget(*trouble, QStringLiteral("11-troubleshooter"));
        trouble->close();
    } else {
        ++g_failures;
    }

    auto v = open(QStringLiteral("DWHC0202"));
    if (!toRemediation(*v))
        return;
    if (QDialog *matrix = openGuidedFix(*v, QStringLiteral("DWHC0202"), "versionMatrixDialog")) {
        shootWidget(*matrix, QStringLiteral("10-version-matrix"));
        matrix->close();
    }
}

/** A guided fix of the remediation library, opened through the factory on a wizard that has
 *  run the checks of `scenario`; nullptr when the checks did not finish. */
std::unique_ptr<QDialog> openFix(std::unique_ptr<HealthWizard> &w, const QString &scenario,
                                 const QString &code)
{
    w = open(scenario);
    if (!toRemediation(*w))
        return nullptr;
    std::unique_ptr<QDialog> dialog(gui::createGuidedFix(code, w->session(), w.get()));
    if (!dialog) {
        ++g_failures;
        return nullptr;
    }
    dialog->show();
    return dialog;
}

/** Types the backup folder and the host name into a write-run panel and applies. */
bool applyWrites(QDialog &dialog, HealthWizard &w, const QString &backupDir)
{
    auto *dir = dialog.findChild<QLineEdit *>(QStringLiteral("backupDirEdit"));
    dir->setText(backupDir);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     w.session()->profile().dataverseUrl.host());
    clickButtonIn(dialog, "applyButton");
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyResultsButton"));
    return waitFor([copy] { return copy->isEnabled(); }, "the writes and the re-check");
}

void remediationDialogsTour()
{
    QTemporaryDir files;
    std::unique_ptr<HealthWizard> w;
    if (auto stale = openFix(w, QStringLiteral("DWDVEV1004"), QStringLiteral("DWDVEV1004"))) {
        shootWidget(*stale, QStringLiteral("13-stale-cleanup"));
        if (applyWrites(*stale, *w, files.filePath(QStringLiteral("backups")))) {
            shootWidget(*stale, QStringLiteral("14-stale-cleanup-results"));
            // Restore from the backup the cleanup just wrote.
            const QDir backups(files.filePath(QStringLiteral("backups")));
            const QStringList written = backups.entryList({QStringLiteral("*.json")}, QDir::Files);
            std::unique_ptr<QDialog> restore(gui::createGuidedFix(QStringLiteral("restore"), w->session(), w.get()));
            if (restore && !written.isEmpty()) {
                restore->show();
                auto *path = restore->findChild<QLineEdit *>(QStringLiteral("backupFileEdit"));
                path->setText(QDir::toNativeSeparators(backups.filePath(written.first())));
                clickButtonIn(*restore, "loadBackupButton");
                restore->findChild<QTabWidget *>(QStringLiteral("runTabs"))->setCurrentIndex(1);
                shootWidget(*restore, QStringLiteral("22-restore"));
            } else {
                ++g_failures;
            }
        }
    }
    if (auto reset = openFix(w, QStringLiteral("DWDVEV1004"), QStringLiteral("reset"))) {
        auto *runtime = reset->findChild<QTableWidget *>(QStringLiteral("runtimeTable"));
        if (waitFor([runtime] { return runtime->rowCount() > 0; }, "the reset impact preview")) {
            reset->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"))
                ->setText(files.filePath(QStringLiteral("reset-snapshot.json")));
            clickButtonIn(*reset, "exportButton");
            shootWidget(*reset, QStringLiteral("17-reset-walkthrough"));
            auto *wizard = static_cast<QWizard *>(reset.get());
            wizard->next();
            clickButtonIn(*wizard->currentPage(), "verifyButton");
            auto *details = wizard->currentPage()->findChild<QWidget *>(QStringLiteral("verifyDetails"));
            if (waitFor([details] { return details->isVisible(); }, "the maps-stopped verification"))
                shootWidget(*reset, QStringLiteral("18-reset-walkthrough-verify"));
        }
    }
    if (auto team = openFix(w, QStringLiteral("DWDVEV1007"), QStringLiteral("DWDVEV1007"))) {
        shootWidget(*team, QStringLiteral("15-owning-team"));
        team->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
        shootWidget(*team, QStringLiteral("15b-owning-team-facts"));
    }
    if (auto ticket = openFix(w, QStringLiteral("DWFOEV1006"), QStringLiteral("DWFOEV1006")))
        shootWidget(*ticket, QStringLiteral("16-owning-team-ticket"));
}

/** The credentials page scrolled to `objectName`. */
void scrollCredentialsTo(HealthWizard &w, const char *objectName)
{
    QCoreApplication::processEvents();  // lay out what was just shown first
    auto *area = child<QScrollArea>(w, HealthWizard::Page_Credentials, "scrollArea");
    area->ensureWidgetVisible(child<QWidget>(w, HealthWizard::Page_Credentials, objectName), 0, 12);
}

void powerPlatformUnreachableTour()
{
    // Dataverse and finance and operations answer, the Power Platform API does not.
    auto w = open(QStringLiteral("healthy"));
    clickNext(*w);
    auto *advanced = child<QAbstractButton>(*w, HealthWizard::Page_Credentials, "advancedButton");
    if (!advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
    child<QLineEdit>(*w, HealthWizard::Page_Credentials, "powerPlatformUrlEdit")
        ->setText(QStringLiteral("http://127.0.0.1:9"));
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (waitFor([&] { return nextEnabled(*w); }, "the connection test without the Power Platform API")) {
        scrollCredentialsTo(*w, "connectionResults");
        shoot(*w, QStringLiteral("21-credentials-power-platform-unreachable"));
    }
}

void signInTour()
{
    // Device code: the code waits for the (simulated) user, with its countdown.
    auto w = open(QStringLiteral("healthy"));
    clickNext(*w);
    w->session()->simulator()->setDeviceCodeAutoApprovePolls(-1);
    auto *mode = child<QComboBox>(*w, HealthWizard::Page_Credentials, "signInModeCombo");
    mode->setCurrentIndex(mode->findData(int(AuthMode::DeviceCode)));
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (waitFor([&] { return child<QWidget>(*w, HealthWizard::Page_Credentials, "deviceCodePanel")->isVisible(); },
                "the device code")) {
        scrollCredentialsTo(*w, "deviceCodePanel");
        shoot(*w, QStringLiteral("19-device-code"));
    }
    // The least-privilege preflight of an identity without System Administrator.
    auto admin = open(QStringLiteral("DWHC0401"));
    clickNext(*admin);
    clickButton(*admin, HealthWizard::Page_Credentials, "testButton");
    if (waitFor([&] { return nextEnabled(*admin); }, "the connection test")) {
        scrollCredentialsTo(*admin, "preflightResults");
        shoot(*admin, QStringLiteral("20-preflight"));
    }
}

void legalEntitiesTour()
{
    // The legal entities picked from what F&O returned to the connection test (issue 12).
    auto w = open(QStringLiteral("selection-unread"));
    clickNext(*w);
    auto *advanced = child<QAbstractButton>(*w, HealthWizard::Page_Credentials, "advancedButton");
    if (!advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (!waitFor([&] { return nextEnabled(*w); }, "the connection test"))
        return;
    QTimer::singleShot(0, [] {
        auto *picker = qobject_cast<gui::LegalEntityPicker *>(QApplication::activeModalWidget());
        if (!picker) {
            std::fprintf(stderr, "dwhealth_screenshots: the legal-entity pick list did not open\n");
            ++g_failures;
            return;
        }
        auto *list = picker->findChild<QListWidget *>(QStringLiteral("legalEntityList"));
        for (int i = 0; i < list->count() && i < 2; ++i)
            list->item(i)->setCheckState(Qt::Checked);
        shootWidget(*picker, QStringLiteral("24-legal-entity-picker"));
        picker->accept();
    });
    clickButton(*w, HealthWizard::Page_Credentials, "pickLegalEntitiesButton");
    scrollCredentialsTo(*w, "pickLegalEntitiesButton");
    shoot(*w, QStringLiteral("23-credentials-legal-entities"));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("dwhealth_screenshots"));
    QStringList args = QCoreApplication::arguments();
    if (args.removeAll(QStringLiteral("--dark")) > 0) {
        // A dark system palette, as a dark desktop theme hands it to Qt.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3d));
        dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xff));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }
    for (int i = args.size() - 1; i > 0; --i) {
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            const QString code = args.takeAt(i).mid(7);
            if (!dwh::Language::install(code)) {
                std::fprintf(stderr, "dwhealth_screenshots: no catalogue for %s\n", qPrintable(code));
                return 2;
            }
        }
    }
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: dwhealth_screenshots DIR [WIDTHxHEIGHT] [--lang=CODE] [--dark]\n");
        return 2;
    }
    g_dir = args.at(1);
    if (args.size() > 2) {
        const QStringList wh = args.at(2).split(QLatin1Char('x'));
        g_size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    QDir().mkpath(g_dir);
    findingsTour();
    blockedTour();
    signInErrorTour();
    guidedFixesTour();
    remediationDialogsTour();
    signInTour();
    powerPlatformUnreachableTour();
    legalEntitiesTour();
    return g_failures == 0 ? 0 : 1;
}
