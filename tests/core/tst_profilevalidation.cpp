// SPDX-License-Identifier: MIT
// validateProfile(): every rule of a usable profile, one by one, as the parser, the wizard's
// credentials page and the CLI apply it.
#include "profile.h"
#include "profilevalidation.h"

#include <QTest>

using namespace dwh;

namespace {

Profile valid()
{
    Profile p;
    p.name = QStringLiteral("Contoso UAT");
    p.tenantId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    p.clientId = QStringLiteral("11111111-1111-1111-1111-111111111111");
    p.dataverseUrl = QUrl(QStringLiteral("https://contoso-uat.crm4.dynamics.com"));
    p.environmentId = QStringLiteral("00000000-0000-0000-0000-000000000123");
    p.foUrl = QUrl(QStringLiteral("https://contoso-uat.sandbox.operations.dynamics.com"));
    return p;
}

QUrl strict(const char *text)
{
    return QUrl(QString::fromLatin1(text), QUrl::StrictMode);
}

} // namespace

class tst_ProfileValidation : public QObject
{
    Q_OBJECT
private slots:
    void aCompleteProfileHasNoProblem()
    {
        QCOMPARE(validateProfile(valid()).size(), 0);
        Profile delegated = valid();
        delegated.authMode = AuthMode::DeviceCode;
        delegated.clientId.clear();  // the default public client
        QCOMPARE(validateProfile(delegated).size(), 0);
        Profile loopback = valid();
        loopback.dataverseUrl = strict("http://127.0.0.1:4711");
        loopback.foUrl = strict("http://localhost:4712/");
        loopback.authority = strict("http://[::1]:4713");
        QCOMPARE(validateProfile(loopback).size(), 0);
        Profile domainTenant = valid();
        domainTenant.tenantId = QStringLiteral("contoso.onmicrosoft.com");
        QCOMPARE(validateProfile(domainTenant).size(), 0);
        Profile ppInstead = valid();
        ppInstead.environmentId.clear();
        ppInstead.powerPlatformUrl = strict("https://pp.contoso.example");
        QCOMPARE(validateProfile(ppInstead).size(), 0);
    }

    void eachRule_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        int i = 0;
        QTest::newRow("tenant missing") << i++ << "tenantId" << "is missing";
        QTest::newRow("tenant one word") << i++ << "tenantId" << "\"contoso\" is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com";
        QTest::newRow("authority http remote") << i++ << "authority" << "\"http://login.example.com\" uses plain http:// to a host that is not loopback; use https://";
        QTest::newRow("client id missing for a secret") << i++ << "auth.clientId" << "is missing";
        QTest::newRow("client id not a GUID") << i++ << "auth.clientId" << "\"not-a-guid\" is not a GUID";
        QTest::newRow("client id in braces") << i++ << "auth.clientId" << "\"{11111111-1111-1111-1111-111111111111}\" is not a GUID";
        QTest::newRow("dataverse missing") << i++ << "dataverse.url" << "is missing";
        QTest::newRow("dataverse ftp") << i++ << "dataverse.url" << "\"ftp://contoso.crm.dynamics.com\" must use https://";
        QTest::newRow("dataverse query") << i++ << "dataverse.url" << "\"https://contoso.crm.dynamics.com?x=1\" must not contain a query or fragment";
        QTest::newRow("dataverse user info") << i++ << "dataverse.url" << "\"https://me@contoso.crm.dynamics.com\" must not contain a user name or password";
        QTest::newRow("dataverse relative") << i++ << "dataverse.url" << "\"contoso.crm.dynamics.com\" must be an absolute URL such as https://contoso.crm.dynamics.com";
        QTest::newRow("dataverse invalid") << i++ << "dataverse.url" << "is not a valid URL";
        QTest::newRow("dataverse one label") << i++ << "dataverse.url" << "\"https://contoso\": the host \"contoso\" is not a full host name such as contoso.crm.dynamics.com";
        QTest::newRow("fo missing") << i++ << "financeAndOperations.url" << "is missing";
        QTest::newRow("fo bad label") << i++ << "financeAndOperations.url" << "\"https://con_toso.operations.dynamics.com\": the host \"con_toso.operations.dynamics.com\" is not a full host name such as contoso.crm.dynamics.com";
        QTest::newRow("power platform http") << i++ << "powerPlatform.url" << "\"http://pp.example.com\" uses plain http:// to a host that is not loopback; use https://";
        QTest::newRow("power platform admin fragment") << i++ << "powerPlatform.adminUrl" << "\"https://api.bap.microsoft.com#x\" must not contain a query or fragment";
        QTest::newRow("environment missing") << i++ << "dataverse.environmentId" << "is missing (needed to find the Power Platform API host; or set powerPlatform.url)";
        QTest::newRow("environment not a GUID") << i++ << "dataverse.environmentId" << "\"env-1\" is not a GUID";
        QTest::newRow("environment not a GUID beside a PP URL") << i++ << "dataverse.environmentId" << "\"env-1\" is not a GUID";
        QTest::newRow("empty legal entity") << i++ << "dualWrite.legalEntities[1]" << "must be a non-empty legal entity code";
    }

    void eachRule()
    {
        QFETCH(int, rule);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Profile p = valid();
        switch (rule) {
        case 0: p.tenantId.clear(); break;
        case 1: p.tenantId = QStringLiteral("contoso"); break;
        case 2: p.authority = strict("http://login.example.com"); break;
        case 3: p.clientId.clear(); break;
        case 4: p.clientId = QStringLiteral("not-a-guid"); break;
        case 5: p.clientId = QStringLiteral("{11111111-1111-1111-1111-111111111111}"); break;
        case 6: p.dataverseUrl = QUrl(); break;
        case 7: p.dataverseUrl = strict("ftp://contoso.crm.dynamics.com"); break;
        case 8: p.dataverseUrl = strict("https://contoso.crm.dynamics.com?x=1"); break;
        case 9: p.dataverseUrl = strict("https://me@contoso.crm.dynamics.com"); break;
        case 10: p.dataverseUrl = strict("contoso.crm.dynamics.com"); break;
        case 11: p.dataverseUrl = strict("https://con toso.crm.dynamics.com"); break;
        case 12: p.dataverseUrl = strict("https://contoso"); break;
        case 13: p.foUrl = QUrl(); break;
        case 14: p.foUrl = strict("https://con_toso.operations.dynamics.com"); break;
        case 15: p.powerPlatformUrl = strict("http://pp.example.com"); break;
        case 16: p.powerPlatformAdminUrl = strict("https://api.bap.microsoft.com#x"); break;
        case 17: p.environmentId.clear(); break;
        case 18: p.environmentId = QStringLiteral("env-1"); break;
        case 19:
            p.environmentId = QStringLiteral("env-1");
            p.powerPlatformUrl = strict("https://pp.contoso.example");
            break;
        case 20:
            p.legalEntities = {QStringLiteral("USMF"), QStringLiteral(" ")};
            p.legalEntitiesSet = true;
            break;
        }
        const QList<ProfileProblem> problems = validateProfile(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QCOMPARE(problems.first().message, message);
        QCOMPARE(problemOf(problems, field), message);
    }

    void serviceUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://contoso.crm4.dynamics.com") << true;
        QTest::newRow("trailing slash") << QStringLiteral("https://contoso.crm4.dynamics.com/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://contoso.crm4.dynamics.com") << false;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:4711") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:4711") << true;
        QTest::newRow("no scheme") << QStringLiteral("contoso.crm4.dynamics.com") << false;
        QTest::newRow("one label") << QStringLiteral("https://contoso") << false;
        QTest::newRow("query") << QStringLiteral("https://contoso.crm.dynamics.com/?x=1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://contoso.crm.dynamics.com") << false;
        QTest::newRow("bad host") << QStringLiteral("https://con_toso.crm.dynamics.com") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void serviceUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        for (const char *field : {"dataverse.url", "financeAndOperations.url", "powerPlatform.url"}) {
            Profile p = valid();
            const QUrl u = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
            if (qstrcmp(field, "dataverse.url") == 0)
                p.dataverseUrl = u;
            else if (qstrcmp(field, "financeAndOperations.url") == 0)
                p.foUrl = u;
            else
                p.powerPlatformUrl = u;
            // The Power Platform URL is optional: empty is fine there.
            const bool expected = ok || (url.isEmpty() && qstrcmp(field, "powerPlatform.url") == 0);
            QCOMPARE(problemOf(validateProfile(p), QLatin1String(field)).isEmpty(), expected);
        }
    }

    void everyProblemInFieldOrder()
    {
        Profile p;
        p.authority = QUrl();  // nothing at all
        const QList<ProfileProblem> problems = validateProfile(p);
        QStringList fields;
        for (const ProfileProblem &problem : problems)
            fields << problem.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("tenantId"), QStringLiteral("authority"),
                                      QStringLiteral("auth.clientId"), QStringLiteral("dataverse.url"),
                                      QStringLiteral("financeAndOperations.url"),
                                      QStringLiteral("dataverse.environmentId")}));
        QCOMPARE(problemOf(problems, QStringLiteral("powerPlatform.url")), QString());
    }

    void theParserRefusesWhatValidationRefuses()
    {
        // A tenant the parser once let through and the wizard did not: one rule now.
        const QByteArray json =
            "{\"tenantId\": \"contoso\","
            " \"auth\": {\"clientId\": \"11111111-1111-1111-1111-111111111111\"},"
            " \"dataverse\": {\"url\": \"https://contoso-uat.crm4.dynamics.com\","
            " \"environmentId\": \"00000000-0000-0000-0000-000000000123\"},"
            " \"financeAndOperations\": {\"url\": \"https://contoso-uat.sandbox.operations.dynamics.com\"}}";
        ProfileError error;
        QVERIFY(!parseProfile(json, QStringLiteral("p.json"), &error));
        QCOMPARE(error.field, QStringLiteral("tenantId"));
        Profile tenantOnly;
        tenantOnly.tenantId = QStringLiteral("contoso");
        QCOMPARE(error.message, validateProfile(tenantOnly).first().message);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileValidation)
#include "tst_profilevalidation.moc"
