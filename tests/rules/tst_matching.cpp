// SPDX-License-Identifier: MIT
#include "matching.h"
#include "ruletesthelpers.h"

#include <QtTest>

using namespace dwh;

Q_DECLARE_METATYPE(dwh::VersionOrder)

class tst_Matching : public QObject
{
    Q_OBJECT
private slots:
    void codes_data();
    void codes();
    void uniqueCodesKeepsFirstSpelling();
    void urls_data();
    void urls();
    void urlOverloadTakesQUrl();
    void versions_data();
    void versions();
    void parseVersionSegments();
    void sysAdmin_data();
    void sysAdmin();
    void tableNames_data();
    void tableNames();
    void selectionFromProfile();
    void selectionFromDataverse();
    void selectionUnknownWhenCompaniesUnreadable();
};

void tst_Matching::codes_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << "usmf" << "USMF" << true;
    QTest::newRow("trim") << " DEMF\t" << "demf" << true;
    QTest::newRow("different") << "USMF" << "USMG" << false;
    QTest::newRow("prefix") << "USM" << "USMF" << false;
    QTest::newRow("blank vs code") << "" << "USMF" << false;
    QTest::newRow("inner space kept") << "US MF" << "USMF" << false;
}

void tst_Matching::codes()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(sameCode(a, b), same);
    QCOMPARE(sameCode(b, a), same);
}

void tst_Matching::uniqueCodesKeepsFirstSpelling()
{
    QCOMPARE(uniqueCodes({QStringLiteral(" usmf"), QStringLiteral("USMF"), QString(),
                          QStringLiteral("DEMF"), QStringLiteral("  ")}),
             QStringList({QStringLiteral("usmf"), QStringLiteral("DEMF")}));
}

void tst_Matching::urls_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << "https://a.crm4.dynamics.com" << "https://a.crm4.dynamics.com" << true;
    QTest::newRow("trailing slash") << "https://a.crm4.dynamics.com/" << "https://a.crm4.dynamics.com" << true;
    QTest::newRow("host case") << "https://Contoso.CRM4.dynamics.com" << "https://contoso.crm4.dynamics.com" << true;
    QTest::newRow("scheme case") << "HTTPS://a.crm.dynamics.com" << "https://a.crm.dynamics.com" << true;
    QTest::newRow("path ignored") << "https://a.crm.dynamics.com/main.aspx" << "https://a.crm.dynamics.com" << true;
    QTest::newRow("default port explicit") << "https://a.crm.dynamics.com:443" << "https://a.crm.dynamics.com" << true;
    QTest::newRow("other port") << "http://127.0.0.1:8080" << "http://127.0.0.1:8081" << false;
    QTest::newRow("same loopback port") << "http://127.0.0.1:8080/" << "http://127.0.0.1:8080" << true;
    QTest::newRow("scheme differs") << "http://a.crm.dynamics.com" << "https://a.crm.dynamics.com" << false;
    QTest::newRow("other host") << "https://old.crm.dynamics.com" << "https://new.crm.dynamics.com" << false;
    QTest::newRow("subdomain") << "https://a.crm.dynamics.com" << "https://a.crm4.dynamics.com" << false;
    QTest::newRow("bare host is https") << "a.crm.dynamics.com" << "https://a.crm.dynamics.com/" << true;
    QTest::newRow("empty") << "" << "https://a.crm.dynamics.com" << false;
    QTest::newRow("both empty") << "" << "" << false;
}

void tst_Matching::urls()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(sameEnvironmentUrl(a, b), same);
    QCOMPARE(sameEnvironmentUrl(b, a), same);
}

void tst_Matching::urlOverloadTakesQUrl()
{
    QVERIFY(sameEnvironmentUrl(QUrl(QStringLiteral("https://x.crm.dynamics.com/")),
                               QUrl(QStringLiteral("https://X.crm.dynamics.com"))));
    QVERIFY(!sameEnvironmentUrl(QUrl(), QUrl()));
    QCOMPARE(environmentKey(QStringLiteral("https://X.crm.dynamics.com/")),
             QStringLiteral("https://x.crm.dynamics.com:443"));
}

void tst_Matching::versions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<dwh::VersionOrder>("order");
    QTest::newRow("doc example") << "2.0.2.10" << "2.0.133" << VersionOrder::Less;
    QTest::newRow("trailing zero") << "2.0.133.0" << "2.0.133" << VersionOrder::Equal;
    QTest::newRow("equal") << "2.0.227" << "2.0.227" << VersionOrder::Equal;
    QTest::newRow("greater build") << "2.0.227.1" << "2.0.227" << VersionOrder::Greater;
    QTest::newRow("numeric not lexical") << "2.0.1000" << "2.0.227" << VersionOrder::Greater;
    QTest::newRow("major") << "10.0.0.0" << "9.9.9.9" << VersionOrder::Greater;
    QTest::newRow("one segment") << "3" << "2.0.133" << VersionOrder::Greater;
    QTest::newRow("leading zeros") << "2.0.0133" << "2.0.133" << VersionOrder::Equal;
    QTest::newRow("whitespace trimmed") << " 2.0.133.0 " << "2.0.133" << VersionOrder::Equal;
    QTest::newRow("1.0.0.0 below 2.0.227") << "1.0.0.0" << "2.0.227" << VersionOrder::Less;
    QTest::newRow("empty") << "" << "2.0.133" << VersionOrder::Invalid;
    QTest::newRow("letters") << "2.0.x" << "2.0.133" << VersionOrder::Invalid;
    QTest::newRow("double dot") << "2..133" << "2.0.133" << VersionOrder::Invalid;
    QTest::newRow("trailing dot") << "2.0.133." << "2.0.133" << VersionOrder::Invalid;
    QTest::newRow("negative") << "2.-1" << "2.0" << VersionOrder::Invalid;
    QTest::newRow("v prefix") << "v2.0.133" << "2.0.133" << VersionOrder::Invalid;
    QTest::newRow("overflow") << "2.99999999999999999999" << "2.0" << VersionOrder::Invalid;
    QTest::newRow("right side bad") << "2.0.133" << "n/a" << VersionOrder::Invalid;
}

void tst_Matching::versions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(dwh::VersionOrder, order);
    QCOMPARE(compareVersions(a, b), order);
    // The comparison is antisymmetric.
    const VersionOrder reverse = order == VersionOrder::Less      ? VersionOrder::Greater
                               : order == VersionOrder::Greater ? VersionOrder::Less
                                                                : order;
    QCOMPARE(compareVersions(b, a), reverse);
}

void tst_Matching::parseVersionSegments()
{
    const auto v = parseVersion(QStringLiteral("2.0.133.7"));
    QVERIFY(v.has_value());
    QCOMPARE(*v, (QList<qint64>{2, 0, 133, 7}));
    QVERIFY(!parseVersion(QStringLiteral("2.0 .1")).has_value());
}

void tst_Matching::sysAdmin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("admin");
    QTest::newRow("template") << "Renamed admin" << "627090ff-40a3-4053-8790-584edc5be201" << true;
    QTest::newRow("template upper case") << "x" << "627090FF-40A3-4053-8790-584EDC5BE201" << true;
    QTest::newRow("name only") << "System Administrator" << "" << true;
    QTest::newRow("customizer") << "System Customizer" << "119f245c-3cc8-4b62-b31c-d1a046ced15d" << false;
    QTest::newRow("lookalike name") << "System Administrators (copy)" << "" << false;
    QTest::newRow("nothing") << "" << "" << false;
}

void tst_Matching::sysAdmin()
{
    QFETCH(QString, name);
    QFETCH(QString, templateId);
    QFETCH(bool, admin);
    QJsonObject row{{QStringLiteral("name"), name}, {QStringLiteral("roleid"), QStringLiteral("r")}};
    if (!templateId.isEmpty())
        row.insert(QStringLiteral("_roletemplateid_value"), templateId);
    else
        row.insert(QStringLiteral("_roletemplateid_value"), QJsonValue::Null);
    QCOMPARE(isSystemAdministratorRole(row), admin);
}

void tst_Matching::tableNames_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("account") << "account" << "accounts" << true;
    QTest::newRow("reverse") << "accounts" << "account" << true;
    QTest::newRow("prefixed") << "msdyn_customergroup" << "msdyn_customergroups" << true;
    QTest::newRow("y to ies") << "currency" << "currencies" << true;
    QTest::newRow("s to ses") << "msdyn_address" << "msdyn_addresses" << true;
    QTest::newRow("equal other case") << "CDM_Company" << "cdm_company" << true;
    QTest::newRow("set vs set") << "cdm_companies" << "cdm_companies" << true;
    QTest::newRow("company/companies") << "cdm_company" << "cdm_companies" << true;
    QTest::newRow("different tables") << "account" << "contacts" << false;
    QTest::newRow("longer word") << "account" << "accountsx" << false;
    QTest::newRow("empty") << "" << "s" << false;
}

void tst_Matching::tableNames()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(sameTableName(a, b), same);
}

void tst_Matching::selectionFromProfile()
{
    LinkContext c = test::healthyContext();
    c.legalEntitiesFromProfile = true;
    c.selectedLegalEntities = {QStringLiteral("usmf"), QStringLiteral("USMF "), QStringLiteral("FRRT")};
    // Dataverse is not needed when the profile lists the legal entities.
    Snapshot s = test::withFailure(test::healthySnapshot(), Dataset::DvCompanies, 503, QStringLiteral("down"));
    const LegalEntitySelection sel = selectedLegalEntities(s, c);
    QVERIFY(sel.known);
    QCOMPARE(sel.sourceName(), QStringLiteral("profile"));
    QCOMPARE(sel.codes, QStringList({QStringLiteral("usmf"), QStringLiteral("FRRT")}));
    QVERIFY(sel.contains(QStringLiteral("USMF")));
    QVERIFY(!sel.contains(QStringLiteral("DEMF")));
}

void tst_Matching::selectionFromDataverse()
{
    const LegalEntitySelection sel =
        selectedLegalEntities(test::healthySnapshot(), test::healthyContext());
    QVERIFY(sel.known);
    QCOMPARE(sel.sourceName(), QStringLiteral("dataverse"));
    // DAT is not enabled for dual-write.
    QCOMPARE(sel.codes, QStringList({QStringLiteral("USMF"), QStringLiteral("DEMF")}));
}

void tst_Matching::selectionUnknownWhenCompaniesUnreadable()
{
    Snapshot s = test::withFailure(test::healthySnapshot(), Dataset::DvCompanies, 403,
                                   QStringLiteral("Dataverse: 403 Forbidden"));
    const LegalEntitySelection sel = selectedLegalEntities(s, test::healthyContext());
    QVERIFY(!sel.known);
    QVERIFY(sel.codes.isEmpty());
    QCOMPARE(sel.error, QStringLiteral("Dataverse: 403 Forbidden"));

    Snapshot empty;
    QVERIFY(!selectedLegalEntities(empty, test::healthyContext()).known);
}

QTEST_GUILESS_MAIN(tst_Matching)
#include "tst_matching.moc"
