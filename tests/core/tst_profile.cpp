// SPDX-License-Identifier: MIT
#include "profile.h"

#include <QJsonDocument>
#include <QTest>

using namespace dwh;

class tst_Profile : public QObject
{
    Q_OBJECT
private:
    static QByteArray valid()
    {
        return "{\n"
               "  \"name\": \"Contoso UAT\",\n"
               "  \"tenantId\": \"00000000-0000-0000-0000-000000000001\",\n"
               "  \"auth\": { \"mode\": \"clientSecret\", \"clientId\": \"11111111-1111-1111-1111-111111111111\" },\n"
               "  \"dataverse\": { \"url\": \"https://contoso-uat.crm4.dynamics.com/\", \"environmentId\": \"00000000-0000-0000-0000-000000000123\" },\n"
               "  \"financeAndOperations\": { \"url\": \"https://contoso-uat.sandbox.operations.dynamics.com\" },\n"
               "  \"powerPlatform\": { \"url\": \"\" },\n"
               "  \"dualWrite\": { \"legalEntities\": [\"USMF\", \"DEMF\"] }\n"
               "}\n";
    }

private slots:
    void parsesTheContractExample()
    {
        ProfileError error;
        const auto p = parseProfile(valid(), QStringLiteral("p.json"), &error);
        QVERIFY2(p, qPrintable(error.toString()));
        QCOMPARE(p->name, QStringLiteral("Contoso UAT"));
        QCOMPARE(p->authMode, AuthMode::ClientSecret);
        QCOMPARE(p->dataverseUrl.toString(), QStringLiteral("https://contoso-uat.crm4.dynamics.com"));
        QCOMPARE(p->legalEntities, (QStringList{QStringLiteral("USMF"), QStringLiteral("DEMF")}));
        QVERIFY(p->legalEntitiesSet);
        QCOMPARE(p->tokenEndpoint().toString(),
                 QStringLiteral("https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/oauth2/v2.0/token"));
        QCOMPARE(p->tokenScope(Service::Dataverse),
                 QStringLiteral("https://contoso-uat.crm4.dynamics.com/.default"));
        QCOMPARE(p->tokenScope(Service::PowerPlatform),
                 QStringLiteral("https://api.powerplatform.com/.default"));
        QVERIFY(p->warnings.isEmpty());
    }

    void computesThePowerPlatformHost()
    {
        // domain.md §6.4: env 00000000-0000-0000-0000-000000000123 → 0000…0001.23
        QCOMPARE(powerPlatformHostFor(QStringLiteral("00000000-0000-0000-0000-000000000123")).toString(),
                 QStringLiteral("https://000000000000000000000000000001.23.environment.api.powerplatform.com"));
        ProfileError error;
        const auto p = parseProfile(valid(), QStringLiteral("p.json"), &error);
        QVERIFY(p);
        QCOMPARE(p->powerPlatformBase().host(),
                 QStringLiteral("000000000000000000000000000001.23.environment.api.powerplatform.com"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("line");

        QByteArray v = valid();
        QTest::newRow("bad json") << QByteArray("{\n  \"name\": \"x\",\n  oops\n}") << QString()
                                  << QStringLiteral("not valid JSON") << 3;
        QTest::newRow("not an object") << QByteArray("[1,2]") << QString()
                                       << QStringLiteral("JSON object") << 0;
        QByteArray noTenant = v;
        noTenant.replace("\"tenantId\": \"00000000-0000-0000-0000-000000000001\",", "");
        QTest::newRow("missing tenant") << noTenant << QStringLiteral("tenantId")
                                        << QStringLiteral("is missing") << 0;
        QByteArray noDv = v;
        noDv.replace("\"url\": \"https://contoso-uat.crm4.dynamics.com/\", ", "");
        QTest::newRow("missing dataverse url") << noDv << QStringLiteral("dataverse.url")
                                               << QStringLiteral("is missing") << 0;
        QByteArray httpRemote = v;
        httpRemote.replace("https://contoso-uat.sandbox", "http://contoso-uat.sandbox");
        QTest::newRow("http to a remote host") << httpRemote
                                               << QStringLiteral("financeAndOperations.url")
                                               << QStringLiteral("not loopback") << 0;
        QByteArray ftp = v;
        ftp.replace("https://contoso-uat.crm4", "ftp://contoso-uat.crm4");
        QTest::newRow("ftp") << ftp << QStringLiteral("dataverse.url")
                             << QStringLiteral("https://") << 0;
        QByteArray mode = v;
        mode.replace("\"clientSecret\"", "\"password\"");
        QTest::newRow("bad mode") << mode << QStringLiteral("auth.mode")
                                  << QStringLiteral("\"password\"") << 0;
        QByteArray client = v;
        client.replace("11111111-1111-1111-1111-111111111111", "not-a-guid");
        QTest::newRow("bad client id") << client << QStringLiteral("auth.clientId")
                                       << QStringLiteral("not a GUID") << 0;
        QByteArray entities = v;
        entities.replace("[\"USMF\", \"DEMF\"]", "[\"USMF\", 7]");
        QTest::newRow("bad legal entity") << entities
                                          << QStringLiteral("dualWrite.legalEntities[1]")
                                          << QStringLiteral("legal entity code") << 0;
        QByteArray wrongType = v;
        wrongType.replace("\"name\": \"Contoso UAT\"", "\"name\": 42");
        QTest::newRow("name not a string") << wrongType << QStringLiteral("name")
                                           << QStringLiteral("must be a string") << 0;
        QByteArray noEnv = v;
        noEnv.replace(", \"environmentId\": \"00000000-0000-0000-0000-000000000123\"", "");
        QTest::newRow("no environment id") << noEnv << QStringLiteral("dataverse.environmentId")
                                           << QStringLiteral("is missing") << 0;
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        QFETCH(int, line);
        ProfileError error;
        QVERIFY(!parseProfile(json, QStringLiteral("broken.json"), &error));
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QVERIFY(error.toString().startsWith(QStringLiteral("broken.json")));
        if (!field.isEmpty())
            QVERIFY(error.toString().contains(field));
    }

    void delegatedModesMayOmitTheClientId_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("deviceCode") << QByteArray("deviceCode") << true;
        QTest::newRow("interactive") << QByteArray("interactive") << true;
        QTest::newRow("clientSecret") << QByteArray("clientSecret") << false;
    }

    void delegatedModesMayOmitTheClientId()
    {
        QFETCH(QByteArray, mode);
        QFETCH(bool, accepted);
        for (const QByteArray &clientId : {QByteArray("\"\""), QByteArray("null")}) {
            QByteArray v = valid();
            v.replace("\"mode\": \"clientSecret\", \"clientId\": \"11111111-1111-1111-1111-111111111111\"",
                      "\"mode\": \"" + mode + "\", \"clientId\": " + clientId);
            ProfileError error;
            const auto p = parseProfile(v, QStringLiteral("p.json"), &error);
            QCOMPARE(bool(p), accepted);
            if (accepted) {
                QVERIFY(p->clientId.isEmpty());
            } else {
                QCOMPARE(error.field, QStringLiteral("auth.clientId"));
                QVERIFY(error.message.contains(QLatin1String("is missing")));
            }
        }
        // A client id that is given must still be a GUID, whatever the mode.
        QByteArray bad = valid();
        bad.replace("\"mode\": \"clientSecret\", \"clientId\": \"11111111-1111-1111-1111-111111111111\"",
                    "\"mode\": \"" + mode + "\", \"clientId\": \"not-a-guid\"");
        ProfileError error;
        QVERIFY(!parseProfile(bad, QStringLiteral("p.json"), &error));
        QCOMPARE(error.field, QStringLiteral("auth.clientId"));
        QVERIFY(error.message.contains(QLatin1String("not a GUID")));
    }

    void loopbackHttpIsAccepted()
    {
        QByteArray v = valid();
        v.replace("https://contoso-uat.crm4.dynamics.com/", "http://127.0.0.1:8080");
        ProfileError error;
        const auto p = parseProfile(v, QStringLiteral("p.json"), &error);
        QVERIFY2(p, qPrintable(error.toString()));
        QCOMPARE(p->dataverseUrl.toString(), QStringLiteral("http://127.0.0.1:8080"));
    }

    void unknownKeysAreWarnings()
    {
        QByteArray v = valid();
        v.replace("\"name\": \"Contoso UAT\",", "\"name\": \"Contoso UAT\", \"colour\": \"blue\",");
        ProfileError error;
        const auto p = parseProfile(v, QStringLiteral("p.json"), &error);
        QVERIFY(p);
        QCOMPARE(p->warnings.size(), 1);
        QVERIFY(p->warnings.first().contains(QStringLiteral("colour")));
    }

    void missingFileNamesTheFile()
    {
        ProfileError error;
        QVERIFY(!loadProfileFile(QStringLiteral("/nonexistent/profile.json"), &error));
        QVERIFY(error.toString().startsWith(QStringLiteral("/nonexistent/profile.json")));
    }

    void roundTripsThroughJson()
    {
        ProfileError error;
        const auto p = parseProfile(valid(), QStringLiteral("p.json"), &error);
        QVERIFY(p);
        const auto again = parseProfile(QJsonDocument(p->toJson()).toJson(), QStringLiteral("again"), &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(again->toJson(), p->toJson());
    }
};

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
