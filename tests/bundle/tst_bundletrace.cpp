// SPDX-License-Identifier: MIT
// The HTTP trace of a run (TraceRecorder → HAR 1.2), over loopback to the simulator.
#include "clientsecrettokenprovider.h"
#include "harlog.h"
#include "healthengine.h"
#include "profile.h"
#include "simulator.h"
#include "tracerecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dwh;

class tst_BundleTrace : public QObject
{
    Q_OBJECT
private slots:
    void tokenValuesAreRedacted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("json") << QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"eyJ0.abc\"}")
                              << QByteArray("eyJ0.abc");
        QTest::newRow("spaces") << QByteArray("{ \"refresh_token\" : \"0.AX\\\"q\" , \"x\":1}")
                                << QByteArray("0.AX");
        QTest::newRow("id token") << QByteArray("{\"id_token\":\"idt\",\"access_token\":\"at\"}") << QByteArray("idt");
        QTest::newRow("cut off") << QByteArray("{\"access_token\":\"eyJhbGciOi") << QByteArray("eyJhbGciOi");
        QTest::newRow("form") << QByteArray("access_token=tok123&token_type=Bearer") << QByteArray("tok123");
    }

    void tokenValuesAreRedacted()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        const QByteArray redacted = TraceRecorder::redactTokens(body);
        QVERIFY2(!redacted.contains(secret), redacted.constData());
        QVERIFY(redacted.contains("[redacted]"));
    }

    void otherJsonIsKept()
    {
        const QByteArray body = "{\"error\":\"invalid_client\",\"error_codes\":[7000215]}";
        QCOMPARE(TraceRecorder::redactTokens(body), body);
    }

    void harOfARunHoldsEveryRequestAndNoCredential()
    {
        sim::Simulator simulator;
        QString error;
        QVERIFY2(simulator.loadScenario(QStringLiteral("healthy"), &error) && simulator.start(&error),
                 qPrintable(error));
        ProfileError profileError;
        const std::optional<Profile> profile = parseProfile(
            QJsonDocument(simulator.profileJson()).toJson(), QStringLiteral("sim"), &profileError);
        QVERIFY(profile);
        const QByteArray secret = sim::Simulator::clientSecret().toUtf8();
        ClientSecretTokenProvider tokens(*profile, secret);
        TraceRecorder trace;
        TraceRecorder::install(&tokens, &trace);
        HealthEngine engine(*profile, &tokens);
        QSignalSpy finished(&engine, &HealthEngine::finished);
        engine.runAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(engine.report().exitCode(), 0);

        int served = 0;
        for (const char *service : {"entra", "dataverse", "financeAndOperations", "powerPlatform"})
            served += simulator.requestCount(QString::fromLatin1(service));
        QCOMPARE(trace.entries().size(), served);
        QCOMPARE(trace.entries().size(), engine.stats().requests);

        const QJsonObject har = harLog(trace.entries());
        const QJsonObject log = har.value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), served);
        int tokenRequests = 0;
        for (const auto &value : entries) {
            const QJsonObject entry = value.toObject();
            const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
            const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
            QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("startedDateTime")).toString(),
                                          Qt::ISODateWithMs).isValid());
            QVERIFY(entry.value(QStringLiteral("timings")).toObject().contains(QStringLiteral("wait")));
            QCOMPARE(response.value(QStringLiteral("status")).toInt(), 200);
            QVERIFY(request.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
            if (entry.value(QStringLiteral("_service")).toString() == QLatin1String("entra")) {
                ++tokenRequests;
                QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
                QVERIFY(!request.contains(QStringLiteral("postData")));
                QVERIFY(response.value(QStringLiteral("content")).toObject().value(QStringLiteral("text"))
                            .toString().contains(QStringLiteral("\"access_token\":\"[redacted]\"")));
            } else {
                QVERIFY(!response.value(QStringLiteral("content")).toObject()
                             .value(QStringLiteral("text")).toString().isEmpty());
            }
            for (const auto &h : request.value(QStringLiteral("headers")).toArray())
                QVERIFY(h.toObject().value(QStringLiteral("name")).toString().compare(
                            QStringLiteral("Authorization"), Qt::CaseInsensitive) != 0);
        }
        QCOMPARE(tokenRequests, 4);  // Dataverse, F&O, Power Platform and its admin API

        const QByteArray text = QJsonDocument(har).toJson();
        QVERIFY(!text.contains(secret));
        QVERIFY(!text.contains("Bearer "));
        QVERIFY(!simulator.issuedTokens().isEmpty());
        for (const QString &token : simulator.issuedTokens())
            QVERIFY(!text.contains(token.toUtf8()));
    }

    void noRecorderNoTrace()
    {
        QObject owner;
        QVERIFY(!TraceRecorder::find(&owner));
        auto *recorder = new TraceRecorder;
        QObject child(&owner);
        TraceRecorder::install(&owner, recorder);
        QCOMPARE(TraceRecorder::find(&child), recorder);
        delete recorder;
        QVERIFY(!TraceRecorder::find(&child));  // a deleted recorder is never called
    }
};

QTEST_GUILESS_MAIN(tst_BundleTrace)
#include "tst_bundletrace.moc"
