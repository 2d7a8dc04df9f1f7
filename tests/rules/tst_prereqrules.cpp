// SPDX-License-Identifier: MIT
// The prerequisite checks on hand-built snapshots: pass, each failure, unknown.
#include "ruleset.h"
#include "ruletesthelpers.h"

#include <QtTest>

using namespace dwh;
using namespace dwh::test;

class tst_PrereqRules : public QObject
{
    Q_OBJECT
private slots:
    void dataverseAccessPass();
    void accessUnknown_data();
    void accessUnknown();
    void whoAmIWithoutIdsIsUnknown();
    void foAccessPass();
    void foAccessListsAtMostAHundredLegalEntities();
    void companyNamesListAtMostTwentyNames();
    void pageCapMakesTheCheckUnknown();
    void dualWriteCore_data();
    void dualWriteCore();
    void solutionVersions_data();
    void solutionVersions();
    void prospectToCash();
    void appUsers_data();
    void appUsers();
    void plugins_data();
    void plugins();
    void userRoles_data();
    void userRoles();
    void companyNames_data();
    void companyNames();
    void legalEntityCount_data();
    void legalEntityCount();
    void legalEntityCountFromDataverse();
};

static void verifyContainsAll(const QString &text, const QStringList &parts)
{
    for (const QString &part : parts)
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("'%1' not in '%2'").arg(part, text)));
}

void tst_PrereqRules::dataverseAccessPass()
{
    const CheckResult r = run(QStringLiteral("prereq.dataverse-access"), healthySnapshot());
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.details.value(QStringLiteral("userId")).toString(), QStringLiteral("user-1"));
    QCOMPARE(r.details.value(QStringLiteral("organizationId")).toString(), QStringLiteral("org-1"));
    QCOMPARE(r.details.value(QStringLiteral("businessUnitId")).toString(), QStringLiteral("bu-root"));
    verifyContainsAll(r.message, {QStringLiteral("user-1"), QStringLiteral("org-1")});
    QCOMPARE(r.evidence.size(), 1);
}

void tst_PrereqRules::accessUnknown_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("dataset");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("phrase");
    const QString dv = QStringLiteral("prereq.dataverse-access");
    const QString fo = QStringLiteral("prereq.fo-access");
    const int who = int(Dataset::DvWhoAmI);
    const int le = int(Dataset::FoLegalEntities);
    QTest::newRow("dv 401") << dv << who << 401 << QString() << "Dataverse: HTTP 401 Unauthorized" << "signInRefused" << "refused the sign-in";
    QTest::newRow("dv token refused") << dv << who << 401 << "entra" << "Microsoft Entra ID: AADSTS7000215: Invalid client secret provided." << "signInRefused" << "AADSTS7000215";
    QTest::newRow("dv 403") << dv << who << 403 << QString() << "Dataverse: HTTP 403" << "accessDenied" << "denied access";
    QTest::newRow("dv throttled") << dv << who << 429 << QString() << "Dataverse: throttled (429) past the retry budget" << "throttled" << "throttled";
    QTest::newRow("dv unreachable") << dv << who << 0 << QString() << "Dataverse: Host not found" << "unreachable" << "could not be reached";
    QTest::newRow("dv 503") << dv << who << 503 << QString() << "Dataverse: HTTP 503" << "serviceError" << "server error";
    QTest::newRow("dv bad json") << dv << who << 200 << QString() << "Dataverse: the answer is not JSON" << "badAnswer" << "could not be read";
    QTest::newRow("fo 401") << fo << le << 401 << QString() << "Finance and operations: HTTP 401" << "signInRefused" << "refused the sign-in";
    QTest::newRow("fo unreachable") << fo << le << 0 << QString() << "Finance and operations: timed out" << "unreachable" << "could not be reached";
    QTest::newRow("fo token refused") << fo << le << 400 << "entra" << "AADSTS700016: Application not found" << "signInRefused" << "AADSTS700016";
}

void tst_PrereqRules::accessUnknown()
{
    QFETCH(QString, id);
    QFETCH(int, dataset);
    QFETCH(int, httpStatus);
    QFETCH(QString, service);
    QFETCH(QString, error);
    QFETCH(QString, reason);
    QFETCH(QString, phrase);
    Snapshot s = healthySnapshot();
    s.set(Dataset(dataset), failedResult(Dataset(dataset), httpStatus, error, service));
    const CheckResult r = run(id, s);
    // Never `fail` for a service that could not be judged, and never `pass`.
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    QCOMPARE(r.codes, ruleById(id).descriptor.codes);
    QCOMPARE(r.details.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(r.details.value(QStringLiteral("dataset")).toString(), datasetName(Dataset(dataset)));
    verifyContainsAll(r.message, {phrase});
    QVERIFY(!r.remediation.steps.isEmpty());
    QCOMPARE(r.evidence.size(), 1);
}

void tst_PrereqRules::whoAmIWithoutIdsIsUnknown()
{
    const Snapshot s = with(healthySnapshot(), Dataset::DvWhoAmI,
                            {QJsonObject{{QStringLiteral("@odata.context"), QStringLiteral("x")}}});
    const CheckResult r = run(QStringLiteral("prereq.dataverse-access"), s);
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    QCOMPARE(r.details.value(QStringLiteral("reason")).toString(), QStringLiteral("badAnswer"));
}

void tst_PrereqRules::foAccessPass()
{
    const CheckResult r = run(QStringLiteral("prereq.fo-access"), healthySnapshot());
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.details.value(QStringLiteral("legalEntityCount")).toInt(), 3);
    QCOMPARE(r.details.value(QStringLiteral("legalEntities")).toArray().first().toString(),
             QStringLiteral("usmf"));
    verifyContainsAll(r.message, {QStringLiteral("legal entities read: 3")});
}

void tst_PrereqRules::foAccessListsAtMostAHundredLegalEntities()
{
    QList<QJsonObject> rows;
    for (int i = 0; i < 250; ++i)
        rows << QJsonObject{{QStringLiteral("LegalEntityId"), QStringLiteral("E%1").arg(i)}};
    const CheckResult r =
        run(QStringLiteral("prereq.fo-access"), with(healthySnapshot(), Dataset::FoLegalEntities, rows));
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.details.value(QStringLiteral("legalEntityCount")).toInt(), 250);
    const QJsonArray listed = r.details.value(QStringLiteral("legalEntities")).toArray();
    QCOMPARE(listed.size(), 100);
    QCOMPARE(listed.first().toString(), QStringLiteral("E0"));
    QCOMPARE(listed.last().toString(), QStringLiteral("E99"));
    QCOMPARE(r.details.value(QStringLiteral("notListed")).toObject()
                 .value(QStringLiteral("legalEntities")).toInt(), 150);
    verifyContainsAll(r.message, {QStringLiteral("legal entities read: 250")});
}

void tst_PrereqRules::companyNamesListAtMostTwentyNames()
{
    QList<QJsonObject> rows;
    for (int i = 0; i < 30; ++i)
        rows << company(QStringLiteral("c-%1").arg(i), QStringLiteral("C%1").arg(i), QString(),
                        false, QJsonValue());
    const CheckResult r = run(QStringLiteral("prereq.company-names"),
                              with(healthySnapshot(), Dataset::DvCompanies, rows));
    QCOMPARE(statusName(r), QStringLiteral("fail"));
    verifyContainsAll(r.message, {QStringLiteral("and 10 more")});
    QVERIFY(!r.message.contains(QLatin1String("\"C20\"")));
    QCOMPARE(r.details.value(QStringLiteral("blank")).toArray().size(), 30);  // under 100: whole
    QVERIFY(!r.details.contains(QStringLiteral("notListed")));
}

void tst_PrereqRules::pageCapMakesTheCheckUnknown()
{
    Snapshot s = healthySnapshot();
    DatasetResult capped = failedResult(Dataset::DvCompanies, 200,
                                        QStringLiteral("Dataverse: more than 2 pages"));
    capped.pageCapHit = true;
    s.set(Dataset::DvCompanies, capped);
    const CheckResult r = run(QStringLiteral("prereq.company-names"), s);
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    const QJsonObject failure =
        r.details.value(QStringLiteral("unreadable")).toArray().first().toObject();
    QCOMPARE(failure.value(QStringLiteral("reason")).toString(), QStringLiteral("pageCap"));
    verifyContainsAll(r.message, {QStringLiteral("more than 2 pages")});
}

void tst_PrereqRules::dualWriteCore_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("DualWriteCore") << QJsonArray{solution(QStringLiteral("DualWriteCore"), QStringLiteral("1.0.16.0"))}
                                   << "pass" << QStringList{"DualWriteCore 1.0.16.0"};
    QTest::newRow("msdyn_DualWriteCore") << QJsonArray{solution(QStringLiteral("msdyn_DualWriteCore"), QStringLiteral("1.0.30.0"))}
                                         << "pass" << QStringList{"msdyn_DualWriteCore 1.0.30.0"};
    QTest::newRow("other case") << QJsonArray{solution(QStringLiteral("dualwritecore"), QStringLiteral("1.0"))}
                                << "pass" << QStringList{"dualwritecore"};
    QTest::newRow("missing") << QJsonArray{solution(QStringLiteral("Dynamics365Company"), QStringLiteral("2.0.133"))}
                             << "fail" << QStringList{"not installed", "DualWriteCore, msdyn_DualWriteCore"};
    QTest::newRow("no solutions") << QJsonArray{} << "fail" << QStringList{"not installed"};
}

void tst_PrereqRules::dualWriteCore()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    const CheckResult r = run(QStringLiteral("prereq.dual-write-core"),
                              with(healthySnapshot(), Dataset::DvSolutions, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QCOMPARE(r.codes.isEmpty(), status == QLatin1String("pass"));
    QCOMPARE(r.details.value(QStringLiteral("found")).toArray().isEmpty(), status == QLatin1String("fail"));
}

void tst_PrereqRules::solutionVersions_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<int>("below");
    auto all = [](const QString &company, const QString &finance) {
        return QJsonArray{solution(QStringLiteral("Dynamics365Company"), company),
                          solution(QStringLiteral("Dynamics365FinanceAndOperationsCommon"), QStringLiteral("2.0.133.0")),
                          solution(QStringLiteral("CurrencyExchangeRates"), QStringLiteral("2.0.133.0")),
                          solution(QStringLiteral("Dynamics365FinanceExtended"), finance),
                          solution(QStringLiteral("Dynamics365SupplyChainExtended"), QStringLiteral("2.0.227.0"))};
    };
    QTest::newRow("all at minimum") << all("2.0.133.0", "2.0.227") << "pass" << QStringList{"Dynamics365Company 2.0.133.0"} << 0;
    QTest::newRow("doc example") << all("2.0.2.10", "2.0.227")
                                 << "fail" << QStringList{"Dynamics365Company at 2.0.2.10, requires 2.0.133"} << 1;
    QTest::newRow("two below") << all("1.0.0.0", "1.0.0.0") << "fail"
                               << QStringList{"Dynamics365Company at 1.0.0.0, requires 2.0.133",
                                              "Dynamics365FinanceExtended at 1.0.0.0, requires 2.0.227"} << 2;
    QTest::newRow("not installed is listed, not failed")
        << QJsonArray{solution(QStringLiteral("Dynamics365Company"), QStringLiteral("2.0.150"))}
        << "pass" << QStringList{"Not installed: Dynamics365FinanceAndOperationsCommon", "Dynamics365SupplyChainExtended"} << 0;
    QTest::newRow("malformed is not a pass") << all("2.0.x", "2.0.227") << "unknown" << QStringList{"\"2.0.x\""} << 0;
    QTest::newRow("blank version is not a pass") << all("", "2.0.227") << "unknown" << QStringList{"Dynamics365Company"} << 0;
    QTest::newRow("malformed and below") << all("garbage", "2.0.1") << "fail"
                                         << QStringList{"Dynamics365FinanceExtended at 2.0.1, requires 2.0.227", "\"garbage\""} << 1;
    QTest::newRow("none installed") << QJsonArray{} << "pass" << QStringList{"None of the versioned"} << 0;
}

void tst_PrereqRules::solutionVersions()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    QFETCH(int, below);
    const CheckResult r = run(QStringLiteral("prereq.solution-versions"),
                              with(healthySnapshot(), Dataset::DvSolutions, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QCOMPARE(r.details.value(QStringLiteral("below")).toArray().size(), below);
    QCOMPARE(r.codes, status == QLatin1String("fail") ? QStringList{QStringLiteral("DWHC0202")} : QStringList());
    if (status != QLatin1String("pass"))
        QCOMPARE(r.remediation.docUrl, ruleById(QStringLiteral("prereq.solution-versions")).descriptor.docUrl);
}

void tst_PrereqRules::prospectToCash()
{
    const CheckResult pass = run(QStringLiteral("prereq.prospect-to-cash"), healthySnapshot());
    QCOMPARE(statusName(pass), QStringLiteral("pass"));
    QVERIFY(pass.details.value(QStringLiteral("installed")).isNull());

    Snapshot s = healthySnapshot();
    QList<QJsonObject> rows = s.get(Dataset::DvSolutions).rows;
    rows << solution(QStringLiteral("ProspectToCash"), QStringLiteral("3.1.0.2"));
    const CheckResult fail = run(QStringLiteral("prereq.prospect-to-cash"), with(s, Dataset::DvSolutions, rows));
    QCOMPARE(statusName(fail), QStringLiteral("fail"));
    QCOMPARE(fail.codes, QStringList{QStringLiteral("DWHC0203")});
    verifyContainsAll(fail.message, {QStringLiteral("ProspectToCash"), QStringLiteral("3.1.0.2")});
    QCOMPARE(fail.details.value(QStringLiteral("installed")).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral("3.1.0.2"));
}

void tst_PrereqRules::appUsers_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<int>("missing");
    QTest::addColumn<int>("disabled");
    const QJsonObject fo = appUser(QStringLiteral("su-1"), FoAppId, QStringLiteral("FO app"), false);
    const QJsonObject di = appUser(QStringLiteral("su-2"), DiAppId, QStringLiteral("DI app"), false);
    const QJsonObject diOff = appUser(QStringLiteral("su-3"), DiAppId, QStringLiteral("DI app off"), true);
    QTest::newRow("both enabled") << QJsonArray{fo, di} << "pass" << QStringList{"FO app", "DI app"} << 0 << 0;
    QTest::newRow("fo missing") << QJsonArray{di} << "fail" << QStringList{FoAppId} << 1 << 0;
    QTest::newRow("both missing") << QJsonArray{} << "fail" << QStringList{FoAppId, DiAppId} << 2 << 0;
    QTest::newRow("di disabled") << QJsonArray{fo, diOff} << "fail"
                                 << QStringList{"\"DI app off\" (su-3)", DiAppId, "is disabled"} << 0 << 1;
    QTest::newRow("one of two enabled") << QJsonArray{fo, diOff, di} << "pass" << QStringList{"DI app"} << 0 << 0;
    QTest::newRow("id case and braces")
        << QJsonArray{appUser(QStringLiteral("a"), QStringLiteral("{00000015-0000-0000-C000-000000000000}"), QStringLiteral("x"), false),
                      appUser(QStringLiteral("b"), DiAppId.toUpper(), QStringLiteral("y"), false)}
        << "pass" << QStringList{} << 0 << 0;
}

void tst_PrereqRules::appUsers()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    QFETCH(int, missing);
    QFETCH(int, disabled);
    const CheckResult r = run(QStringLiteral("prereq.app-users"), with(healthySnapshot(), Dataset::DvAppUsers, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QCOMPARE(r.details.value(QStringLiteral("missing")).toArray().size(), missing);
    QCOMPARE(r.details.value(QStringLiteral("disabled")).toArray().size(), disabled);
}

void tst_PrereqRules::plugins_data()
{
    QTest::addColumn<QJsonArray>("assemblies");
    QTest::addColumn<QJsonArray>("steps");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QStringList>("disabledSteps");
    const QJsonObject runtime{{QStringLiteral("pluginassemblyid"), QStringLiteral("pa-1")},
                              {QStringLiteral("name"), QStringLiteral("DualWriteRuntime.Plugins")}};
    const QJsonObject registration{{QStringLiteral("pluginassemblyid"), QStringLiteral("pa-2")},
                                   {QStringLiteral("name"), QStringLiteral("DualWriteRegistration.Plugins")}};
    const QJsonObject s1 = pluginStep(QStringLiteral("st-1"), QStringLiteral("PostCommit Create"), QStringLiteral("DualWriteRuntime.Plugins"), 0);
    const QJsonObject s2off = pluginStep(QStringLiteral("st-2"), QStringLiteral("PostCommit Update"), QStringLiteral("DualWriteRuntime.Plugins"), 1);
    const QJsonObject s3 = pluginStep(QStringLiteral("st-3"), QStringLiteral("Register"), QStringLiteral("DualWriteRegistration.Plugins"), 0);
    QTest::newRow("all enabled") << QJsonArray{runtime, registration} << QJsonArray{s1, s3} << "pass"
                                 << QStringList{"DualWriteRuntime.Plugins (steps: 1)", "DualWriteRegistration.Plugins"} << QStringList{};
    QTest::newRow("step disabled") << QJsonArray{runtime, registration} << QJsonArray{s1, s2off, s3} << "fail"
                                   << QStringList{"PostCommit Update (DualWriteRuntime.Plugins)"} << QStringList{"st-2"};
    QTest::newRow("assembly missing") << QJsonArray{runtime} << QJsonArray{s1, s3} << "fail"
                                      << QStringList{"not registered in Dataverse: DualWriteRegistration.Plugins"} << QStringList{};
    QTest::newRow("assembly without steps") << QJsonArray{runtime, registration} << QJsonArray{s1} << "fail"
                                            << QStringList{"without any processing step: DualWriteRegistration.Plugins"} << QStringList{};
    QTest::newRow("nothing") << QJsonArray{} << QJsonArray{} << "fail"
                             << QStringList{"DualWriteRuntime.Plugins, DualWriteRegistration.Plugins"} << QStringList{};
}

void tst_PrereqRules::plugins()
{
    QFETCH(QJsonArray, assemblies);
    QFETCH(QJsonArray, steps);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    QFETCH(QStringList, disabledSteps);
    Snapshot s = with(healthySnapshot(), Dataset::DvPluginAssemblies, rowsOf(assemblies));
    s = with(s, Dataset::DvPluginSteps, rowsOf(steps));
    const CheckResult r = run(QStringLiteral("prereq.plugins"), s);
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QStringList ids;
    for (const QJsonValue &v : r.details.value(QStringLiteral("disabledSteps")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids, disabledSteps);
    QCOMPARE(r.evidence.size(), 2);
}

void tst_PrereqRules::userRoles_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    auto role = [](const QString &name, const QJsonValue &templ) {
        return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("roleid"), QStringLiteral("r-") + name},
                           {QStringLiteral("_roletemplateid_value"), templ}};
    };
    QTest::newRow("admin by template") << QJsonArray{role(QStringLiteral("Basic User"), QJsonValue::Null), role(QStringLiteral("Admin (renamed)"), SysAdminTemplate)}
                                       << "pass" << QStringList{"user-1"};
    QTest::newRow("admin by name") << QJsonArray{role(QStringLiteral("System Administrator"), QJsonValue::Null)} << "pass" << QStringList{};
    QTest::newRow("customizer only") << QJsonArray{role(QStringLiteral("System Customizer"), QStringLiteral("119f245c-3cc8-4b62-b31c-d1a046ced15d")), role(QStringLiteral("Dual-write app user"), QJsonValue::Null)}
                                     << "fail" << QStringList{"user-1", "System Customizer, Dual-write app user"};
    QTest::newRow("no roles") << QJsonArray{} << "fail" << QStringList{"no security role"};
}

void tst_PrereqRules::userRoles()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    const CheckResult r = run(QStringLiteral("prereq.user-roles"), with(healthySnapshot(), Dataset::DvUserRoles, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QCOMPARE(r.details.value(QStringLiteral("systemAdministrator")).toBool(), status == QLatin1String("pass"));
    QCOMPARE(r.details.value(QStringLiteral("userId")).toString(), QStringLiteral("user-1"));
}

void tst_PrereqRules::companyNames_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("blank");
    const QJsonObject a = company(QStringLiteral("c1"), QStringLiteral("USMF"), QStringLiteral("Contoso"), true, QStringLiteral("t"));
    const QJsonObject b = company(QStringLiteral("c2"), QStringLiteral("DEMF"), QStringLiteral("contoso "), true, QStringLiteral("t"));
    const QJsonObject c = company(QStringLiteral("c3"), QStringLiteral("DAT"), QStringLiteral("DAT"), false, QJsonValue::Null);
    const QJsonObject d = company(QStringLiteral("c4"), QStringLiteral("GBSI"), QStringLiteral("DAT"), false, QJsonValue::Null);
    const QJsonObject blank = company(QStringLiteral("c5"), QStringLiteral("FRRT"), QStringLiteral("  "), true, QStringLiteral("t"));
    QTest::newRow("unique") << QJsonArray{a, c} << "pass" << QStringList{"rows checked: 2"} << 0 << 0;
    QTest::newRow("case and space duplicate") << QJsonArray{a, b, c} << "fail"
                                              << QStringList{"\"Contoso\" (company codes USMF, DEMF)", "An item with the same key has already been added"} << 1 << 0;
    QTest::newRow("two groups") << QJsonArray{a, b, c, d} << "fail" << QStringList{"\"DAT\" (company codes DAT, GBSI)", "\"Contoso\""} << 2 << 0;
    QTest::newRow("blank name") << QJsonArray{a, blank} << "fail" << QStringList{"blank name", "\"FRRT\" (c5)", "An item with the same key"} << 0 << 1;
}

void tst_PrereqRules::companyNames()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    QFETCH(int, duplicates);
    QFETCH(int, blank);
    const CheckResult r = run(QStringLiteral("prereq.company-names"), with(healthySnapshot(), Dataset::DvCompanies, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QCOMPARE(r.details.value(QStringLiteral("duplicates")).toArray().size(), duplicates);
    QCOMPARE(r.details.value(QStringLiteral("blank")).toArray().size(), blank);
    if (status == QLatin1String("fail")) {
        QCOMPARE(r.codes, QStringList{QStringLiteral("DWHC0501")});
        QCOMPARE(r.remediation.docUrl, ruleById(QStringLiteral("prereq.company-names")).descriptor.docUrl);
    }
}

void tst_PrereqRules::legalEntityCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("1") << 1 << "pass" << "selected for dual-write: 1 (";
    QTest::newRow("40") << 40 << "pass" << "selected for dual-write: 40 (";
    QTest::newRow("41") << 41 << "warning" << "initial synchronization supports at most 40";
    QTest::newRow("250") << 250 << "warning" << "selected for dual-write: 250;";
    QTest::newRow("251") << 251 << "fail" << "live synchronization supports at most 250";
}

void tst_PrereqRules::legalEntityCount()
{
    QFETCH(int, count);
    QFETCH(QString, status);
    QFETCH(QString, phrase);
    LinkContext c = healthyContext();
    c.legalEntitiesFromProfile = true;
    for (int i = 0; i < count; ++i)
        c.selectedLegalEntities << QStringLiteral("LE%1").arg(i);
    c.selectedLegalEntities << QStringLiteral("le0");  // the same code twice counts once
    const CheckResult r = run(QStringLiteral("prereq.legal-entity-count"), healthySnapshot(), c);
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, {phrase});
    QCOMPARE(r.details.value(QStringLiteral("count")).toInt(), count);
    QCOMPARE(r.details.value(QStringLiteral("source")).toString(), QStringLiteral("profile"));
    QCOMPARE(r.codes.isEmpty(), status == QLatin1String("pass"));
    QVERIFY(r.evidence.isEmpty());  // nothing read: the profile lists them
}

void tst_PrereqRules::legalEntityCountFromDataverse()
{
    const CheckResult r = run(QStringLiteral("prereq.legal-entity-count"), healthySnapshot());
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.details.value(QStringLiteral("source")).toString(), QStringLiteral("dataverse"));
    QCOMPARE(r.details.value(QStringLiteral("selected")).toArray(),
             (QJsonArray{QStringLiteral("USMF"), QStringLiteral("DEMF")}));
    const CheckResult unknown = run(QStringLiteral("prereq.legal-entity-count"),
                                    withFailure(healthySnapshot(), Dataset::DvCompanies, 429,
                                                QStringLiteral("Dataverse: throttled")));
    QCOMPARE(statusName(unknown), QStringLiteral("unknown"));
    QVERIFY(unknown.message.contains(QLatin1String("Company table")));
}

QTEST_GUILESS_MAIN(tst_PrereqRules)
#include "tst_prereqrules.moc"
