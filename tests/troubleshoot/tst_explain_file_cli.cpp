// SPDX-License-Identifier: MIT
// `dwhealth explain` on whole inputs: a log file with several errors, a HAR file on stdin, a
// missing file, a message nothing matches, and one of the health check's own codes.
#include "dwhealthprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

const QByteArray LOG =
    "2026-11-23 10:00:01 INFO  export started\n"
    "2026-11-23 10:00:02 ERROR SecureConfig Organization (ContosoUAT) does not match actual CRM Organization (org1234abcd)\n"
    "2026-11-23 10:00:03 INFO  retrying\n"
    "2026-11-23 10:00:04 ERROR DIPV1003: Integration keys are missing\n"
    "2026-11-23 10:00:05 ERROR Unit of Work can not commit transaction. Unable to write data to entity uoms. Writes to "
    "UnitOfMeasureEntity failed with error message Unable to sync with entity uoms.\n";

QByteArray harWith(const QString &body)
{
    const QJsonObject entry{
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                {QStringLiteral("url"), QStringLiteral("https://contoso.crm4.dynamics.com/api/data/v9.2/accounts")}}},
        {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), 403},
                                                 {QStringLiteral("statusText"), QStringLiteral("Forbidden")},
                                                 {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), body}}}}}};
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("entries"), QJsonArray{entry}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson();
}

} // namespace

class tst_ExplainFileCli : public QObject
{
    Q_OBJECT
private slots:
    void logFileListsEveryError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("dualwrite.log")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(LOG);
        file.close();
        const Run r = dwhealth({QStringLiteral("--file"), file.fileName()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Known errors found: 3, best match first:\n")), qPrintable(r.out));
        for (const char *part :
             {"dwhealth explain --symptom secureconfig-organization-mismatch", "dwhealth explain --symptom dipv1003",
              "dwhealth explain --symptom live-sync-unable-to-write-entity", "== 1/3 ==", "== 3/3 ==",
              "Matched lines:\n  line 2: 2026-11-23 10:00:02 ERROR SecureConfig Organization (ContosoUAT)",
              "  line 4: 2026-11-23 10:00:04 ERROR DIPV1003: Integration keys are missing", "Codes: DIPV1003",
              "Source: MicrosoftDocs/dynamics-365-unified-operations-public:articles/fin-ops-core/dev-itpro/"
              "data-entities/dual-write/dual-write-error-codes.md@",
              "Guided fix: dwhealth fix DWDVEV1004 --profile PROFILE.json"})
            QVERIFY2(r.out.contains(QLatin1String(part)), qPrintable(part + QStringLiteral("\n") + r.out));
        const Run json = dwhealth({QStringLiteral("--format=json"), QStringLiteral("--file=") + file.fileName()});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("text"));
        QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 3);
        const QJsonObject first = o.value(QStringLiteral("matches")).toArray().first().toObject();
        QVERIFY(!first.value(QStringLiteral("lines")).toArray().isEmpty());
        QVERIFY(!first.value(QStringLiteral("sources")).toArray().isEmpty());
    }

    void harOnStdin()
    {
        const Run r = dwhealth({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
                               harWith(QStringLiteral("{\"error\":{\"code\":\"0x80072560\",\"message\":\"The user is not "
                                                      "a member of the organization.\"}}")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("har"));
        const QJsonObject first = o.value(QStringLiteral("matches")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("live-sync-user-not-member"));
        const QString where = first.value(QStringLiteral("lines")).toArray().first().toObject()
                                  .value(QStringLiteral("where")).toString();
        QVERIFY2(where.startsWith(QLatin1String("HAR entry 1 (POST contoso.crm4.dynamics.com/api/data/v9.2/accounts)")),
                 qPrintable(where));
    }

    void missingFileIsExit2NamingIt()
    {
        const Run r = dwhealth({QStringLiteral("--file"), QStringLiteral("/nonexistent/dw.har")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("/nonexistent/dw.har")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unknownMessageSuggestsClosestSymptoms()
    {
        const Run r = dwhealth({QStringLiteral("the integration key of my table map is wrong")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith(QLatin1String("No known dual-write problem matches this text.\nClosest symptoms:\n  - ")));
        QVERIFY2(r.out.contains(QLatin1String("(dwhealth explain --symptom dipv10")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("What to try:")));
        const Run json = dwhealth({QStringLiteral("--format=json"), QStringLiteral("the integration key of my table map is wrong")});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("recognised")).toBool(true), false);
        const QJsonArray closest = o.value(QStringLiteral("closest")).toArray();
        QVERIFY(!closest.isEmpty());
        QVERIFY(closest.first().toObject().value(QStringLiteral("sharedWords")).toArray().contains(QStringLiteral("integration")));
    }

    void healthCheckCodePointsAtCheckAndGuidedFix()
    {
        const Run r = dwhealth({QStringLiteral("DWDVEV1004 …")});
        QCOMPARE(r.exitCode, 0);
        for (const char *part : {"Symptom id: hc-dwdvev1004", "dep.stale.dataverse (DWDVEV1004)",
                                 "Guided fix: dwhealth fix DWDVEV1004 --profile PROFILE.json"})
            QVERIFY2(r.out.contains(QLatin1String(part)), qPrintable(part + QStringLiteral("\n") + r.out));
    }
};

QTEST_GUILESS_MAIN(tst_ExplainFileCli)
#include "tst_explain_file_cli.moc"
