// SPDX-License-Identifier: MIT
#include "datasetrequests.h"
#include "profile.h"

#include <QTest>

using namespace dwh;

Q_DECLARE_METATYPE(dwh::Dataset)

class tst_DatasetRequests final : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void exactUrls_data();
    void exactUrls();
    void everyDatasetHasARequest();
    void traceLogsSinceIsATimeBound();
    void queryValuesAreEncoded();
    void urlsKeepTheirEncoding();

private:
    static Profile profile();
};

Profile tst_DatasetRequests::profile()
{
    Profile p;
    p.tenantId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    p.dataverseUrl = QUrl(QStringLiteral("https://contoso.crm4.dynamics.com/"));
    p.foUrl = QUrl(QStringLiteral("https://contoso.sandbox.operations.dynamics.com"));
    p.environmentId = QStringLiteral("0b2c3d4e-0000-0000-0000-000000000123");
    return p;
}

void tst_DatasetRequests::exactUrls_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::addColumn<QString>("url");

    const QString dv = QStringLiteral("https://contoso.crm4.dynamics.com/api/data/v9.2/");
    const QString fo = QStringLiteral("https://contoso.sandbox.operations.dynamics.com/data/");
    QTest::newRow("dv.whoami") << Dataset::DvWhoAmI << dv + QStringLiteral("WhoAmI");
    QTest::newRow("dv.userRoles")
        << Dataset::DvUserRoles
        << dv + QStringLiteral("systemusers(11111111-2222-3333-4444-555555555555)/"
                               "systemuserroles_association?$select=name,roleid,"
                               "_roletemplateid_value");
    QTest::newRow("dv.solutions")
        << Dataset::DvSolutions
        << dv + QStringLiteral(
               "solutions?$select=uniquename,friendlyname,version,ismanaged&$filter=uniquename%20"
               "eq%20'DualWriteCore'%20or%20uniquename%20eq%20'msdyn_DualWriteCore'%20or%20"
               "uniquename%20eq%20'Dynamics365Company'%20or%20uniquename%20eq%20"
               "'Dynamics365FinanceAndOperationsCommon'%20or%20uniquename%20eq%20"
               "'CurrencyExchangeRates'%20or%20uniquename%20eq%20'Dynamics365FinanceExtended'"
               "%20or%20uniquename%20eq%20'Dynamics365SupplyChainExtended'%20or%20uniquename"
               "%20eq%20'ProspectToCash'");
    QTest::newRow("dv.companies")
        << Dataset::DvCompanies
        << dv + QStringLiteral("cdm_companies?$select=cdm_companyid,cdm_companycode,cdm_name,"
                               "cdm_isenabledfordualwrite,_cdm_defaultowningteam_value");
    QTest::newRow("dv.rootBusinessUnit")
        << Dataset::DvRootBusinessUnit
        << dv + QStringLiteral("businessunits?$select=businessunitid,name&$filter="
                               "_parentbusinessunitid_value%20eq%20null");
    QTest::newRow("dv.rootDefaultTeam")
        << Dataset::DvRootDefaultTeam
        << dv + QStringLiteral("teams?$select=teamid,name,isdefault,_businessunitid_value&"
                               "$filter=isdefault%20eq%20true%20and%20businessunitid/"
                               "_parentbusinessunitid_value%20eq%20null");
    QTest::newRow("dv.appUsers")
        << Dataset::DvAppUsers
        << dv + QStringLiteral("systemusers?$select=systemuserid,fullname,applicationid,"
                               "isdisabled&$filter=applicationid%20eq%20"
                               "00000015-0000-0000-c000-000000000000%20or%20applicationid%20eq"
                               "%202e49aa60-1bd3-43b6-8ab6-03ada3d9f08b");
    QTest::newRow("dv.pluginAssemblies")
        << Dataset::DvPluginAssemblies
        << dv + QStringLiteral("pluginassemblies?$select=pluginassemblyid,name,version&$filter="
                               "name%20eq%20'DualWriteRuntime.Plugins'%20or%20name%20eq%20"
                               "'DualWriteRegistration.Plugins'");
    QTest::newRow("dv.pluginSteps")
        << Dataset::DvPluginSteps
        << dv + QStringLiteral("sdkmessageprocessingsteps?$select=sdkmessageprocessingstepid,"
                               "name,statecode,_plugintypeid_value&$expand=plugintypeid("
                               "$select=assemblyname)&$filter=plugintypeid/assemblyname%20eq%20"
                               "'DualWriteRuntime.Plugins'%20or%20plugintypeid/assemblyname%20"
                               "eq%20'DualWriteRegistration.Plugins'");
    QTest::newRow("dv.runtimeConfigs")
        << Dataset::DvRuntimeConfigs
        << dv + QStringLiteral("msdyn_dualwriteruntimeconfigs?$select="
                               "msdyn_dualwriteruntimeconfigid,msdyn_name,"
                               "msdyn_internalentityname,msdyn_externalentityname");
    QTest::newRow("fo.legalEntities")
        << Dataset::FoLegalEntities
        << fo + QStringLiteral("LegalEntities?cross-company=true&$select=LegalEntityId,Name");
    QTest::newRow("fo.projectConfigs")
        << Dataset::FoProjectConfigs
        << fo + QStringLiteral("DualWriteProjectConfigurations?cross-company=true&$select="
                               "ProjectName,InternalEntityName,ExternalEntityName,"
                               "ExternalEnvironmentUrl,Status");
    QTest::newRow("dv.runtimeConfigsFull")
        << Dataset::DvRuntimeConfigsFull << dv + QStringLiteral("msdyn_dualwriteruntimeconfigs");
    QTest::newRow("fo.projectConfigsFull")
        << Dataset::FoProjectConfigsFull
        << fo + QStringLiteral("DualWriteProjectConfigurations?cross-company=true");
    QTest::newRow("fo.entraApplications")
        << Dataset::FoEntraApplications << fo + QStringLiteral("SysAADClientTables");
    QTest::newRow("fo.systemAdministrators")
        << Dataset::FoSystemAdministrators
        << fo + QStringLiteral("SecurityUserRoleAssociations?$select=UserId,SecurityRoleIdentifier,"
                               "SecurityRoleName,AssignmentStatus&$filter=SecurityRoleIdentifier%20eq"
                               "%20'-SYSADMIN-'");
    QTest::newRow("pp.connections")
        << Dataset::PpConnections
        << QStringLiteral("https://0b2c3d4e0000000000000000000001.23.environment.api."
                          "powerplatform.com/connectivity/connections?api-version=1");
    QTest::newRow("pp.environment")
        << Dataset::PpEnvironment
        << QStringLiteral("https://api.bap.microsoft.com/providers/Microsoft.BusinessAppPlatform/"
                          "scopes/admin/environments/0b2c3d4e-0000-0000-0000-000000000123?"
                          "api-version=2023-06-01");
    QTest::newRow("dv.businessUnits")
        << Dataset::DvBusinessUnits
        << dv + QStringLiteral("businessunits?$select=businessunitid,name,_parentbusinessunitid_value");
    QTest::newRow("dv.ownerTeams")
        << Dataset::DvOwnerTeams
        << dv + QStringLiteral("teams?$select=teamid,name,isdefault,teamtype,_businessunitid_value&"
                               "$filter=teamtype%20eq%200");
    QTest::newRow("dv.appUserRoles")
        << Dataset::DvAppUserRoles
        << dv + QStringLiteral("systemusers?$select=systemuserid,fullname,applicationid,isdisabled&"
                               "$expand=systemuserroles_association($select=name,roleid,"
                               "_roletemplateid_value)&$filter=applicationid%20eq%20"
                               "00000015-0000-0000-c000-000000000000%20or%20applicationid%20eq%20"
                               "2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b");
    QTest::newRow("dv.teamRoles")
        << Dataset::DvTeamRoles
        << dv + QStringLiteral("teams?$select=teamid,name,isdefault,_businessunitid_value&"
                               "$expand=teamroles_association($select=name,roleid,"
                               "_roletemplateid_value)&$filter=teamtype%20eq%200");
    QTest::newRow("dv.organization")
        << Dataset::DvOrganization
        << dv + QStringLiteral("organizations?$select=organizationid,plugintracelogsetting");
    QTest::newRow("dv.traceLogs (no time bound)")
        << Dataset::DvTraceLogs
        << dv + QStringLiteral("plugintracelogs?$select=plugintracelogid,typename,messagename,"
                               "primaryentity,exceptiondetails,correlationid,createdon&$filter="
                               "startswith(typename,'Microsoft.Dynamics.Integrator.DualWriteRuntime')"
                               "&$orderby=createdon%20desc");
}

void tst_DatasetRequests::exactUrls()
{
    QFETCH(Dataset, dataset);
    QFETCH(QString, url);
    const QUrl built = datasetUrl(profile(), dataset,
                                  QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QVERIFY(built.isValid());
    QCOMPARE(built.toString(QUrl::FullyEncoded), url);
    // What QNetworkAccessManager puts on the wire.
    QCOMPARE(QString::fromLatin1(built.toEncoded()), url);
}

void tst_DatasetRequests::everyDatasetHasARequest()
{
    for (Dataset dataset : allDatasets()) {
        const QString path = datasetPathAndQuery(dataset, QStringLiteral("u"));
        QVERIFY2(path.startsWith(QLatin1Char('/')), qPrintable(datasetName(dataset)));
        QVERIFY(!path.contains(QLatin1Char(' ')));
    }
    QVERIFY(!isCollection(Dataset::DvWhoAmI));
    QVERIFY(!isCollection(Dataset::PpEnvironment));
    QVERIFY(isCollection(Dataset::DvSolutions));
}

void tst_DatasetRequests::traceLogsSinceIsATimeBound()
{
    const QDateTime since(QDate(2026, 12, 4), QTime(6, 30, 5), Qt::UTC);
    QCOMPARE(datasetPathAndQuery(Dataset::DvTraceLogs, QString(), QString(), since),
             QStringLiteral("/api/data/v9.2/plugintracelogs?$select=plugintracelogid,typename,"
                            "messagename,primaryentity,exceptiondetails,correlationid,createdon&"
                            "$filter=startswith(typename,'Microsoft.Dynamics.Integrator."
                            "DualWriteRuntime')%20and%20createdon%20ge%202026-12-04T06:30:05Z&"
                            "$orderby=createdon%20desc"));
    // The other datasets ignore it.
    QCOMPARE(datasetPathAndQuery(Dataset::DvCompanies, QString(), QString(), since),
             datasetPathAndQuery(Dataset::DvCompanies));
}

void tst_DatasetRequests::queryValuesAreEncoded()
{
    QCOMPARE(encodeQueryValue(QStringLiteral("name eq 'A&B+C#D%E'")),
             QByteArray("name%20eq%20'A%26B%2BC%23D%25E'"));
    QCOMPARE(encodeQueryValue(QStringLiteral("plugintypeid($select=assemblyname)")),
             QByteArray("plugintypeid($select=assemblyname)"));
    QCOMPARE(encodeQueryValue(QStringLiteral("Müller")), QByteArray("M%C3%BCller"));
}

void tst_DatasetRequests::urlsKeepTheirEncoding()
{
    // A base URL with a path prefix (a reverse proxy) keeps it; the trailing slash is dropped.
    Profile p = profile();
    p.dataverseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/dv/"));
    QCOMPARE(datasetUrl(p, Dataset::DvWhoAmI).toString(),
             QStringLiteral("http://127.0.0.1:8080/dv/api/data/v9.2/WhoAmI"));
    p.powerPlatformUrl = QUrl(QStringLiteral("http://127.0.0.1:9/pp"));
    QCOMPARE(datasetUrl(p, Dataset::PpConnections).toString(),
             QStringLiteral("http://127.0.0.1:9/pp/connectivity/connections?api-version=1"));
    // With powerPlatform.url set, the admin API is read only where powerPlatform.adminUrl says.
    QVERIFY(datasetUrl(p, Dataset::PpEnvironment).isEmpty());
    p.powerPlatformAdminUrl = QUrl(QStringLiteral("http://127.0.0.1:9/bap"));
    QCOMPARE(datasetUrl(p, Dataset::PpEnvironment).toString(),
             QStringLiteral("http://127.0.0.1:9/bap/providers/Microsoft.BusinessAppPlatform/scopes/admin/"
                            "environments/0b2c3d4e-0000-0000-0000-000000000123?api-version=2023-06-01"));
    QCOMPARE(p.tokenScope(Service::PowerPlatformAdmin), QStringLiteral("https://service.powerapps.com/.default"));
}

QTEST_GUILESS_MAIN(tst_DatasetRequests)
#include "tst_datasetrequests.moc"
