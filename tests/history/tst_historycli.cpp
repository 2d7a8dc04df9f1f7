// SPDX-License-Identifier: MIT
// `dwhealth check` storing runs in the history, and `dwhealth diff`.
#include "cliprocess.h"
#include "historystore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dwh;

class tst_HistoryCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    sim::Simulator m_failing;  // DWDVEV1003
    sim::Simulator m_healthy;
    QString m_failingProfile;
    QString m_healthyProfile;
    QByteArray m_secret = sim::Simulator::clientSecret().toUtf8();

    QString dataHome() const { return m_dir.filePath(QStringLiteral("data")); }
    QString historyFolder() const
    {
        return QDir(dataHome()).filePath(QStringLiteral("dwhealth/dwhealth/history/")
                                         + HistoryStore::profileFolderName(QStringLiteral("Contoso UAT")));
    }
    QStringList stored() const
    {
        return QDir(historyFolder()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_failing.loadScenario(QStringLiteral("DWDVEV1003"), &error) && m_failing.start(&error),
                 qPrintable(error));
        QVERIFY2(m_healthy.loadScenario(QStringLiteral("healthy"), &error) && m_healthy.start(&error),
                 qPrintable(error));
        m_failingProfile = m_dir.filePath(QStringLiteral("failing.json"));
        m_healthyProfile = m_dir.filePath(QStringLiteral("healthy.json"));
        // Both are "Contoso UAT": one environment, checked before and after the fix.
        QVERIFY(test::writeSimulatorProfile(m_failing, m_failingProfile, QStringLiteral("Contoso UAT")));
        QVERIFY(test::writeSimulatorProfile(m_healthy, m_healthyProfile, QStringLiteral("Contoso UAT")));
    }

    void profileRunsAreStoredDemoRunsAreNot()
    {
        const test::CliRun failing = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile"), m_failingProfile}, dataHome(), m_secret);
        QCOMPARE(failing.exitCode, 1);
        QCOMPARE(stored().size(), 1);
        QTest::qWait(5);
        const test::CliRun healthy = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile"), m_healthyProfile}, dataHome(), m_secret);
        QCOMPARE(healthy.exitCode, 0);
        QCOMPARE(stored().size(), 2);

        const test::CliRun skipped = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile"), m_healthyProfile,
             QStringLiteral("--no-history")}, dataHome(), m_secret);
        QCOMPARE(skipped.exitCode, 0);
        QCOMPARE(stored().size(), 2);

        const test::CliRun demo = test::dwhealth({QStringLiteral("check"), QStringLiteral("--demo")}, dataHome());
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(QDir(QDir(dataHome()).filePath(QStringLiteral("dwhealth/dwhealth/history")))
                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{HistoryStore::profileFolderName(QStringLiteral("Contoso UAT"))});

        const QList<HistoryEntry> entries =
            HistoryStore(QDir(dataHome()).filePath(QStringLiteral("dwhealth/dwhealth/history")))
                .list(QStringLiteral("Contoso UAT"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).exitCode, 0);
        QCOMPARE(entries.at(1).codes, QStringList{QStringLiteral("DWDVEV1003")});
        for (const QString &name : stored()) {
            QFile f(QDir(historyFolder()).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(m_secret));
        }
    }

    void helpNamesTheHistoryFolderRunsAreStoredIn()
    {
        // Runs land in <data home>/dwhealth/dwhealth/history/ (profileRunsAreStoredDemoRunsAreNot);
        // --help must name that folder, not the one before the identity was set once in main().
        const test::CliRun help = test::dwhealth({QStringLiteral("--help")}, dataHome());
        QCOMPARE(help.exitCode, 0);
        const QString out = QString::fromUtf8(help.out);
        QVERIFY2(out.contains(QStringLiteral("data folder, dwhealth/dwhealth/history/PROFILE-HASH/")),
                 qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral(" dwhealth/history/PROFILE/")));
        // In every language: the catalogues' text is corrected the same way.
        const test::CliRun german = test::dwhealth({QStringLiteral("--help"), QStringLiteral("--lang"),
                                                    QStringLiteral("de")}, dataHome());
        QVERIFY(QString::fromUtf8(german.out).contains(QStringLiteral("dwhealth/dwhealth/history/PROFILE-HASH/")));
        QVERIFY(QDir(QDir(dataHome()).filePath(QStringLiteral("dwhealth/dwhealth/history"))).exists());
    }

    void diffOfTwoStoredRuns()
    {
        const QStringList runs = stored();
        QCOMPARE(runs.size(), 2);
        const QString older = QDir(historyFolder()).filePath(runs.at(0));
        const QString newer = QDir(historyFolder()).filePath(runs.at(1));

        const test::CliRun text = test::dwhealth({QStringLiteral("diff"), older, newer}, dataHome());
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("Fixed (1)"), text.out.constData());
        QVERIFY(text.out.contains("dep.company.dataverse  DWDVEV1003"));
        QVERIFY(text.out.contains("New findings (0)"));

        const test::CliRun json = test::dwhealth(
            {QStringLiteral("diff"), older, newer, QStringLiteral("--format"), QStringLiteral("json")}, dataHome());
        QCOMPARE(json.exitCode, 1);
        const QJsonObject diff = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(diff.value(QStringLiteral("changed")).toBool(), true);
        const QJsonArray fixed = diff.value(QStringLiteral("fixedFindings")).toArray();
        QCOMPARE(fixed.size(), 1);
        QCOMPARE(fixed.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("DWDVEV1003"));
        QVERIFY(diff.value(QStringLiteral("newFindings")).toArray().isEmpty());
        QCOMPARE(diff.value(QStringLiteral("statusChanges")).toArray().size(), 1);

        const test::CliRun same = test::dwhealth({QStringLiteral("diff"), newer, newer}, dataHome());
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.contains("no change"));
    }

    void diffUsageErrorsAreExit2()
    {
        const QString report = QDir(historyFolder()).filePath(stored().value(0));
        QCOMPARE(test::dwhealth({QStringLiteral("diff")}, dataHome()).exitCode, 2);
        QCOMPARE(test::dwhealth({QStringLiteral("diff"), report}, dataHome()).exitCode, 2);
        QCOMPARE(test::dwhealth({QStringLiteral("diff"), report, report, report}, dataHome()).exitCode, 2);
        QCOMPARE(test::dwhealth({QStringLiteral("diff"), report, report, QStringLiteral("--format=xml")},
                                dataHome()).exitCode, 2);
        const test::CliRun missing = test::dwhealth(
            {QStringLiteral("diff"), report, m_dir.filePath(QStringLiteral("nope.json"))}, dataHome());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("nope.json"));
        const test::CliRun notAReport =
            test::dwhealth({QStringLiteral("diff"), report, m_healthyProfile}, dataHome());
        QCOMPARE(notAReport.exitCode, 2);
        QVERIFY2(notAReport.err.contains("not a dwhealth report"), notAReport.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCli)
#include "tst_historycli.moc"
