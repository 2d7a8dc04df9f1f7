// SPDX-License-Identifier: MIT
// The Table maps dialog of the report page, with real widgets, offscreen against the embedded
// simulator: every state shown, errors with their documented fix, a refused trace log naming the
// missing right; a screenshot of it is saved for a look (DWHEALTH_SCREENSHOT_DIR, else the build).
#include "healthwizard.h"
#include "mnemoniccheck.h"
#include "tablemapsdialog.h"
#include "wizarddriver.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace dwh;
using namespace dwh::test;
using gui::HealthWizard;

namespace {

constexpr int RunTimeoutMs = 120000;

} // namespace

class tst_TableMapsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    std::unique_ptr<HealthWizard> toReport(const QString &scenario)
    {
        auto w = std::make_unique<HealthWizard>(true, scenario);
        w->show();
        clickNext(*w);
        clickButton(*w, HealthWizard::Page_Credentials, "testButton");
        if (!QTest::qWaitFor([&] { return nextEnabled(*w); }, RunTimeoutMs))
            return nullptr;
        clickNext(*w);
        while (w->currentId() != HealthWizard::Page_Report) {
            if (!QTest::qWaitFor([&] { return nextEnabled(*w); }, RunTimeoutMs))
                return nullptr;
            clickNext(*w);
        }
        return w;
    }

    gui::TableMapsDialog *openMaps(HealthWizard &w)
    {
        auto *button = child<QPushButton>(w, HealthWizard::Page_Report, "mapsButton");
        if (!button || !button->isVisible())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = w.findChild<gui::TableMapsDialog *>(QStringLiteral("tableMapsDialog"));
        if (!dialog || !dialog->isVisible())
            return nullptr;
        if (!QTest::qWaitFor([&] { return !dialog->isReading(); }, RunTimeoutMs))
            return nullptr;
        return dialog;
    }

    static QString screenshotDir()
    {
        const QString dir = qEnvironmentVariable("DWHEALTH_SCREENSHOT_DIR");
        return dir.isEmpty() ? QDir::currentPath() : dir;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tablemapsdialog"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void everyStateWithErrorsAndFixes()
    {
        auto w = toReport(QStringLiteral("maps-mixed"));
        QVERIFY(w);
        // The report page's new button takes a free letter (checked before the dialog, a child
        // of the page, opens).
        for (const QString &clash : mnemonicClashesInWindow(w.get(), QStringLiteral("wizard")))
            QVERIFY2(!clash.contains(QLatin1String("&maps")), qPrintable(clash));
        gui::TableMapsDialog *dialog = openMaps(*w);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("mapsTable"));
        QVERIFY(table->isVisible());
        QCOMPARE(table->topLevelItemCount(), 6);
        QStringList states;
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            states << table->topLevelItem(i)->text(1);  // the State column
        for (const char *state : {"Running", "Paused", "Not running", "Error"})
            QVERIFY2(states.contains(QLatin1String(state)), state);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("unreadLabel"))->isVisible());
        const QString errors = dialog->findChild<QTextBrowser *>(QStringLiteral("errorsBrowser"))->toPlainText();
        QVERIFY2(errors.contains(QLatin1String("SecureConfig")), qPrintable(errors));
        QVERIFY(errors.contains(QLatin1String("learn.microsoft.com")));  // the documented fix's link
        QVERIFY2(mnemonicClashesInWindow(dialog, QStringLiteral("tableMapsDialog")).isEmpty(),
                 qPrintable(mnemonicClashesInWindow(dialog, QStringLiteral("tableMapsDialog")).join(u'\n')));
        const QString png = QDir(screenshotDir()).filePath(QStringLiteral("table-maps.png"));
        QVERIFY(dialog->grab().save(png));
        qInfo("screenshot: %s", qPrintable(png));
    }

    void refusedTraceLogNamesTheRight()
    {
        auto w = toReport(QStringLiteral("trace-log-denied"));
        QVERIFY(w);
        gui::TableMapsDialog *dialog = openMaps(*w);
        QVERIFY(dialog);
        // The maps were read; the errors were not, and the page says which right is missing.
        QVERIFY(dialog->findChild<QTreeWidget *>(QStringLiteral("mapsTable"))->topLevelItemCount() > 0);
        const QString errors = dialog->findChild<QTextBrowser *>(QStringLiteral("errorsBrowser"))->toPlainText();
        QVERIFY2(errors.contains(QLatin1String("Missing right")), qPrintable(errors));
        QVERIFY(errors.contains(QLatin1String("prvReadPluginTraceLog")));
        const QString png = QDir(screenshotDir()).filePath(QStringLiteral("table-maps-denied.png"));
        QVERIFY(dialog->grab().save(png));
    }
};

QTEST_MAIN(tst_TableMapsDialog)
#include "tst_tablemapsdialog.moc"
