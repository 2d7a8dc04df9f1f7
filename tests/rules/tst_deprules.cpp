// SPDX-License-Identifier: MIT
// The dependency checks on hand-built snapshots: pass, each failure, unknown.
#include "ruleset.h"
#include "ruletesthelpers.h"

#include <QtTest>

using namespace dwh;
using namespace dwh::test;

class tst_DepRules : public QObject
{
    Q_OBJECT
private slots:
    void apiHub_data();
    void apiHub();
    void companyDataverse_data();
    void companyDataverse();
    void companyFo_data();
    void companyFo();
    void owningTeam_data();
    void owningTeam();
    void staleFo_data();
    void staleFo();
    void staleFoLongListIsCappedInMessageOnly();
    void staleDataverse_data();
    void staleDataverse();
    void defaultTeamName_data();
    void defaultTeamName();
    void selectionUnknownIsNeverPass();
    void linkConfirmedByAdminApi();
    void linkContradictedByAdminApi();
    void adminApiUnreadableFallsBackToFo();
    void mappedBusinessUnitRenamed();
    void mappedBusinessUnitsUnreadableIsNotPass();
};

static void verifyContainsAll(const QString &text, const QStringList &parts)
{
    for (const QString &part : parts)
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("'%1' not in '%2'").arg(part, text)));
}

static QStringList stringsOf(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

static LinkContext profileSelecting(const QStringList &codes)
{
    LinkContext c = healthyContext();
    c.legalEntitiesFromProfile = true;
    c.selectedLegalEntities = codes;
    return c;
}

void tst_DepRules::apiHub_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<int>("notConnected");
    const QString dvApi = QStringLiteral("shared_commondataserviceforapps");
    const QString foApi = QStringLiteral("shared_dynamicsax");
    const QJsonObject dvOk = connection(QStringLiteral("dv-conn"), dvApi, QStringLiteral("Connected"));
    const QJsonObject dvErr = connection(QStringLiteral("dv-old"), dvApi, QStringLiteral("Error"));
    const QJsonObject foOk = connection(QStringLiteral("fo-conn"), foApi, QStringLiteral("Connected"));
    const QJsonObject foNone = connection(QStringLiteral("fo-nostatus"), foApi, QString());
    const QJsonObject other = connection(QStringLiteral("sp"), QStringLiteral("shared_sharepointonline"), QStringLiteral("Connected"));
    const QString dv = QStringLiteral("dep.apihub.dataverse");
    const QString fo = QStringLiteral("dep.apihub.fo");
    QTest::newRow("dv connected") << dv << QJsonArray{dvOk, foOk} << "pass" << QStringList{"dv-conn display (dv-conn)"} << 0;
    // The link's own connection is not exposed: one Connected and one in Error is ambiguous,
    // never a pass (the link may use the one in Error).
    QTest::newRow("dv connected, another in error") << dv << QJsonArray{dvErr, dvOk} << "warning" << QStringList{"dv-conn", "dv-old display (dv-old): Error", "disagree"} << 1;
    QTest::newRow("dv only in error") << dv << QJsonArray{dvErr, foOk} << "fail" << QStringList{"dv-old display (dv-old): Error", "0b2c0000-0000-0000-0000-000000000042"} << 1;
    QTest::newRow("dv missing") << dv << QJsonArray{foOk, other} << "fail" << QStringList{"No Dataverse connection (shared_commondataserviceforapps) exists"} << 0;
    QTest::newRow("fo connected") << fo << QJsonArray{dvOk, foOk} << "pass" << QStringList{"fo-conn"} << 0;
    QTest::newRow("fo without status") << fo << QJsonArray{dvOk, foNone} << "fail" << QStringList{"fo-nostatus display (fo-nostatus): no status"} << 1;
    QTest::newRow("fo missing") << fo << QJsonArray{dvOk} << "fail" << QStringList{"shared_dynamicsax"} << 0;
    QTest::newRow("no connections") << fo << QJsonArray{} << "fail" << QStringList{"exists in environment"} << 0;
}

void tst_DepRules::apiHub()
{
    QFETCH(QString, id);
    QFETCH(QJsonArray, rows);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    QFETCH(int, notConnected);
    const CheckResult r = run(id, with(healthySnapshot(), Dataset::PpConnections, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QCOMPARE(r.details.value(QStringLiteral("notConnected")).toArray().size(), notConnected);
    const bool finding = status == QLatin1String("fail") || status == QLatin1String("warning");
    QCOMPARE(r.codes, finding ? ruleById(id).descriptor.codes : QStringList());
    if (status == QLatin1String("fail")) {
        QCOMPARE(r.remediation.docUrl, ruleById(id).descriptor.docUrl);
        QVERIFY(r.remediation.steps.join(QLatin1Char(' ')).contains(QLatin1String("deletes")));
    }
}

void tst_DepRules::companyDataverse_data()
{
    QTest::addColumn<bool>("fromProfile");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QString>("phrase");
    // Without the profile's list the selection is not readable: Dataverse's own flag cannot show
    // a selected legal entity that has no cdm_company row, so this is never a pass.
    QTest::newRow("from dataverse") << false << QStringList{} << "warning" << QStringList{} << "cannot be read";
    QTest::newRow("profile, case-insensitive") << true << QStringList{"usmf", "demf"} << "pass" << QStringList{} << "usmf, demf";
    QTest::newRow("profile, one missing") << true << QStringList{"USMF", "FRRT", "DEMF"} << "fail" << QStringList{"FRRT"}
                                          << "Legal entities selected for dual-write but missing in Dataverse cdm_company: FRRT";
    QTest::newRow("profile, two missing") << true << QStringList{"JPMF", "FRRT"} << "fail" << QStringList{"JPMF", "FRRT"} << "JPMF, FRRT";
    QTest::newRow("profile, empty") << true << QStringList{} << "pass" << QStringList{} << "No legal entities";
}

void tst_DepRules::companyDataverse()
{
    QFETCH(bool, fromProfile);
    QFETCH(QStringList, selected);
    QFETCH(QString, status);
    QFETCH(QStringList, missing);
    QFETCH(QString, phrase);
    const LinkContext c = fromProfile ? profileSelecting(selected) : healthyContext();
    const CheckResult r = run(QStringLiteral("dep.company.dataverse"), healthySnapshot(), c);
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, {phrase});
    QCOMPARE(stringsOf(r.details.value(QStringLiteral("missing"))), missing);
    QCOMPARE(r.details.value(QStringLiteral("source")).toString(),
             fromProfile ? QStringLiteral("profile") : QStringLiteral("dataverse"));
    QCOMPARE(r.details.value(QStringLiteral("present")).toArray().size()
                 + r.details.value(QStringLiteral("missing")).toArray().size(),
             r.details.value(QStringLiteral("selected")).toArray().size());
}

void tst_DepRules::companyFo_data()
{
    QTest::addColumn<bool>("fromProfile");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QJsonArray>("foRows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("missing");
    const auto le = [](const QString &id) {
        return QJsonObject{{QStringLiteral("LegalEntityId"), id}, {QStringLiteral("Name"), id}};
    };
    QTest::newRow("healthy, fo lower case") << false << QStringList{} << QJsonArray{le("usmf"), le("demf")} << "pass" << QStringList{};
    QTest::newRow("dataverse selection, fo lacks DEMF") << false << QStringList{} << QJsonArray{le("USMF")} << "fail" << QStringList{"DEMF"};
    QTest::newRow("profile, JPMF missing") << true << QStringList{"DEMF", "JPMF"} << QJsonArray{le("USMF"), le("DEMF")} << "fail" << QStringList{"JPMF"};
    QTest::newRow("no fo legal entities") << true << QStringList{"USMF"} << QJsonArray{} << "fail" << QStringList{"USMF"};
}

void tst_DepRules::companyFo()
{
    QFETCH(bool, fromProfile);
    QFETCH(QStringList, selected);
    QFETCH(QJsonArray, foRows);
    QFETCH(QString, status);
    QFETCH(QStringList, missing);
    const LinkContext c = fromProfile ? profileSelecting(selected) : healthyContext();
    const CheckResult r = run(QStringLiteral("dep.company.fo"),
                              with(healthySnapshot(), Dataset::FoLegalEntities, rowsOf(foRows)), c);
    QCOMPARE(statusName(r), status);
    QCOMPARE(stringsOf(r.details.value(QStringLiteral("missing"))), missing);
    if (!missing.isEmpty()) {
        verifyContainsAll(r.message, {QStringLiteral("missing in finance and operations apps LegalEntities: ")
                                      + missing.join(QLatin1String(", "))});
        QCOMPARE(r.codes, QStringList{QStringLiteral("DWFOEV1003")});
    }
}

void tst_DepRules::owningTeam_data()
{
    QTest::addColumn<QJsonArray>("companies");
    QTest::addColumn<QStringList>("profile");  // empty: selection from Dataverse
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("withoutTeam");
    QTest::addColumn<QStringList>("notInDataverse");
    const QJsonObject usmf = company(QStringLiteral("c-usmf"), QStringLiteral("USMF"), QStringLiteral("Contoso USA"), true, QStringLiteral("t1"));
    const QJsonObject usmfNull = company(QStringLiteral("c-usmf"), QStringLiteral("USMF"), QStringLiteral("Contoso USA"), true, QJsonValue::Null);
    const QJsonObject demfEmpty = company(QStringLiteral("c-demf"), QStringLiteral("DEMF"), QStringLiteral("Contoso Germany"), true, QString());
    const QJsonObject dat = company(QStringLiteral("c-dat"), QStringLiteral("DAT"), QStringLiteral("Company accounts data"), false, QJsonValue::Null);
    QTest::newRow("all have teams, DAT not selected") << QJsonArray{usmf, dat} << QStringList{} << "pass" << QStringList{} << QStringList{};
    QTest::newRow("USMF null") << QJsonArray{usmfNull, dat} << QStringList{} << "fail" << QStringList{"USMF"} << QStringList{};
    QTest::newRow("empty string is null") << QJsonArray{usmf, demfEmpty} << QStringList{} << "fail" << QStringList{"DEMF"} << QStringList{};
    QTest::newRow("profile selects DAT") << QJsonArray{usmf, dat} << QStringList{"usmf", "dat"} << "fail" << QStringList{"DAT"} << QStringList{};
    QTest::newRow("selected code not in Dataverse") << QJsonArray{usmf} << QStringList{"USMF", "FRRT"} << "pass" << QStringList{} << QStringList{"FRRT"};
}

void tst_DepRules::owningTeam()
{
    QFETCH(QJsonArray, companies);
    QFETCH(QStringList, profile);
    QFETCH(QString, status);
    QFETCH(QStringList, withoutTeam);
    QFETCH(QStringList, notInDataverse);
    const LinkContext c = profile.isEmpty() ? healthyContext() : profileSelecting(profile);
    const CheckResult r = run(QStringLiteral("dep.company.owning-team"),
                              with(healthySnapshot(), Dataset::DvCompanies, rowsOf(companies)), c);
    QCOMPARE(statusName(r), status);
    QStringList codes;
    for (const QJsonValue &v : r.details.value(QStringLiteral("withoutTeam")).toArray()) {
        const QJsonObject o = v.toObject();
        codes << o.value(QStringLiteral("code")).toString();
        // The message names each company by code and name.
        verifyContainsAll(r.message, {QStringLiteral("%1 (%2)").arg(o.value(QStringLiteral("code")).toString(),
                                                                    o.value(QStringLiteral("name")).toString())});
        QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
    }
    QCOMPARE(codes, withoutTeam);
    QCOMPARE(stringsOf(r.details.value(QStringLiteral("notInDataverse"))), notInDataverse);
    if (status == QLatin1String("fail"))
        QCOMPARE(r.codes, QStringList{QStringLiteral("DWDVEV1007")});
}

void tst_DepRules::staleFo_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("staleProjects");
    QTest::addColumn<QStringList>("phrases");
    const QJsonObject ok = projectConfig(QStringLiteral("DWM-1"), QStringLiteral("Customers V3"), QStringLiteral("accounts"), LinkedDv + QLatin1Char('/'));
    const QJsonObject old = projectConfig(QStringLiteral("DWM-OLD"), QStringLiteral("Customers V3"), QStringLiteral("accounts"), QStringLiteral("https://old-env.crm.dynamics.com"));
    const QJsonObject blank = projectConfig(QStringLiteral("DWM-BLANK"), QStringLiteral("Vendors V2"), QStringLiteral("msdyn_vendors"), QString());
    const QJsonObject http = projectConfig(QStringLiteral("DWM-HTTP"), QStringLiteral("Currencies"), QStringLiteral("transactioncurrencies"), QStringLiteral("http://contoso-uat.crm4.dynamics.com"));
    QTest::newRow("all linked") << QJsonArray{ok} << "pass" << QStringList{} << QStringList{"configurations: 1"};
    QTest::newRow("none") << QJsonArray{} << "pass" << QStringList{} << QStringList{};
    QTest::newRow("old environment") << QJsonArray{ok, old} << "fail" << QStringList{"DWM-OLD"}
                                     << QStringList{"DWM-OLD (points at https://old-env.crm.dynamics.com)", LinkedDv};
    QTest::newRow("blank url") << QJsonArray{blank} << "fail" << QStringList{"DWM-BLANK"} << QStringList{"DWM-BLANK (no environment URL)"};
    // A wrong profile: no row points at the profile's Dataverse URL and nothing confirms the
    // link, so "points elsewhere" cannot be told from "the profile names another environment".
    QTest::newRow("wrong profile") << QJsonArray{old} << "warning" << QStringList{} << QStringList{"not known", "https://old-env.crm.dynamics.com"};
    QTest::newRow("other scheme") << QJsonArray{http, ok} << "fail" << QStringList{"DWM-HTTP"} << QStringList{"DWM-HTTP"};
}

void tst_DepRules::staleFo()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, status);
    QFETCH(QStringList, staleProjects);
    QFETCH(QStringList, phrases);
    const CheckResult r = run(QStringLiteral("dep.stale.fo"), with(healthySnapshot(), Dataset::FoProjectConfigs, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QStringList projects;
    for (const QJsonValue &v : r.details.value(QStringLiteral("stale")).toArray())
        projects << v.toObject().value(QStringLiteral("projectName")).toString();
    QCOMPARE(projects, staleProjects);
    QCOMPARE(r.details.value(QStringLiteral("total")).toInt(), int(rows.size()));
}

void tst_DepRules::staleFoLongListIsCappedInMessageOnly()
{
    QList<QJsonObject> rows;
    for (int i = 0; i < 25; ++i)
        rows << projectConfig(QStringLiteral("DWM-%1").arg(i), QStringLiteral("E%1").arg(i),
                              QStringLiteral("t%1").arg(i), QStringLiteral("https://old%25.crm.dynamics.com"));
    // One row names the profile's environment, so the link is known (the profile's word).
    rows << projectConfig(QStringLiteral("DWM-LINKED"), QStringLiteral("E"), QStringLiteral("t"), LinkedDv);
    const CheckResult r = run(QStringLiteral("dep.stale.fo"), with(healthySnapshot(), Dataset::FoProjectConfigs, rows));
    QCOMPARE(statusName(r), QStringLiteral("fail"));
    QVERIFY2(r.message.contains(QLatin1String("DWM-19 (points at https://old%25.crm.dynamics.com) and 5 more")),
             qPrintable(r.message));
    QVERIFY(!r.message.contains(QLatin1String("DWM-20 ")));
    QCOMPARE(r.details.value(QStringLiteral("stale")).toArray().size(), 25);
}

void tst_DepRules::staleDataverse_data()
{
    QTest::addColumn<QJsonArray>("dvRows");
    QTest::addColumn<QJsonArray>("foRows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("staleIds");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("phrases");
    const QJsonObject rc1 = runtimeConfig(QStringLiteral("rc-1"), QStringLiteral("DWM-1"), QStringLiteral("account"), QStringLiteral("Customers V3"));
    const QJsonObject rc2 = runtimeConfig(QStringLiteral("rc-2"), QStringLiteral("x"), QStringLiteral("msdyn_customergroup"), QStringLiteral("Customer groups"));
    const QJsonObject rc3 = runtimeConfig(QStringLiteral("rc-3"), QStringLiteral("DWM-9"), QStringLiteral("currency"), QStringLiteral("Currencies"));
    const QJsonObject rcHalf = runtimeConfig(QStringLiteral("rc-4"), QStringLiteral("y"), QStringLiteral("account"), QStringLiteral("Customers V2"));
    const QJsonObject fo1 = projectConfig(QStringLiteral("DWM-1"), QStringLiteral("Customers V3"), QStringLiteral("accounts"), LinkedDv);
    const QJsonObject fo2 = projectConfig(QStringLiteral("DWM-2"), QStringLiteral("Customer groups"), QStringLiteral("msdyn_customergroups"), LinkedDv + QLatin1Char('/'));
    const QJsonObject fo3 = projectConfig(QStringLiteral("DWM-3"), QStringLiteral("Currencies"), QStringLiteral("currencies"), LinkedDv);
    const QJsonObject foOld = projectConfig(QStringLiteral("DWM-9"), QStringLiteral("Currencies"), QStringLiteral("currencies"), QStringLiteral("https://old.crm.dynamics.com"));
    QTest::newRow("by name and by pair") << QJsonArray{rc1, rc2} << QJsonArray{fo1, fo2} << "pass" << QStringList{} << QString() << QStringList{"configurations: 2"};
    QTest::newRow("currency ~ currencies") << QJsonArray{rc3} << QJsonArray{fo3} << "pass" << QStringList{} << QString() << QStringList{};
    // F&O points only at another environment and nothing confirms the link: ambiguous.
    QTest::newRow("no link at all, unconfirmed") << QJsonArray{rc1, rc2} << QJsonArray{foOld} << "warning" << QStringList{} << "noLink"
                                                 << QStringList{"not known", "DWM-1 (account / Customers V3)"};
    // F&O returned nothing: no rights or no maps; never a list of rows to delete.
    QTest::newRow("no F&O rows") << QJsonArray{rc1} << QJsonArray{} << "warning" << QStringList{} << "noLink" << QStringList{"DWM-1", "cannot see"};
    QTest::newRow("name matches only another environment") << QJsonArray{rc1, rc3} << QJsonArray{fo1, foOld} << "fail" << QStringList{"rc-3"}
                                                          << "noMatchingProject" << QStringList{"DWM-9 (currency / Currencies)"};
    QTest::newRow("half a pair is not a match") << QJsonArray{rcHalf} << QJsonArray{fo1} << "fail" << QStringList{"rc-4"} << "noMatchingProject" << QStringList{"y (account / Customers V2)"};
    QTest::newRow("nothing anywhere") << QJsonArray{} << QJsonArray{} << "pass" << QStringList{} << QString() << QStringList{};
}

void tst_DepRules::staleDataverse()
{
    QFETCH(QJsonArray, dvRows);
    QFETCH(QJsonArray, foRows);
    QFETCH(QString, status);
    QFETCH(QStringList, staleIds);
    QFETCH(QString, reason);
    QFETCH(QStringList, phrases);
    Snapshot s = with(healthySnapshot(), Dataset::DvRuntimeConfigs, rowsOf(dvRows));
    s = with(s, Dataset::FoProjectConfigs, rowsOf(foRows));
    const CheckResult r = run(QStringLiteral("dep.stale.dataverse"), s);
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    QStringList ids;
    for (const QJsonValue &v : r.details.value(QStringLiteral("stale")).toArray()) {
        ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(v.toObject().value(QStringLiteral("reason")).toString(), reason);
    }
    QCOMPARE(ids, staleIds);
    const int unjudged = int(r.details.value(QStringLiteral("unjudged")).toArray().size());
    QCOMPARE(r.details.value(QStringLiteral("owned")).toInt() + int(ids.size()) + unjudged, int(dvRows.size()));
    if (status == QLatin1String("fail") || status == QLatin1String("warning"))
        QCOMPARE(r.codes, QStringList{QStringLiteral("DWDVEV1004")});
}

void tst_DepRules::defaultTeamName_data()
{
    QTest::addColumn<QJsonArray>("units");
    QTest::addColumn<QJsonArray>("teams");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    const auto bu = [](const QString &id, const QString &name) {
        return QJsonObject{{QStringLiteral("businessunitid"), id}, {QStringLiteral("name"), name}};
    };
    const auto team = [](const QString &id, const QString &name, const QString &buId) {
        return QJsonObject{{QStringLiteral("teamid"), id}, {QStringLiteral("name"), name},
                           {QStringLiteral("isdefault"), true}, {QStringLiteral("_businessunitid_value"), buId}};
    };
    QTest::newRow("same name") << QJsonArray{bu("bu-1", "contoso")} << QJsonArray{team("t-1", "contoso", "bu-1")} << "pass" << QStringList{"contoso", "t-1"};
    QTest::newRow("trailing space") << QJsonArray{bu("bu-1", "contoso")} << QJsonArray{team("t-1", "contoso ", "bu-1")} << "pass" << QStringList{};
    QTest::newRow("renamed") << QJsonArray{bu("bu-1", "contoso")} << QJsonArray{team("t-1", "Contoso owners", "BU-1")} << "fail"
                             << QStringList{"\"Contoso owners\" (t-1)", "\"contoso\" (bu-1)"};
    QTest::newRow("case only") << QJsonArray{bu("bu-1", "contoso")} << QJsonArray{team("t-1", "Contoso", "bu-1")} << "warning" << QStringList{"letter case", "t-1"};
    QTest::newRow("no root unit") << QJsonArray{} << QJsonArray{team("t-1", "contoso", "bu-1")} << "unknown" << QStringList{"no root business unit"};
    QTest::newRow("two root units") << QJsonArray{bu("bu-1", "contoso"), bu("bu-2", "fabrikam")} << QJsonArray{} << "unknown"
                                    << QStringList{"contoso, fabrikam", "exactly one"};
    QTest::newRow("no default team") << QJsonArray{bu("bu-1", "contoso")} << QJsonArray{} << "unknown" << QStringList{"No default team", "contoso"};
    QTest::newRow("team of another unit") << QJsonArray{bu("bu-1", "contoso")} << QJsonArray{team("t-9", "child", "bu-9")} << "unknown" << QStringList{"No default team"};
    QTest::newRow("two default teams") << QJsonArray{bu("bu-1", "contoso")} << QJsonArray{team("t-1", "contoso", "bu-1"), team("t-2", "x", "bu-1")}
                                       << "unknown" << QStringList{"2 default teams"};
}

void tst_DepRules::defaultTeamName()
{
    QFETCH(QJsonArray, units);
    QFETCH(QJsonArray, teams);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    Snapshot s = with(healthySnapshot(), Dataset::DvRootBusinessUnit, rowsOf(units));
    s = with(s, Dataset::DvRootDefaultTeam, rowsOf(teams));
    const CheckResult r = run(QStringLiteral("dep.bu.default-team-name"), s);
    QCOMPARE(statusName(r), status);
    verifyContainsAll(r.message, phrases);
    if (status == QLatin1String("fail") || status == QLatin1String("warning")) {
        QCOMPARE(r.codes, QStringList{QStringLiteral("DWFOEV1006")});
        QCOMPARE(r.details.value(QStringLiteral("defaultTeam")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("t-1"));
        QCOMPARE(r.details.value(QStringLiteral("businessUnit")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("bu-1"));
        QCOMPARE(r.remediation.docUrl, ruleById(QStringLiteral("dep.bu.default-team-name")).descriptor.docUrl);
    }
    if (status == QLatin1String("unknown")) {
        QVERIFY(r.codes.isEmpty());
        QVERIFY(r.details.contains(QStringLiteral("businessUnits")));
    }
}

void tst_DepRules::selectionUnknownIsNeverPass()
{
    // Without the profile's list the selection comes from cdm_companies; unreadable → unknown.
    const Snapshot s = withFailure(healthySnapshot(), Dataset::DvCompanies, 401,
                                   QStringLiteral("Dataverse: HTTP 401"));
    for (const char *id : {"dep.company.dataverse", "dep.company.fo", "dep.company.owning-team"}) {
        const CheckResult r = run(QString::fromLatin1(id), s);
        QCOMPARE(statusName(r), QStringLiteral("unknown"));
        QVERIFY(r.message.contains(QLatin1String("cdm_companies")));
        QCOMPARE(r.details.value(QStringLiteral("unreadable")).toArray().first().toObject()
                     .value(QStringLiteral("reason")).toString(),
                 QStringLiteral("signInRefused"));
    }
}

static const QString ProfileFo = QStringLiteral("https://contoso-uat.sandbox.operations.dynamics.com");

void tst_DepRules::linkConfirmedByAdminApi()
{
    // The admin API says this Dataverse environment is linked to the profile's F&O: F&O rows
    // pointing elsewhere are stale for sure, and Dataverse rows without a project are too.
    Snapshot s = with(healthySnapshot(), Dataset::PpEnvironment, {adminEnvironment(LinkedDv, ProfileFo)});
    s = with(s, Dataset::FoProjectConfigs,
             {projectConfig(QStringLiteral("DWM-OLD"), QStringLiteral("Customers V3"), QStringLiteral("accounts"),
                            QStringLiteral("https://old-env.crm.dynamics.com"))});
    const CheckResult fo = run(QStringLiteral("dep.stale.fo"), s);
    QCOMPARE(statusName(fo), QStringLiteral("fail"));
    const QJsonObject link = fo.details.value(QStringLiteral("link")).toObject();
    QCOMPARE(link.value(QStringLiteral("source")).toString(), QStringLiteral("powerPlatform"));
    QVERIFY(link.value(QStringLiteral("confirmed")).toBool());
    QCOMPARE(fo.details.value(QStringLiteral("stale")).toArray().size(), 1);
    const CheckResult dv = run(QStringLiteral("dep.stale.dataverse"), s);
    QCOMPARE(statusName(dv), QStringLiteral("fail"));
    QCOMPARE(dv.details.value(QStringLiteral("stale")).toArray().size(), 2);
    // Its evidence includes the admin API's answer.
    bool adminEvidence = false;
    for (const Evidence &e : dv.evidence)
        adminEvidence = adminEvidence || e.service == QLatin1String("powerPlatformAdmin");
    QVERIFY(adminEvidence);
}

void tst_DepRules::linkContradictedByAdminApi()
{
    // The profile's Dataverse environment is linked to another F&O environment: every F&O row
    // "points at the profile's Dataverse", yet the profile does not describe the link.
    const Snapshot s = with(healthySnapshot(), Dataset::PpEnvironment,
                            {adminEnvironment(LinkedDv, QStringLiteral("https://fabrikam.operations.dynamics.com"))});
    for (const char *id : {"dep.stale.fo", "dep.stale.dataverse"}) {
        const CheckResult r = run(QString::fromLatin1(id), s);
        QCOMPARE(statusName(r), QStringLiteral("warning"));
        QVERIFY2(r.message.contains(QLatin1String("fabrikam.operations.dynamics.com")), qPrintable(r.message));
        QVERIFY(r.details.value(QStringLiteral("stale")).toArray().isEmpty());
    }
}

void tst_DepRules::adminApiUnreadableFallsBackToFo()
{
    // The admin API is optional: a 403 there leaves the verdict to F&O's configurations.
    const Snapshot s = withFailure(healthySnapshot(), Dataset::PpEnvironment, 403, QStringLiteral("Power Platform admin API: HTTP 403"));
    const CheckResult r = run(QStringLiteral("dep.stale.fo"), s);
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.details.value(QStringLiteral("link")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("financeAndOperations"));
}

void tst_DepRules::mappedBusinessUnitRenamed()
{
    // The root's default team is fine, but the default team of USMF's business unit was renamed.
    Snapshot s = healthySnapshot();
    QList<QJsonObject> teams = s.get(Dataset::DvOwnerTeams).rows;
    for (QJsonObject &t : teams) {
        if (t.value(QStringLiteral("teamid")).toString() == QLatin1String("team-usmf-default"))
            t.insert(QStringLiteral("name"), QStringLiteral("USMF owners"));
    }
    s = with(s, Dataset::DvOwnerTeams, teams);
    const CheckResult r = run(QStringLiteral("dep.bu.default-team-name"), s, profileSelecting({"USMF", "DEMF"}));
    QCOMPARE(statusName(r), QStringLiteral("warning"));
    QCOMPARE(r.codes, QStringList{QStringLiteral("DWFOEV1006")});
    verifyContainsAll(r.message, {QStringLiteral("USMF owners"), QStringLiteral("companies USMF")});
    QCOMPARE(r.details.value(QStringLiteral("mapped")).toArray().size(), 2);
}

void tst_DepRules::mappedBusinessUnitsUnreadableIsNotPass()
{
    const Snapshot s = withFailure(healthySnapshot(), Dataset::DvOwnerTeams, 403, QStringLiteral("Dataverse: HTTP 403"));
    const CheckResult r = run(QStringLiteral("dep.bu.default-team-name"), s, profileSelecting({"USMF"}));
    QCOMPARE(statusName(r), QStringLiteral("warning"));
    QVERIFY(r.details.contains(QStringLiteral("mappedError")));
}

QTEST_GUILESS_MAIN(tst_DepRules)
#include "tst_deprules.moc"
