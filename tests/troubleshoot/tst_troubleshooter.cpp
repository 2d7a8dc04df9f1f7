// SPDX-License-Identifier: MIT
// The troubleshooter on the messages of the troubleshooting articles, copied exactly from
// seeds/dual-write-troubleshooting.md, reference/domain.md and the initial-setup article.
#include "matching.h"
#include "parallelprocessing.h"
#include "ruleset.h"
#include "symptomcatalogue.h"
#include "symptomtexts.h"
#include "troubleshooter.h"
#include "versionmismatch.h"

#include <QSet>
#include <QTest>

using namespace dwh;

namespace {

QStringList ids(const QList<SymptomMatch> &matches)
{
    QStringList out;
    for (const SymptomMatch &m : matches)
        out << m.symptom.id;
    return out;
}

// The five messages of "Version mismatch error and upgrading dual-write solutions".
const char *const VERSION_MESSAGES[] = {
    "Customer groups (msdyn_customergroups) : Dual write failure - Dynamics 365 for Sales solution "
    "'Dynamics365Company' has version mismatch. Version: '2.0.2.10' Required version: '2.0.133'",
    "Dynamics 365 for Sales solution 'Dynamics365FinanceExtended' has version mismatch. Version: "
    "'1.0.0.0' Required version: '2.0.227'",
    "Dynamics 365 for Sales solution 'Dynamics365FinanceAndOperationsCommon' has version mismatch. "
    "Version: '1.0.0.0' Required version: '2.0.133'",
    "Dynamics 365 for Sales solution 'CurrencyExchangeRates' has version mismatch. Version: "
    "'1.0.0.0' Required version: '2.0.133'",
    "Dynamics 365 for Sales solution 'Dynamics365SupplyChainExtended' has version mismatch. "
    "Version: '1.0.0.0' Required version: '2.0.227'",
};

const char *const BAD_MINIMUM_SCORE = "{\"schemaVersion\":1,\"minimumScore\":0,\"symptoms\":[]}";

} // namespace

class tst_Troubleshooter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(SymptomCatalogue::builtin().symptoms.size() >= 18,
                 "the built-in catalogue did not load; see the warning above");
    }

    void seedMessageIsRecognised_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *message, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(message) << QString::fromLatin1(expected);
        };
        // seeds/dual-write-troubleshooting.md
        row("module heading", "You can't load the dual-write module in a Finance and Operations app",
            "module-wont-load");
        row("module text", "If you can't open the Dual-write page by selecting the Dual Write "
            "tile in the Data management workspace, the data integration service is probably down.",
            "module-wont-load");
        row("401 new map", "Response status code does not indicate success: 401 (Unauthorized).",
            "new-map-401");
        row("login refused", "login.microsoftonline.com refused to connect.", "login-refused");
        row("403 tokenexchange (seed)",
            "Response status code does not indicate success: 403 (tokenexchange).\n"
            "Session ID: \\<your session id\\>\n"
            "Root activity ID: \\<your root activity\\> id",
            "link-403-tokenexchange");
        row("403 tokenexchange (ids)",
            "Response status code does not indicate success: 403 (tokenexchange).\n"
            "Session ID: 6c1b8a0e-4f7d-4c59-9f0e-2d3b1a7c9e11\n"
            "Root activity ID: 0a9e2f44-7b1c-4e8d-a6f3-5c2d9b8e7f60",
            "link-403-tokenexchange");
        row("403 stop mapping (seed)",
            "\\[Forbidden\\], \\[{\"status\":403,\"source\":\"\",\"message\":\"Error from token exchange:\n"
            "User is not allowed to access connection\n"
            "dynamicscrmonline/xxxxxx-xxxx-xxxx-xxxxxxxx\"}\\], The remote server returned an\n"
            "error: (403) Forbidden.",
            "stop-map-403");
        row("403 stop mapping (domain)",
            "[Forbidden], [{\"status\":403,\"source\":\"\",\"message\":\"Error from token exchange: User "
            "is not allowed to access connection dynamicscrmonline/xxxxxx-…\"}], The remote server "
            "returned an error: (403) Forbidden.",
            "stop-map-403");
        row("parallel processing",
            "Enable parallel processing in Finance and Operations apps to improve performance",
            "slow-import");
        row("lookup metadata",
            "Unable to complete initial data sync. Error: dual-write failure - plugin registration "
            "failed: Unable to build dual-write lookup metadata. Error object reference not set to an "
            "instance of an object.",
            "initial-sync-lookup-metadata");
        for (int i = 0; i < 5; ++i) {
            QTest::addRow("version mismatch %d", i + 1)
                << QString::fromLatin1(VERSION_MESSAGES[i]) << QStringLiteral("version-mismatch");
        }
        // reference/domain.md and the initial-setup article
        row("partition limit (article)",
            "Dual write failure - Plugin registration failed: [(Unable to get partition map for project\n"
            "DWM-1ae35e60-4bc2-4905-88ea-69efd3b29260-7f12cb89-1550-42e2-858e-4761fc1443ea.\n"
            "Error Exceeds the maximum partitions allowed for mapping\n"
            "DWM-1ae35e60-4bc2-4905-88ea-69efd3b29260-7f12cb89-1550-42e2-858e-4761fc1443ea)],\n"
            "One or more errors occurred.",
            "legal-entity-partition-limit");
        row("partition limit (domain)",
            "Dual write failure - Plugin registration failed: [(Unable to get partition map for "
            "project DWM-<guid>-<guid>. Error Exceeds the maximum partitions allowed for mapping "
            "DWM-...)], One or more errors occurred.",
            "legal-entity-partition-limit");
        row("duplicate company names",
            "Saving connection set failed! An item with the same key has already been added.",
            "connection-set-duplicate-key");
        row("DW9003 CRM", "DW9003 Failed to connect to CRM. Ensure that the service principal has the "
            "correct permissions to access CRM.", "dw9003-crm");
        row("DW9003 AX", "DW9003 Failed to connect to AX. Ensure that the service principal has the "
            "correct permissions to access AX.", "dw9003-ax");
        row("403 licence (article)",
            "MSG=\\[Failed to setup dual write environment. Error Details:Response status code does not "
            "indicate success: 403 (Forbidden). - Response status code does not indicate success: 403 "
            "(Forbidden).\\] STACKTRACE=\\[   at Microsoft.Dynamics.Integrator.ProjectManagementService."
            "DualWrite.DualWriteConnectionSetProcessor.\\<CreateDualWriteConnectionSetAsync\\>d\\_\\_29."
            "MoveNext() in X:\\\\bt\\\\1158727\\\\repo\\\\src\\\\ProjectManagementService\\\\DualWrite\\\\"
            "DualWriteConnectionSetProcessor.cs:line 297\n"
            "--- End of stack trace from previous location where exception was thrown ---\n"
            "   at System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw()",
            "link-403-licence");
        row("403 licence (stack frame only)",
            "403 Forbidden at DualWriteConnectionSetProcessor.CreateDualWriteConnectionSetAsync",
            "link-403-licence");
        row("404 consent", "Response status code doesn't indicate success: 404 (Not Found).",
            "open-page-404-consent");
        row("not discoverable",
            "Finance and operations apps environment ***.cloudax.dynamics.com isn't discoverable.",
            "fo-not-discoverable");
        row("missing source field", "Missing source field <field name> in the schema.",
            "missing-source-field");
        row("slow initial sync (user words)", "Our initial sync is taking a long time", "slow-import");
        // dual-write-troubleshooting-initial-sync.md
        row("initial sync 400",
            "(\\[Bad Request\\], The remote server returned an error: (400) Bad Request.), AX export "
            "encountered an error.",
            "initial-sync-ax-export-400");
        row("initial sync 400 (full)",
            "Dual write Initial Sync completed with status: Error. Following are the details:\n"
            "Executed leg: From AX Financial dimensions to CRM msdyn_dimensionattributes\n"
            "with exported records count: 0, ImportRecordsErrorCount: 0,\n"
            "ImportRecordsInsertedCount: 0 and ImportRecordsUpdatedCount: 0\n"
            "ErrorsDetails:\n"
            "Dual write Initial sync failed\n"
            "Message: ([Bad Request], The remote server returned an error: (400) Bad Request.), AX "
            "export encountered an error\n"
            "Stacktrace: at\n"
            "Microsoft.Dynamics.Integrator.QueryGenerator.AxClient.\\<ExportAxPackage\\>d__16.MoveNext()",
            "initial-sync-ax-export-400");
        row("initial sync 403",
            "(\\[Forbidden\\], The remote server returned an error: (403) Forbidden.), AX export "
            "encountered an error",
            "initial-sync-ax-export-403");
    }

    void seedMessageIsRecognised()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        const QList<SymptomMatch> matches = Troubleshooter().explain(message);
        QVERIFY2(!matches.isEmpty(), qPrintable(message));
        QCOMPARE(matches.first().symptom.id, expected);
        QVERIFY(matches.first().score > 0);
    }

    void everyCatalogueExampleExplainsItsOwnSymptom()
    {
        const Troubleshooter t;
        for (const Symptom &s : t.symptoms()) {
            QVERIFY2(!s.examples.isEmpty(), qPrintable(s.id));
            for (const QString &example : s.examples) {
                const QList<SymptomMatch> matches = t.explain(example);
                QVERIFY2(!matches.isEmpty() && matches.first().symptom.id == s.id,
                         qPrintable(s.id + QStringLiteral(": ") + ids(matches).join(QLatin1Char(','))));
            }
        }
    }

    void catalogueIsComplete()
    {
        const Troubleshooter t;
        QSet<QString> ruleIds;
        for (const Rule &r : allRules())
            ruleIds.insert(r.descriptor.id);
        QSet<QString> seen;
        for (const Symptom &s : t.symptoms()) {
            QVERIFY2(!seen.contains(s.id), qPrintable(s.id));
            seen.insert(s.id);
            QVERIFY(!s.title.isEmpty() && !s.causes.isEmpty() && !s.fixSteps.isEmpty());
            QVERIFY2(s.docUrl.startsWith(QLatin1String("https://learn.microsoft.com/")), qPrintable(s.id));
            for (const QString &check : s.checkIds)
                QVERIFY2(ruleIds.contains(check), qPrintable(s.id + QStringLiteral(": ") + check));
            QVERIFY2(!s.checkIds.isEmpty() || !s.checkNote.isEmpty(), qPrintable(s.id));
        }
        for (const char *id : {"module-wont-load", "new-map-401", "login-refused",
                               "link-403-tokenexchange", "stop-map-403", "slow-import",
                               "initial-sync-lookup-metadata", "version-mismatch",
                               "legal-entity-partition-limit", "connection-set-duplicate-key",
                               "dw9003-crm", "dw9003-ax", "link-403-licence"})
            QVERIFY2(seen.contains(QLatin1String(id)), id);
        Symptom s;
        QVERIFY(t.symptom(QStringLiteral("version-mismatch"), &s));
        QCOMPARE(s.checkIds, QStringList{QStringLiteral("prereq.solution-versions")});
        QVERIFY(!t.symptom(QStringLiteral("no-such-symptom"), &s));
    }

    // lupdate cannot read symptoms.json: every text handed out translated must be listed in the
    // generated symptomtexts.cpp (scripts/update-data-texts.py), or it stays English.
    void everyTranslatedSymptomTextIsListedForLupdate()
    {
        const QStringList listedTexts = symptomSourceTexts();
        const QSet<QString> listed(listedTexts.cbegin(), listedTexts.cend());
        int checked = 0;
        auto expect = [&](const QString &text, const QString &symptomId) {
            if (text.isEmpty())
                return;
            ++checked;
            QVERIFY2(listed.contains(text), qPrintable(symptomId + QStringLiteral(": ") + text));
        };
        for (const Symptom &s : SymptomCatalogue::builtin().symptoms) {
            expect(s.title, s.id);
            for (const QString &t : s.causes + s.fixSteps)
                expect(t, s.id);
            expect(s.requiredRole, s.id);
            expect(s.checkNote, s.id);
            expect(s.settingsNote, s.id);
            for (const QString &t : s.fieldLabels)
                expect(t, s.id);
            for (const RecommendedSetting &setting : s.settings) {
                expect(setting.name, s.id);
                expect(setting.meaning, s.id);
            }
        }
        QVERIFY(checked > 50);
        QCOMPARE(listed.size(), listedTexts.size());  // no text listed twice
    }

    void tokenExchangeCause()
    {
        Symptom s;
        QVERIFY(Troubleshooter().symptom(QStringLiteral("link-403-tokenexchange"), &s));
        QVERIFY(s.causes.join(QLatin1Char(' ')).contains(
            QLatin1String("The Dataverse environment was reset without unlinking dual-write.")));
        QVERIFY(s.checkIds.contains(QLatin1String("prereq.user-roles")));
    }

    void fieldsAreCaptured_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("session id")
            << QStringLiteral("Response status code does not indicate success: 403 (tokenexchange).\n"
                              "Session ID: 6c1b8a0e-4f7d-4c59-9f0e-2d3b1a7c9e11\n"
                              "Root activity ID: 0a9e2f44-7b1c-4e8d-a6f3-5c2d9b8e7f60")
            << QStringLiteral("sessionId") << QStringLiteral("6c1b8a0e-4f7d-4c59-9f0e-2d3b1a7c9e11");
        QTest::newRow("root activity id")
            << QStringLiteral("Response status code does not indicate success: 403 (tokenexchange). "
                              "Session ID: 6c1b8a0e-4f7d-4c59-9f0e-2d3b1a7c9e11 "
                              "Root activity ID: 0a9e2f44-7b1c-4e8d-a6f3-5c2d9b8e7f60")
            << QStringLiteral("rootActivityId") << QStringLiteral("0a9e2f44-7b1c-4e8d-a6f3-5c2d9b8e7f60");
        QTest::newRow("project")
            << QStringLiteral("Unable to get partition map for project "
                              "DWM-1ae35e60-4bc2-4905-88ea-69efd3b29260-7f12cb89-1550-42e2-858e-4761fc1443ea. "
                              "Error Exceeds the maximum partitions allowed for mapping")
            << QStringLiteral("project")
            << QStringLiteral("DWM-1ae35e60-4bc2-4905-88ea-69efd3b29260-7f12cb89-1550-42e2-858e-4761fc1443ea");
        QTest::newRow("connection")
            << QStringLiteral("Error from token exchange: User is not allowed to access connection "
                              "dynamicscrmonline/5e0c7a1d-3f2b-4d8e-9c6a-1b7f0e2d4a93\"}]")
            << QStringLiteral("connection")
            << QStringLiteral("dynamicscrmonline/5e0c7a1d-3f2b-4d8e-9c6a-1b7f0e2d4a93");
    }

    void fieldsAreCaptured()
    {
        QFETCH(QString, message);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const QList<SymptomMatch> matches = Troubleshooter().explain(message);
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().fields.value(field), value);
    }

    void placeholderIdsAreNotFields()
    {
        const QList<SymptomMatch> matches = Troubleshooter().explain(
            QStringLiteral("Response status code does not indicate success: 403 (tokenexchange).\n"
                           "Session ID: <your session id>"));
        QVERIFY(!matches.isEmpty());
        QVERIFY(!matches.first().fields.contains(QStringLiteral("sessionId")));
    }

    void versionMismatchIsParsed_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("entitySet");
        QTest::addColumn<QString>("solution");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("required");
        const char *const expected[][3] = {
            {"Dynamics365Company", "2.0.2.10", "2.0.133"},
            {"Dynamics365FinanceExtended", "1.0.0.0", "2.0.227"},
            {"Dynamics365FinanceAndOperationsCommon", "1.0.0.0", "2.0.133"},
            {"CurrencyExchangeRates", "1.0.0.0", "2.0.133"},
            {"Dynamics365SupplyChainExtended", "1.0.0.0", "2.0.227"},
        };
        for (int i = 0; i < 5; ++i) {
            QTest::addRow("%s", expected[i][0])
                << QString::fromLatin1(VERSION_MESSAGES[i])
                << (i == 0 ? QStringLiteral("Customer groups") : QString())
                << (i == 0 ? QStringLiteral("msdyn_customergroups") : QString())
                << QString::fromLatin1(expected[i][0]) << QString::fromLatin1(expected[i][1])
                << QString::fromLatin1(expected[i][2]);
        }
        QTest::newRow("wrapped, typographic quotes")
            << QStringLiteral("Customer groups (msdyn_customergroups) : Dual write failure -\n"
                              "Dynamics 365 for Sales solution \u2018Dynamics365Company\u2019 has version\n"
                              "mismatch. Version: \u20182.0.2.10\u2019 Required version: \u20182.0.133\u2019")
            << QStringLiteral("Customer groups") << QStringLiteral("msdyn_customergroups")
            << QStringLiteral("Dynamics365Company") << QStringLiteral("2.0.2.10")
            << QStringLiteral("2.0.133");
    }

    void versionMismatchIsParsed()
    {
        QFETCH(QString, message);
        const QList<VersionMismatch> found = parseVersionMismatches(message);
        QCOMPARE(found.size(), 1);
        const VersionMismatch &v = found.first();
        QTEST(v.map, "map");
        QTEST(v.entitySet, "entitySet");
        QTEST(v.solution, "solution");
        QTEST(v.installed, "installed");
        QTEST(v.required, "required");
        QVERIFY(v.installedIsOlder());
    }

    void severalVersionMismatchesInOnePaste()
    {
        // The article's list, pasted as it is in the Markdown source.
        QString pasted;
        for (const char *m : VERSION_MESSAGES)
            pasted += QStringLiteral("+ *%1*\n").arg(QString::fromLatin1(m));
        const QList<VersionMismatch> found = parseVersionMismatches(pasted);
        QCOMPARE(found.size(), 5);
        QCOMPARE(found.at(0).map, QStringLiteral("Customer groups"));
        QCOMPARE(found.at(0).entitySet, QStringLiteral("msdyn_customergroups"));
        QCOMPARE(found.at(1).solution, QStringLiteral("Dynamics365FinanceExtended"));
        QVERIFY(found.at(1).map.isEmpty());
        QCOMPARE(found.at(4).required, QStringLiteral("2.0.227"));

        // All on one line, the second one with its own map prefix.
        const QString oneLine = QString::fromLatin1(VERSION_MESSAGES[1]) + QStringLiteral("; Currencies (msdyn_currencies) : ")
                                + QString::fromLatin1(VERSION_MESSAGES[3]);
        const QList<VersionMismatch> two = parseVersionMismatches(oneLine);
        QCOMPARE(two.size(), 2);
        QVERIFY(two.at(0).map.isEmpty());
        QCOMPARE(two.at(1).map, QStringLiteral("Currencies"));
        QCOMPARE(two.at(1).entitySet, QStringLiteral("msdyn_currencies"));
        QCOMPARE(two.at(1).solution, QStringLiteral("CurrencyExchangeRates"));

        // Through the troubleshooter: one match with every message and its package.
        const QList<SymptomMatch> matches = Troubleshooter().explain(pasted);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().symptom.id, QStringLiteral("version-mismatch"));
        QCOMPARE(matches.first().versionMismatches.size(), 5);
        QCOMPARE(matches.first().versionMismatches.first().package,
                 QStringLiteral("Dual-write Application Core (mscrm.dwappcore)"));
        QCOMPARE(matches.first().versionMismatches.at(4).package,
                 QStringLiteral("Dual-write Supply Chain (mscrm.dwscm)"));
    }

    void repeatedMessageIsListedOnce()
    {
        const QString m = QString::fromLatin1(VERSION_MESSAGES[2]);
        QCOMPARE(parseVersionMismatches(m + QLatin1Char('\n') + m).size(), 1);
    }

    void compareVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("segment 3: 2 < 133") << QStringLiteral("2.0.2.10") << QStringLiteral("2.0.133") << -1;
        QTest::newRow("missing segment is 0") << QStringLiteral("2.0.133") << QStringLiteral("2.0.133.0") << 0;
        QTest::newRow("major") << QStringLiteral("1.0.0.0") << QStringLiteral("2.0.227") << -1;
        QTest::newRow("numeric, not text") << QStringLiteral("10.0.1") << QStringLiteral("9.9.9") << 1;
        QTest::newRow("newer build") << QStringLiteral("2.0.133.5") << QStringLiteral("2.0.133") << 1;
    }

    void compareVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(dwh::compareDottedVersions(a, b), expected);
        QCOMPARE(dwh::compareDottedVersions(b, a), -expected);
        // The same order as the prerequisite check's comparison (dwh_rules).
        const VersionOrder order = expected < 0 ? VersionOrder::Less
                                   : expected > 0 ? VersionOrder::Greater : VersionOrder::Equal;
        QCOMPARE(dwh::compareVersions(a, b), order);
    }

    void unrelatedTextMatchesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" \n\t ");
        QTest::newRow("prose") << QStringLiteral("The quick brown fox jumps over the lazy dog.");
        QTest::newRow("generic .NET error") << QStringLiteral("Object reference not set to an instance "
                                                              "of an object.");
        QTest::newRow("other error") << QStringLiteral("HTTP 500 Internal Server Error: the printer "
                                                       "spooler stopped (0x800706BA).");
    }

    void unrelatedTextMatchesNothing()
    {
        QFETCH(QString, text);
        QVERIFY(Troubleshooter().explain(text).isEmpty());
        QVERIFY(parseVersionMismatches(text).isEmpty());
    }

    void twoProblemsInOnePasteGiveTwoMatches()
    {
        const QString text = QStringLiteral("Response status code does not indicate success: 401 "
                                            "(Unauthorized).\n")
                             + QString::fromLatin1(VERSION_MESSAGES[0]);
        const QStringList found = ids(Troubleshooter().explain(text));
        QVERIFY(found.contains(QStringLiteral("new-map-401")));
        QVERIFY(found.contains(QStringLiteral("version-mismatch")));
    }

    void bare403SuggestsEveryForbiddenItem()
    {
        const QStringList found = ids(Troubleshooter().explain(QStringLiteral("403 Forbidden")));
        QVERIFY(found.contains(QStringLiteral("stop-map-403")));
        QVERIFY(found.contains(QStringLiteral("link-403-licence")));
        QVERIFY(found.contains(QStringLiteral("initial-sync-ax-export-403")));
        QVERIFY(!found.contains(QStringLiteral("link-403-tokenexchange")));
    }

    void parallelProcessingAdvice()
    {
        const ParallelProcessingSettings r = recommendedParallelProcessing();
        QCOMPARE(r.importThresholdRecordCount, 1000);
        QCOMPARE(r.importTaskCount, 8);
        const QString advice = dwh::parallelProcessingAdvice();
        for (const char *part : {"Data management > Framework parameters", "Entity settings",
                                 "Configure entity execution parameters",
                                 "Import threshold record count", "Recommended value: 1000.",
                                 "Import task count", "Recommended value: 8.",
                                 "https://learn.microsoft.com/"})
            QVERIFY2(advice.contains(QLatin1String(part)), part);
    }

    void badCatalogueSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "{\"id\":\"x\",\"title\":\"T\",\"patterns\":[{\"regex\":\"a\"}],\"causes\":[\"c\"],"
                                "\"fixSteps\":[\"f\"],\"docUrl\":\"https://learn.microsoft.com/x\"}";
        auto doc = [](const QByteArray &symptoms) {
            return QByteArray("{\"schemaVersion\":1,\"symptoms\":[") + symptoms + "]}";
        };
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("offset");
        QTest::newRow("bad regex") << doc(QByteArray(good).replace("\"regex\":\"a\"", "\"regex\":\"(\""))
                                   << QStringLiteral("symptoms[0].patterns[0].regex");
        QTest::newRow("duplicate id") << doc(good + "," + good) << QStringLiteral("symptoms[1].id");
        QTest::newRow("not learn") << doc(QByteArray(good).replace("learn.microsoft.com", "example.com"))
                                   << QStringLiteral("symptoms[0].docUrl");
        QTest::newRow("capture only") << doc(QByteArray(good).replace("\"regex\":\"a\"", "\"regex\":\"a\",\"weight\":0"))
                                      << QStringLiteral("symptoms[0].patterns");
        QTest::newRow("minimum score") << QByteArray(BAD_MINIMUM_SCORE) << QStringLiteral("minimumScore");
        QTest::newRow("no fix") << doc(QByteArray(good).replace("\"fixSteps\":[\"f\"]", "\"fixSteps\":[]"))
                                << QStringLiteral("symptoms[0].fixSteps");
    }

    void badCatalogueSaysWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const SymptomCatalogue c = SymptomCatalogue::fromJson(json, &error);
        QVERIFY(c.symptoms.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Troubleshooter)
#include "tst_troubleshooter.moc"
