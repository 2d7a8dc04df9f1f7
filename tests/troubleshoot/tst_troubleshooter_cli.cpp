// SPDX-License-Identifier: MIT
// `dwhealth explain` end to end: the binary, its output and its exit codes.
#include "dwhealthprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run dwhealth(const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    dwh::test::CliSetup setup;
    setup.stdinData = stdinData;
    setup.timeoutMs = 60000;
    const dwh::test::CliRun r = dwh::test::runDwhealth(QStringList{QStringLiteral("explain")} + args, setup);
    return Run{r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

const QByteArray TWO_MISMATCHES =
    "Customer groups (msdyn_customergroups) : Dual write failure - Dynamics 365 for Sales solution "
    "'Dynamics365Company' has version mismatch. Version: '2.0.2.10' Required version: '2.0.133'\n"
    "Dynamics 365 for Sales solution 'Dynamics365SupplyChainExtended' has version mismatch. "
    "Version: '1.0.0.0' Required version: '2.0.227'\n";

} // namespace

class tst_TroubleshooterCli : public QObject
{
    Q_OBJECT
private slots:
    void recognisedMessageIsExit0WithCauseFixLinkAndChecks()
    {
        const Run r = dwhealth({QStringLiteral(
            "Response status code does not indicate success: 403 (tokenexchange). "
            "Session ID: 6c1b8a0e-4f7d-4c59-9f0e-2d3b1a7c9e11")});
        QCOMPARE(r.exitCode, 0);
        for (const char *part :
             {"Recognised: 403 (tokenexchange)", "Symptom id: link-403-tokenexchange", "Cause:",
              "The Dataverse environment was reset without unlinking dual-write.", "Fix:", "  1. ",
              "Documentation: https://learn.microsoft.com/",
              "Checks to run: dwhealth check --profile", "prereq.user-roles (DWHC0401)",
              "Session ID: 6c1b8a0e-4f7d-4c59-9f0e-2d3b1a7c9e11"})
            QVERIFY2(r.out.contains(QLatin1String(part)), qPrintable(part + QStringLiteral("\n") + r.out));
        QVERIFY(r.err.isEmpty());
    }

    void versionMismatchFromStdin()
    {
        const Run r = dwhealth({QStringLiteral("-")}, TWO_MISMATCHES);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String(
                     "Dynamics365Company (Customer groups, msdyn_customergroups): installed 2.0.2.10, "
                     "required 2.0.133: upgrade the package Dual-write Application Core")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Dynamics365SupplyChainExtended: installed 1.0.0.0, "
                                             "required 2.0.227")));
        QVERIFY(r.out.contains(QLatin1String("prereq.solution-versions (DWHC0202)")));
    }

    void jsonFormat()
    {
        const Run r = dwhealth({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
                               TWO_MISMATCHES);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("recognised")).toBool(), true);
        const QJsonObject first = o.value(QStringLiteral("matches")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("version-mismatch"));
        QCOMPARE(first.value(QStringLiteral("checks")).toArray().first().toString(),
                 QStringLiteral("prereq.solution-versions"));
        const QJsonArray versions = first.value(QStringLiteral("versionMismatches")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("entitySet")).toString(),
                 QStringLiteral("msdyn_customergroups"));
        QCOMPARE(versions.at(1).toObject().value(QStringLiteral("installedIsOlder")).toBool(), true);
    }

    void unrecognisedIsExit1WithWhatToTry()
    {
        const Run r = dwhealth({QStringLiteral("The printer is out of paper")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("No known dual-write problem matches this text.")));
        QVERIFY(r.out.contains(QLatin1String("dwhealth explain --list")));
        QVERIFY(r.out.contains(QLatin1String("dwhealth check --profile")));
        const Run json = dwhealth({QStringLiteral("--format=json"), QStringLiteral("out of paper")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("recognised")).toBool(true), false);
        QVERIFY(!o.value(QStringLiteral("whatToTry")).toArray().isEmpty());
    }

    void closeRunnersUpAreListed()
    {
        const Run bare = dwhealth({QStringLiteral("403 Forbidden")});
        QCOMPARE(bare.exitCode, 0);
        QVERIFY(bare.out.contains(QLatin1String("Also possible:")));
        QVERIFY(bare.out.contains(QLatin1String("dwhealth explain --symptom link-403-licence")));
        const Run exact = dwhealth({QStringLiteral(
            "DW9003 Failed to connect to CRM. Ensure that the service principal has the correct "
            "permissions to access CRM.")});
        QCOMPARE(exact.exitCode, 0);
        QVERIFY(!exact.out.contains(QLatin1String("Also possible:")));
    }

    void listAndSymptom()
    {
        const Run list = dwhealth({QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 16);
        for (const QString &line : lines)
            QVERIFY2(line.split(QLatin1Char('\t')).size() == 2, qPrintable(line));
        QVERIFY(list.out.contains(QLatin1String("slow-import\t")));
        const Run advice = dwhealth({QStringLiteral("--symptom"), QStringLiteral("slow-import")});
        QCOMPARE(advice.exitCode, 0);
        QVERIFY(advice.out.contains(QLatin1String("Import threshold record count: recommended 1000")));
        QVERIFY(advice.out.contains(QLatin1String("Import task count: recommended 8")));
    }

    void usageErrorsAreExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("nothing") << QStringList() << QByteArray();
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                                   QStringLiteral("401")} << QByteArray();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QByteArray();
        QTest::newRow("list and text") << QStringList{QStringLiteral("--list"), QStringLiteral("401")}
                                       << QByteArray();
        QTest::newRow("unknown symptom") << QStringList{QStringLiteral("--symptom"), QStringLiteral("nope")}
                                         << QByteArray();
        QTest::newRow("empty stdin") << QStringList{QStringLiteral("-")} << QByteArray("");
        QTest::newRow("file without a name") << QStringList{QStringLiteral("--file")} << QByteArray();
        QTest::newRow("file and text") << QStringList{QStringLiteral("--file=x.log"), QStringLiteral("401")}
                                       << QByteArray();
    }

    void usageErrorsAreExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Run r = dwhealth(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("dwhealth: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void helpNamesExplain()
    {
        QProcess p;
        p.start(QStringLiteral(DWHEALTH_BINARY), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.readAllStandardOutput().contains("explain \"ERROR TEXT\""));
    }
};

QTEST_GUILESS_MAIN(tst_TroubleshooterCli)
#include "tst_troubleshooter_cli.moc"
