// SPDX-License-Identifier: MIT
// The wizard's Fleet view driven through its real widgets: saved profiles with their last result
// and trend, Run all, Run selected, Open; runs against two simulators over loopback and are
// stored in the history. Saves a screenshot (fleetview.png in the working folder).
#include "fleetdialog.h"
#include "historystore.h"
#include "mnemoniccheck.h"
#include "profilestore.h"
#include "simulator.h"

#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dwh;
using dwh::gui::FleetDialog;

namespace {

void saveProfile(const sim::Simulator &simulator, const QString &name, AuthMode mode = AuthMode::ClientSecret)
{
    QJsonObject json = simulator.profileJson();
    json.insert(QStringLiteral("name"), name);
    ProfileError error;
    std::optional<Profile> profile = parseProfile(QJsonDocument(json).toJson(), name, &error);
    QVERIFY2(profile, qPrintable(error.toString()));
    profile->authMode = mode;
    gui::ProfileStore::save(*profile);
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

QString cell(QTableWidget *table, const QString &name, int column)
{
    const int row = rowOf(table, name);
    return row < 0 || !table->item(row, column) ? QString() : table->item(row, column)->text();
}

} // namespace

class tst_FleetView : public QObject
{
    Q_OBJECT
private:
    sim::Simulator m_healthy;
    sim::Simulator m_failing;

private slots:
    void initTestCase()
    {
        // This test's own data folder (CTest sets XDG_DATA_HOME): no runs from an earlier pass.
        QDir(HistoryStore::defaultRoot()).removeRecursively();
        QString error;
        QVERIFY(m_healthy.loadScenario(QStringLiteral("healthy"), &error));
        QVERIFY(m_failing.loadScenario(QStringLiteral("DWFOEV1003"), &error));
        QVERIFY(m_healthy.start(&error));
        QVERIFY(m_failing.start(&error));
        qputenv("DWHEALTH_CLIENT_SECRET", sim::Simulator::clientSecret().toUtf8());
        saveProfile(m_healthy, QStringLiteral("Contoso DEV"));
        saveProfile(m_healthy, QStringLiteral("Contoso UAT"));
        saveProfile(m_failing, QStringLiteral("Fabrikam PROD"));
        saveProfile(m_healthy, QStringLiteral("Tailspin (browser sign-in)"), AuthMode::Interactive);
    }

    void runsAllThenASelectionAndOpensOne()
    {
        FleetDialog dialog(nullptr, 2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("fleetTable"));
        auto *runAll = dialog.findChild<QPushButton *>(QStringLiteral("runAllButton"));
        auto *runSelected = dialog.findChild<QPushButton *>(QStringLiteral("runSelectedButton"));
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openButton"));
        QVERIFY(table && runAll && runSelected && open);
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(cell(table, QStringLiteral("Fabrikam PROD"), 3), QStringLiteral("never run"));
        QVERIFY(!runSelected->isEnabled() && !open->isEnabled());
        QCOMPARE(dwh::test::mnemonicClashesInWindow(&dialog, QStringLiteral("fleet")), QStringList());

        QSignalSpy finished(&dialog, &FleetDialog::runFinished);
        QTest::mouseClick(runAll, Qt::LeftButton);
        QVERIFY(!runAll->isEnabled());  // one run at a time
        QVERIFY(finished.wait(120000));
        QVERIFY2(cell(table, QStringLiteral("Contoso DEV"), 4).startsWith(QStringLiteral("passed")),
                 qPrintable(cell(table, QStringLiteral("Contoso DEV"), 4)));
        QVERIFY(cell(table, QStringLiteral("Fabrikam PROD"), 4).startsWith(QStringLiteral("failed")));
        QVERIFY(cell(table, QStringLiteral("Tailspin (browser sign-in)"), 4).contains(QStringLiteral("open it")));
        QCOMPARE(cell(table, QStringLiteral("Fabrikam PROD"), 3), QStringLiteral("first run"));
        QVERIFY(cell(table, QStringLiteral("Fabrikam PROD"), 2).startsWith(QStringLiteral("failed: 1 failed")));
        QVERIFY(cell(table, QStringLiteral("Contoso DEV"), 1) != QStringLiteral("—"));
        QCOMPARE(cell(table, QStringLiteral("Tailspin (browser sign-in)"), 1), QStringLiteral("—"));

        // Contoso DEV's Dataverse stops answering: run it alone; its trend turns.
        sim::Fault fault;
        fault.service = QStringLiteral("dataverse");
        fault.pathContains = QStringLiteral("solutions");
        fault.status = 503;
        m_healthy.addFault(fault);
        table->clearSelection();
        table->selectRow(rowOf(table, QStringLiteral("Contoso DEV")));
        QVERIFY(runSelected->isEnabled() && open->isEnabled());
        QTest::mouseClick(runSelected, Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        m_healthy.clearFaults();
        QVERIFY2(cell(table, QStringLiteral("Contoso DEV"), 3).contains(QStringLiteral("new")),
                 qPrintable(cell(table, QStringLiteral("Contoso DEV"), 3)));
        QVERIFY(cell(table, QStringLiteral("Contoso DEV"), 4).startsWith(QStringLiteral("incomplete")));
        QCOMPARE(cell(table, QStringLiteral("Contoso UAT"), 3), QStringLiteral("first run"));  // not re-run

        // A fresh view reads the same from the history.
        FleetDialog again(nullptr);
        auto *againTable = again.findChild<QTableWidget *>(QStringLiteral("fleetTable"));
        QCOMPARE(cell(againTable, QStringLiteral("Contoso DEV"), 3), cell(table, QStringLiteral("Contoso DEV"), 3));

        const QString png = QDir::current().filePath(QStringLiteral("fleetview.png"));
        QVERIFY(dialog.grab().save(png));
        qInfo("screenshot: %s", qPrintable(png));

        QSignalSpy chosen(&dialog, &FleetDialog::profileChosen);
        table->clearSelection();
        table->selectRow(rowOf(table, QStringLiteral("Fabrikam PROD")));
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("Fabrikam PROD"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(tst_FleetView)
#include "tst_fleetview.moc"
