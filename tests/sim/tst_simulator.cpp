// SPDX-License-Identifier: MIT
#include "simclient.h"
#include "simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using dwh::sim::Simulator;
using namespace simtest;

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tokenSuccess();
    void tokenErrors_data();
    void tokenErrors();
    void unauthorized();
    void expiredToken();

    void whoAmIAndRoles();
    void selectAndFilter();
    void navigationFilter();
    void expandSingleValued();
    void expandCollectionValued();
    void singleRecordAndAlternateKey();
    void paging();
    void topAndMaxPageSize();
    void queryErrors();

    void writes();

    void financeAndOperations();
    void financeAndOperationsPaging();
    void financeAndOperationsWrites();
    void powerPlatform();

    void profileJson();
    void signInChallengeFromScenarioFile();

private:
    QJsonArray getAll(const QUrl &first, const QString &token, int pageSize, int *pages);

    Simulator m_sim;
    QNetworkAccessManager m_nam;
    QString m_dv;
    QString m_fo;
    QString m_pp;
};

void TestSimulator::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.loadScenario(QStringLiteral("healthy"), &error), qPrintable(error));
    QVERIFY2(m_sim.start(&error), qPrintable(error));
    QCOMPARE(m_sim.dataverseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sim.dataverseUrl().port() > 0);
    QVERIFY(m_sim.dataverseUrl().port() != m_sim.foUrl().port());
    m_dv = tokenFor(m_nam, m_sim, m_sim.dataverseUrl().toString());
    m_fo = tokenFor(m_nam, m_sim, m_sim.foUrl().toString());
    m_pp = tokenFor(m_nam, m_sim, QStringLiteral("https://api.powerplatform.com"));
    QVERIFY(!m_dv.isEmpty() && !m_fo.isEmpty() && !m_pp.isEmpty());
    QVERIFY(m_dv != m_fo);
}

void TestSimulator::tokenSuccess()
{
    Reply r;
    const QString token = tokenFor(m_nam, m_sim, m_sim.dataverseUrl().toString(), Simulator::clientSecret(), &r);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3599);
    QCOMPARE(o.value(QStringLiteral("ext_expires_in")).toInt(), 3599);
    QVERIFY(token.size() > 40);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestSimulator::tokenErrors_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");

    const QString t = Simulator::tenantId();
    const QString c = Simulator::clientId();
    const QString s = Simulator::clientSecret();
    QTest::newRow("wrong secret") << t << QStringLiteral("client_id=%1&scope=https://api.powerplatform.com/.default&client_secret=nope&grant_type=client_credentials").arg(c)
                                  << 401 << "invalid_client" << 7000215;
    QTest::newRow("unknown client") << t << QStringLiteral("client_id=99999999-0000-0000-0000-000000000000&scope=https://api.powerplatform.com/.default&client_secret=%1&grant_type=client_credentials").arg(s)
                                    << 400 << "unauthorized_client" << 700016;
    QTest::newRow("wrong tenant") << QStringLiteral("11111111-2222-3333-4444-555555555555") << QStringLiteral("client_id=%1&scope=https://api.powerplatform.com/.default&client_secret=%2&grant_type=client_credentials").arg(c, s)
                                  << 400 << "invalid_request" << 90002;
    QTest::newRow("missing scope") << t << QStringLiteral("client_id=%1&client_secret=%2&grant_type=client_credentials").arg(c, s)
                                   << 400 << "invalid_scope" << 70011;
    QTest::newRow("scope without .default") << t << QStringLiteral("client_id=%1&scope=https://api.powerplatform.com/user_impersonation&client_secret=%2&grant_type=client_credentials").arg(c, s)
                                            << 400 << "invalid_scope" << 70011;
    QTest::newRow("unknown resource") << t << QStringLiteral("client_id=%1&scope=https://nowhere.example.com/.default&client_secret=%2&grant_type=client_credentials").arg(c, s)
                                      << 400 << "invalid_resource" << 500011;
    QTest::newRow("missing grant_type") << t << QStringLiteral("client_id=%1&scope=https://api.powerplatform.com/.default&client_secret=%2").arg(c, s)
                                        << 400 << "invalid_request" << 900144;
    QTest::newRow("unsupported grant") << t << QStringLiteral("client_id=%1&scope=https://api.powerplatform.com/.default&grant_type=password").arg(c)
                                       << 400 << "unsupported_grant_type" << 70003;
}

void TestSimulator::tokenErrors()
{
    QFETCH(QString, tenant);
    QFETCH(QString, form);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    QUrl url = m_sim.authorityUrl();
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant));
    const Reply r = send(m_nam, "POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}}, form.toUtf8());
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(o.value(QStringLiteral("error_codes")).toArray().first().toInt(), code);
    const QString description = o.value(QStringLiteral("error_description")).toString();
    QVERIFY2(description.startsWith(QStringLiteral("AADSTS%1: ").arg(code)), qPrintable(description));
    QVERIFY(description.contains(QLatin1String("\r\nTrace ID: ")));
    QVERIFY(description.contains(QLatin1String("\r\nCorrelation ID: ")));
    QVERIFY(!o.value(QStringLiteral("trace_id")).toString().isEmpty());
    QVERIFY(!o.value(QStringLiteral("correlation_id")).toString().isEmpty());
    if (code == 7000215)
        QVERIFY(description.contains(Simulator::clientId()));
}

void TestSimulator::unauthorized()
{
    const Reply none = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("WhoAmI")));
    QCOMPARE(none.status, 401);
    const QByteArray challenge = none.header("WWW-Authenticate");
    QVERIFY2(challenge.startsWith("Bearer authorization_uri=https://login.microsoftonline.com/"
                                  + Simulator::tenantId().toLatin1() + "/oauth2/authorize, resource_id="),
             challenge.constData());
    QVERIFY(challenge.endsWith(m_sim.dataverseUrl().toString().toLatin1()));
    QCOMPARE(none.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("0x80072560"));

    const Reply wrongAudience = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("WhoAmI")), bearer(m_fo));
    QCOMPARE(wrongAudience.status, 401);
    QVERIFY(wrongAudience.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))
                .toString().contains(QLatin1String("audience")));

    const Reply forged = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("WhoAmI")), bearer(QStringLiteral("forged")));
    QCOMPARE(forged.status, 401);

    const Reply foWithDvToken = send(m_nam, "GET", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/LegalEntities")), bearer(m_dv));
    QCOMPARE(foWithDvToken.status, 401);
    QVERIFY(foWithDvToken.json().value(QStringLiteral("error")).toObject().contains(QStringLiteral("innererror")));

    const Reply ppWithDvToken = send(m_nam, "GET", QUrl(m_sim.powerPlatformUrl().toString() + QStringLiteral("/connectivity/connections?api-version=1")), bearer(m_dv));
    QCOMPARE(ppWithDvToken.status, 401);
}

void TestSimulator::expiredToken()
{
    m_sim.setTokenLifetimeSeconds(0);
    Reply raw;
    const QString token = tokenFor(m_nam, m_sim, m_sim.dataverseUrl().toString(), Simulator::clientSecret(), &raw);
    m_sim.setTokenLifetimeSeconds(3599);
    QCOMPARE(raw.json().value(QStringLiteral("expires_in")).toInt(), 0);
    const Reply r = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("WhoAmI")), bearer(token));
    QCOMPARE(r.status, 401);
    QVERIFY(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("expired")));
}

void TestSimulator::whoAmIAndRoles()
{
    for (const QString &path : {QStringLiteral("WhoAmI"), QStringLiteral("WhoAmI()")}) {
        const Reply r = send(m_nam, "GET", dvUrl(m_sim, path), bearer(m_dv));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("OData-Version"), QByteArray("4.0"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; odata.metadata=minimal"));
        const QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("@odata.context")).toString().endsWith(QLatin1String("/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse")));
        const QString userId = o.value(QStringLiteral("UserId")).toString();
        bool found = false;
        for (const QJsonObject &u : m_sim.rows(QStringLiteral("dataverse"), QStringLiteral("systemusers")))
            if (u.value(QStringLiteral("systemuserid")).toString() == userId)
                found = u.value(QStringLiteral("applicationid")).toString() == Simulator::clientId();
        QVERIFY(found);

        const Reply roles = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("systemusers(%1)/systemuserroles_association?$select=name,roleid,_roletemplateid_value").arg(userId)), bearer(m_dv));
        QCOMPARE(roles.status, 200);
        const QJsonArray value = roles.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(value.size(), 1);
        QCOMPARE(value[0].toObject().value(QStringLiteral("_roletemplateid_value")).toString(),
                 QStringLiteral("627090ff-40a3-4053-8790-584edc5be201"));
        QVERIFY(roles.json().value(QStringLiteral("@odata.context")).toString().endsWith(QLatin1String("$metadata#roles(name,roleid,_roletemplateid_value)")));
    }
    const Reply missing = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("systemusers(00000000-0000-0000-0000-000000000009)/systemuserroles_association")), bearer(m_dv));
    QCOMPARE(missing.status, 404);
}

void TestSimulator::selectAndFilter()
{
    const QString q = QStringLiteral(
        "solutions?$select=uniquename,friendlyname,version,ismanaged&$filter=uniquename eq 'DualWriteCore' or uniquename eq "
        "'msdyn_DualWriteCore' or uniquename eq 'Dynamics365Company' or uniquename eq 'Dynamics365FinanceAndOperationsCommon' "
        "or uniquename eq 'CurrencyExchangeRates' or uniquename eq 'Dynamics365FinanceExtended' or uniquename eq "
        "'Dynamics365SupplyChainExtended' or uniquename eq 'ProspectToCash'");
    const Reply r = send(m_nam, "GET", dvUrl(m_sim, q), bearer(m_dv, 5000));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Preference-Applied"), QByteArray("odata.maxpagesize=5000"));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("@odata.context")).toString(),
             m_sim.dataverseUrl().toString() + QStringLiteral("/api/data/v9.2/$metadata#solutions(uniquename,friendlyname,version,ismanaged)"));
    QVERIFY(!o.contains(QStringLiteral("@odata.nextLink")));
    const QJsonArray value = o.value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 6);
    QSet<QString> names;
    for (const QJsonValue &v : value) {
        const QJsonObject row = v.toObject();
        names.insert(row.value(QStringLiteral("uniquename")).toString());
        QVERIFY(row.value(QStringLiteral("@odata.etag")).toString().startsWith(QLatin1String("W/\"")));
        QVERIFY(row.contains(QStringLiteral("solutionid")));   // the key always comes back
        QVERIFY(!row.contains(QStringLiteral("isvisible")));   // not selected
        QCOMPARE(row.value(QStringLiteral("version")).toString().count(u'.'), 3);
    }
    QVERIFY(names.contains(QStringLiteral("msdyn_DualWriteCore")));
    QVERIFY(!names.contains(QStringLiteral("ProspectToCash")));

    const Reply users = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral(
        "systemusers?$select=systemuserid,fullname,applicationid,isdisabled&$filter=applicationid eq "
        "00000015-0000-0000-c000-000000000000 or applicationid eq 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b")), bearer(m_dv));
    QCOMPARE(users.status, 200);
    const QJsonArray u = users.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(u.size(), 2);
    for (const QJsonValue &v : u)
        QCOMPARE(v.toObject().value(QStringLiteral("isdisabled")).toBool(true), false);
}

void TestSimulator::navigationFilter()
{
    const Reply root = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("businessunits?$select=businessunitid,name&$filter=_parentbusinessunitid_value eq null")), bearer(m_dv));
    QCOMPARE(root.status, 200);
    const QJsonArray units = root.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(units.size(), 1);
    QCOMPARE(units[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("contoso-uat"));

    const Reply teams = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral(
        "teams?$select=teamid,name,isdefault,_businessunitid_value&$filter=isdefault eq true and businessunitid/_parentbusinessunitid_value eq null")), bearer(m_dv));
    QCOMPARE(teams.status, 200);
    const QJsonArray t = teams.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("contoso-uat"));
    QCOMPARE(t[0].toObject().value(QStringLiteral("_businessunitid_value")).toString(),
             units[0].toObject().value(QStringLiteral("businessunitid")).toString());
}

void TestSimulator::expandSingleValued()
{
    const Reply r = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral(
        "sdkmessageprocessingsteps?$select=sdkmessageprocessingstepid,name,statecode,_plugintypeid_value&$expand=plugintypeid($select=assemblyname)"
        "&$filter=plugintypeid/assemblyname eq 'DualWriteRuntime.Plugins' or plugintypeid/assemblyname eq 'DualWriteRegistration.Plugins'")), bearer(m_dv));
    QCOMPARE(r.status, 200);
    const QJsonArray steps = r.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(steps.size(), 9);
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        QCOMPARE(step.value(QStringLiteral("statecode")).toInt(-1), 0);
        const QJsonObject type = step.value(QStringLiteral("plugintypeid")).toObject();
        QVERIFY(type.value(QStringLiteral("assemblyname")).toString().startsWith(QLatin1String("DualWrite")));
        QCOMPARE(type.value(QStringLiteral("plugintypeid")).toString(), step.value(QStringLiteral("_plugintypeid_value")).toString());
        QVERIFY(!type.contains(QStringLiteral("typename")));
    }
    QVERIFY(r.json().value(QStringLiteral("@odata.context")).toString().contains(QLatin1String("plugintypeid(assemblyname)")));
}

void TestSimulator::expandCollectionValued()
{
    // teamroles_association (team N:N role), paged two teams a page: every page carries each
    // team's roles in full, with the nested $select and the role key.
    int pages = 0;
    const QJsonArray teams = getAll(dvUrl(m_sim, QStringLiteral(
        "teams?$select=teamid,name&$expand=teamroles_association($select=name,roleid,_roletemplateid_value)"
        "&$filter=teamtype eq 0")), m_dv, 2, &pages);
    QVERIFY(pages > 1);
    bool sawRoot = false;
    for (const QJsonValue &v : teams) {
        const QJsonObject team = v.toObject();
        QVERIFY(team.value(QStringLiteral("teamroles_association")).isArray());
        if (team.value(QStringLiteral("teamid")).toString() != QLatin1String("ec5c38c6-bb03-520f-92db-dc82ecd1cefc"))
            continue;
        sawRoot = true;
        QStringList names;
        for (const QJsonValue &role : team.value(QStringLiteral("teamroles_association")).toArray()) {
            QVERIFY(!role.toObject().value(QStringLiteral("roleid")).toString().isEmpty());
            QVERIFY(!role.toObject().contains(QStringLiteral("_businessunitid_value")));
            names << role.toObject().value(QStringLiteral("name")).toString();
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Dual-write app user"),
                                     QStringLiteral("Dual-write runtime user"),
                                     QStringLiteral("Salesperson")}));
    }
    QVERIFY(sawRoot);

    // systemuserroles_association (systemuser N:N role).
    const Reply r = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral(
        "systemusers?$select=systemuserid&$expand=systemuserroles_association($select=name)"
        "&$filter=applicationid eq 2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b")), bearer(m_dv));
    QCOMPARE(r.status, 200);
    const QJsonArray users = r.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users[0].toObject().value(QStringLiteral("systemuserroles_association")).toArray().size(), 2);

    // An unknown column inside the nested $select is refused as Dataverse does.
    const Reply bad = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral(
        "teams?$expand=teamroles_association($select=nosuchcolumn)")), bearer(m_dv));
    QCOMPARE(bad.status, 400);
}

void TestSimulator::singleRecordAndAlternateKey()
{
    const QJsonObject company = m_sim.rows(QStringLiteral("dataverse"), QStringLiteral("cdm_companies")).first();
    const QString id = company.value(QStringLiteral("cdm_companyid")).toString();
    const Reply r = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("cdm_companies(%1)?$select=cdm_name").arg(id.toUpper())), bearer(m_dv));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("cdm_name")).toString(), company.value(QStringLiteral("cdm_name")).toString());
    QVERIFY(r.json().value(QStringLiteral("@odata.context")).toString().endsWith(QLatin1String("$metadata#cdm_companies(cdm_name)/$entity")));

    const Reply alt = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("cdm_companies(cdm_companycode='DEMF')")), bearer(m_dv));
    QCOMPARE(alt.status, 200);
    QCOMPARE(alt.json().value(QStringLiteral("cdm_companycode")).toString(), QStringLiteral("DEMF"));

    const Reply missing = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("cdm_companies(00000000-0000-0000-0000-000000000009)")), bearer(m_dv));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0x80040217"));
}

QJsonArray TestSimulator::getAll(const QUrl &first, const QString &token, int pageSize, int *pages)
{
    QJsonArray all;
    QUrl next = first;
    *pages = 0;
    while (next.isValid() && *pages < 100) {
        const Reply r = send(m_nam, "GET", next, bearer(token, pageSize));
        if (r.status != 200)
            return {};
        ++*pages;
        const QJsonObject o = r.json();
        for (const QJsonValue &v : o.value(QStringLiteral("value")).toArray())
            all.append(v);
        next = o.contains(QStringLiteral("@odata.nextLink")) ? QUrl(o.value(QStringLiteral("@odata.nextLink")).toString()) : QUrl();
        if (next.isValid()) {
            // The same URL plus $skiptoken.
            const QString prefix = first.toString(QUrl::FullyEncoded);
            if (!next.toString(QUrl::FullyEncoded).startsWith(prefix.section(u'?', 0, 0)))
                return {};
            if (!QUrlQuery(next).hasQueryItem(QStringLiteral("$skiptoken")) && !QUrlQuery(next).hasQueryItem(QStringLiteral("$skip")))
                return {};
        }
    }
    return all;
}

void TestSimulator::paging()
{
    const int total = int(m_sim.rows(QStringLiteral("dataverse"), QStringLiteral("teams")).size());
    QVERIFY(total >= 7);
    int pages = 0;
    const QJsonArray all = getAll(dvUrl(m_sim, QStringLiteral("teams?$select=teamid,name")), m_dv, 2, &pages);
    QCOMPARE(all.size(), total);
    QCOMPARE(pages, (total + 1) / 2);
    QSet<QString> ids;
    for (const QJsonValue &v : all)
        ids.insert(v.toObject().value(QStringLiteral("teamid")).toString());
    QCOMPARE(ids.size(), total);

    // The nextLink keeps the query and carries a Dataverse-shaped paging cookie.
    const Reply r = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams?$select=teamid,name")), bearer(m_dv, 3));
    QCOMPARE(r.header("Preference-Applied"), QByteArray("odata.maxpagesize=3"));
    const QString link = r.json().value(QStringLiteral("@odata.nextLink")).toString();
    QVERIFY2(link.startsWith(m_sim.dataverseUrl().toString() + QStringLiteral("/api/data/v9.2/teams?")), qPrintable(link));
    QVERIFY(link.contains(QLatin1String("$select=teamid,name")));
    QVERIFY2(link.contains(QLatin1String("$skiptoken=%3Ccookie%20pagenumber%3D%222%22")), qPrintable(link));

    // maxpagesize above 5000 is capped.
    const Reply big = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams")), bearer(m_dv, 9000));
    QCOMPARE(big.header("Preference-Applied"), QByteArray("odata.maxpagesize=5000"));
}

void TestSimulator::topAndMaxPageSize()
{
    const Reply top = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams?$top=2")), bearer(m_dv));
    QCOMPARE(top.status, 200);
    QCOMPARE(top.json().value(QStringLiteral("value")).toArray().size(), 2);
    QVERIFY(!top.json().contains(QStringLiteral("@odata.nextLink")));

    // $top is ignored when odata.maxpagesize is given.
    const Reply both = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams?$top=2")), bearer(m_dv, 3));
    QCOMPARE(both.json().value(QStringLiteral("value")).toArray().size(), 3);
    QVERIFY(both.json().contains(QStringLiteral("@odata.nextLink")));
}

void TestSimulator::queryErrors()
{
    const Reply unknown = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("xyz")), bearer(m_dv));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0x8006088a"));
    QCOMPARE(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("Resource not found for the segment 'xyz'."));

    const Reply badFilter = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams?$filter=name eq")), bearer(m_dv));
    QCOMPARE(badFilter.status, 400);
    QCOMPARE(badFilter.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0x80060888"));
    QVERIFY(badFilter.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("position 7")));

    const Reply skip = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams?$skip=2")), bearer(m_dv));
    QCOMPARE(skip.status, 400);

    const Reply badColumn = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams?$select=nosuchcolumn")), bearer(m_dv));
    QCOMPARE(badColumn.status, 400);
    QVERIFY(badColumn.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
                .contains(QLatin1String("Could not find a property named 'nosuchcolumn' on type 'Microsoft.Dynamics.CRM.team'")
                          ) || badColumn.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
                .contains(QLatin1String("'nosuchcolumn'")));

    const Reply badToken = send(m_nam, "GET", dvUrl(m_sim, QStringLiteral("teams?$skiptoken=garbage")), bearer(m_dv));
    QCOMPARE(badToken.status, 400);
}

void TestSimulator::writes()
{
    const QString configs = QStringLiteral("msdyn_dualwriteruntimeconfigs");
    const int before = int(m_sim.rows(QStringLiteral("dataverse"), configs).size());
    const QString id = m_sim.rows(QStringLiteral("dataverse"), configs).first().value(QStringLiteral("msdyn_dualwriteruntimeconfigid")).toString();

    const Reply del = send(m_nam, "DELETE", dvUrl(m_sim, QStringLiteral("%1(%2)").arg(configs, id)), bearer(m_dv));
    QCOMPARE(del.status, 204);
    QCOMPARE(m_sim.rows(QStringLiteral("dataverse"), configs).size(), before - 1);
    const Reply again = send(m_nam, "DELETE", dvUrl(m_sim, QStringLiteral("%1(%2)").arg(configs, id)), bearer(m_dv));
    QCOMPARE(again.status, 404);

    auto headers = bearer(m_dv);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const Reply post = send(m_nam, "POST", dvUrl(m_sim, configs), headers,
                            R"({"msdyn_name":"DWM_New","msdyn_internalentityname":"account","msdyn_externalentityname":"Customers V3"})");
    QCOMPARE(post.status, 204);
    const QByteArray entityId = post.header("OData-EntityId");
    QVERIFY2(entityId.startsWith((m_sim.dataverseUrl().toString() + QStringLiteral("/api/data/v9.2/msdyn_dualwriteruntimeconfigs(")).toUtf8()),
             entityId.constData());
    QCOMPARE(m_sim.rows(QStringLiteral("dataverse"), configs).size(), before);
    QCOMPARE(m_sim.rows(QStringLiteral("dataverse"), configs).last().value(QStringLiteral("msdyn_name")).toString(), QStringLiteral("DWM_New"));

    auto repr = headers;
    repr.append(qMakePair(QByteArray("Prefer"), QByteArray("return=representation")));
    const Reply post201 = send(m_nam, "POST", dvUrl(m_sim, configs), repr, R"({"msdyn_name":"DWM_Other"})");
    QCOMPARE(post201.status, 201);
    QCOMPARE(post201.json().value(QStringLiteral("msdyn_name")).toString(), QStringLiteral("DWM_Other"));
    QVERIFY(!post201.json().value(QStringLiteral("msdyn_dualwriteruntimeconfigid")).toString().isEmpty());

    // PATCH with @odata.bind sets the lookup value.
    QJsonObject company;
    for (const QJsonObject &c : m_sim.rows(QStringLiteral("dataverse"), QStringLiteral("cdm_companies")))
        if (c.value(QStringLiteral("cdm_companycode")).toString() == QLatin1String("USRT"))
            company = c;
    QVERIFY(company.value(QStringLiteral("_cdm_defaultowningteam_value")).isNull());
    const QString teamId = m_sim.rows(QStringLiteral("dataverse"), QStringLiteral("teams")).first().value(QStringLiteral("teamid")).toString();
    const Reply patch = send(m_nam, "PATCH", dvUrl(m_sim, QStringLiteral("cdm_companies(%1)").arg(company.value(QStringLiteral("cdm_companyid")).toString())),
                             headers, QString::fromUtf8(R"j({"cdm_defaultowningteam@odata.bind":"/teams(%1)"})j").arg(teamId).toUtf8());
    QCOMPARE(patch.status, 204);
    bool updated = false;
    for (const QJsonObject &c : m_sim.rows(QStringLiteral("dataverse"), QStringLiteral("cdm_companies")))
        if (c.value(QStringLiteral("cdm_companycode")).toString() == QLatin1String("USRT"))
            updated = c.value(QStringLiteral("_cdm_defaultowningteam_value")).toString() == teamId
                      && c.value(QStringLiteral("versionnumber")).toDouble() > company.value(QStringLiteral("versionnumber")).toDouble();
    QVERIFY(updated);

    const Reply badBind = send(m_nam, "PATCH", dvUrl(m_sim, QStringLiteral("cdm_companies(%1)").arg(company.value(QStringLiteral("cdm_companyid")).toString())),
                               headers, R"j({"cdm_defaultowningteam@odata.bind":"/teams(00000000-0000-0000-0000-000000000009)"})j");
    QCOMPARE(badBind.status, 400);

    const Reply deleteCollection = send(m_nam, "DELETE", dvUrl(m_sim, configs), bearer(m_dv));
    QCOMPARE(deleteCollection.status, 405);
}

void TestSimulator::financeAndOperations()
{
    const QUrl url(m_sim.foUrl().toString() + QStringLiteral("/data/LegalEntities?cross-company=true&$select=LegalEntityId,Name"));
    const Reply r = send(m_nam, "GET", url, bearer(m_fo));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json; odata.metadata=minimal"));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("@odata.context")).toString(), m_sim.foUrl().toString() + QStringLiteral("/data/$metadata#LegalEntities(LegalEntityId,Name)"));
    const QJsonArray value = o.value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 4);
    QVERIFY(value[0].toObject().value(QStringLiteral("@odata.etag")).toString().startsWith(QLatin1String("W/\"")));
    QVERIFY(!value[0].toObject().contains(QStringLiteral("LanguageId")));

    const Reply projects = send(m_nam, "GET", QUrl(m_sim.foUrl().toString() + QStringLiteral(
        "/data/DualWriteProjectConfigurations?cross-company=true&$select=ProjectName,InternalEntityName,ExternalEntityName,ExternalEnvironmentUrl,Status")), bearer(m_fo));
    QCOMPARE(projects.status, 200);
    const QJsonArray p = projects.json().value(QStringLiteral("value")).toArray();
    QVERIFY(!p.isEmpty());
    for (const QJsonValue &v : p)
        QCOMPARE(v.toObject().value(QStringLiteral("ExternalEnvironmentUrl")).toString(), m_sim.dataverseUrl().toString());

    const Reply enumFilter = send(m_nam, "GET", QUrl(m_sim.foUrl().toString() + QStringLiteral(
        "/data/DualWriteProjectConfigurations?$filter=IsDebugMode eq Microsoft.Dynamics.DataEntities.NoYes'No' and ProjectName eq 'DWM_CustomersV3_accounts'")), bearer(m_fo));
    QCOMPARE(enumFilter.status, 200);
    QCOMPARE(enumFilter.json().value(QStringLiteral("value")).toArray().size(), 1);

    const Reply single = send(m_nam, "GET", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/LegalEntities(LegalEntityId='demf')")), bearer(m_fo));
    QCOMPARE(single.status, 200);
    QCOMPARE(single.json().value(QStringLiteral("LegalEntityId")).toString(), QStringLiteral("DEMF"));

    const Reply unknown = send(m_nam, "GET", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/Nope")), bearer(m_fo));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QString());
    QVERIFY(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("innererror")).isObject());

    const Reply bad = send(m_nam, "GET", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/LegalEntities?$filter=Name eq")), bearer(m_fo));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("innererror")).toObject()
                .value(QStringLiteral("message")).toString().contains(QLatin1String("Expression expected")));
}

void TestSimulator::financeAndOperationsPaging()
{
    int pages = 0;
    const QJsonArray all = getAll(QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/LegalEntities?cross-company=true&$select=LegalEntityId,Name")), m_fo, 3, &pages);
    QCOMPARE(all.size(), 4);
    QCOMPARE(pages, 2);

    const Reply skipTop = send(m_nam, "GET", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/LegalEntities?$skip=1&$top=2")), bearer(m_fo));
    QCOMPARE(skipTop.json().value(QStringLiteral("value")).toArray().size(), 2);
    QVERIFY(!skipTop.json().contains(QStringLiteral("@odata.nextLink")));
}

void TestSimulator::financeAndOperationsWrites()
{
    const QString set = QStringLiteral("DualWriteProjectConfigurations");
    const int before = int(m_sim.rows(QStringLiteral("financeAndOperations"), set).size());
    const QString name = m_sim.rows(QStringLiteral("financeAndOperations"), set).first().value(QStringLiteral("ProjectName")).toString();
    const Reply del = send(m_nam, "DELETE", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/%1(ProjectName='%2')").arg(set, name)), bearer(m_fo));
    QCOMPARE(del.status, 204);
    QCOMPARE(m_sim.rows(QStringLiteral("financeAndOperations"), set).size(), before - 1);

    auto headers = bearer(m_fo);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const Reply post = send(m_nam, "POST", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/") + set), headers,
                            R"({"ProjectName":"DWM_Posted","InternalEntityName":"Customers V3","ExternalEntityName":"accounts","Status":"Enabled"})");
    QCOMPARE(post.status, 201);
    QCOMPARE(post.json().value(QStringLiteral("ProjectName")).toString(), QStringLiteral("DWM_Posted"));
    QCOMPARE(m_sim.rows(QStringLiteral("financeAndOperations"), set).size(), before);
    const Reply dup = send(m_nam, "POST", QUrl(m_sim.foUrl().toString() + QStringLiteral("/data/") + set), headers, R"({"ProjectName":"DWM_Posted"})");
    QCOMPARE(dup.status, 400);
}

void TestSimulator::powerPlatform()
{
    const QString base = m_sim.powerPlatformUrl().toString();
    const Reply r = send(m_nam, "GET", QUrl(base + QStringLiteral("/connectivity/connections?api-version=1")), bearer(m_pp));
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json().value(QStringLiteral("value")).toArray();
    QSet<QString> connectors;
    for (const QJsonValue &v : value) {
        const QJsonObject props = v.toObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.value(QStringLiteral("environment")).toObject().value(QStringLiteral("name")).toString(), m_sim.environmentId());
        QCOMPARE(props.value(QStringLiteral("statuses")).toArray().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Connected"));
        QVERIFY(v.toObject().value(QStringLiteral("id")).toString().startsWith(props.value(QStringLiteral("apiId")).toString() + QStringLiteral("/connections/")));
        connectors.insert(props.value(QStringLiteral("apiId")).toString().section(u'/', -1));
    }
    QVERIFY(connectors.contains(QStringLiteral("shared_commondataserviceforapps")));
    QVERIFY(connectors.contains(QStringLiteral("shared_dynamicsax")));

    const Reply one = send(m_nam, "GET", QUrl(base + QStringLiteral("/connectivity/connectors/shared_dynamicsax/connections?api-version=1")), bearer(m_pp));
    QCOMPARE(one.json().value(QStringLiteral("value")).toArray().size(), 1);

    const Reply noVersion = send(m_nam, "GET", QUrl(base + QStringLiteral("/connectivity/connections")), bearer(m_pp));
    QCOMPARE(noVersion.status, 400);
    QCOMPARE(noVersion.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("MissingApiVersionParameter"));
    QCOMPARE(noVersion.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));

    const Reply missing = send(m_nam, "GET", QUrl(base + QStringLiteral("/connectivity/connectors/shared_dynamicsax/connections/nope?api-version=1")), bearer(m_pp));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("ConnectionNotFound"));
}

void TestSimulator::profileJson()
{
    const QJsonObject p = m_sim.profileJson();
    QCOMPARE(p.value(QStringLiteral("tenantId")).toString(), Simulator::tenantId());
    QCOMPARE(p.value(QStringLiteral("authority")).toString(), m_sim.authorityUrl().toString());
    QCOMPARE(p.value(QStringLiteral("auth")).toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("clientSecret"));
    QCOMPARE(p.value(QStringLiteral("auth")).toObject().value(QStringLiteral("clientId")).toString(), Simulator::clientId());
    QCOMPARE(p.value(QStringLiteral("dataverse")).toObject().value(QStringLiteral("url")).toString(), m_sim.dataverseUrl().toString());
    QCOMPARE(p.value(QStringLiteral("dataverse")).toObject().value(QStringLiteral("environmentId")).toString(), m_sim.environmentId());
    QCOMPARE(p.value(QStringLiteral("financeAndOperations")).toObject().value(QStringLiteral("url")).toString(), m_sim.foUrl().toString());
    QCOMPARE(p.value(QStringLiteral("powerPlatform")).toObject().value(QStringLiteral("url")).toString(), m_sim.powerPlatformUrl().toString());
    QCOMPARE(p.value(QStringLiteral("dualWrite")).toObject().value(QStringLiteral("legalEntities")).toArray(),
             (QJsonArray{QStringLiteral("USMF"), QStringLiteral("DEMF")}));
    QVERIFY(!p.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(m_sim.requestCount(QStringLiteral("dataverse")) > 10);
    QVERIFY(m_sim.requestCount(QStringLiteral("entra")) >= 3);
}

void TestSimulator::signInChallengeFromScenarioFile()
{
    // A scenario file sets what a delegated sign-in meets, as setUserChallenge() does.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int n = 0;
    const auto write = [&](const QByteArray &json) {
        const QString path = dir.filePath(QStringLiteral("s%1.json").arg(++n));
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(json) == json.size() ? path : QString();
    };
    Simulator sim;
    QString error;
    QVERIFY2(sim.loadScenario(write(R"({"name": "mfa", "base": "healthy", "signIn": {"challenge": "mfaRequired"}})"),
                              &error), qPrintable(error));
    QCOMPARE(sim.userChallenge(), dwh::sim::UserChallenge::MfaRequired);
    QVERIFY(sim.loadScenario(write(R"({"name": "c", "base": "healthy", "signIn": {"challenge": "consentDeclined"}})"),
                             &error));
    QCOMPARE(sim.userChallenge(), dwh::sim::UserChallenge::ConsentDeclined);
    QVERIFY(!sim.loadScenario(write(R"({"name": "bad", "base": "healthy", "signIn": {"challenge": "sms"}})"), &error));
    QVERIFY2(error.contains(QLatin1String("signIn.challenge")) && error.contains(QLatin1String("mfaRequired"))
                 && error.contains(QLatin1String("\"sms\"")), qPrintable(error));
    QVERIFY2(sim.loadScenario(QStringLiteral("healthy"), &error), qPrintable(error));
    QCOMPARE(sim.userChallenge(), dwh::sim::UserChallenge::None);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
