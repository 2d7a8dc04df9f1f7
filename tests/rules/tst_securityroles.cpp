// SPDX-License-Identifier: MIT
// The security-role checks on hand-built snapshots: DWHC0403 (the dual-write application users)
// and DWHC0404 (the root business unit's default team and the companies' owning teams).
#include "ruleset.h"
#include "ruletesthelpers.h"

#include <QtTest>

using namespace dwh;
using namespace dwh::test;

class tst_SecurityRoles : public QObject
{
    Q_OBJECT
private slots:
    void appUsersHealthyPass();
    void appUser_data();
    void appUser();
    void appUsersNoneIsSkipped();
    void appUserRolesUnreadableIsUnknown();
    void teamsHealthyPass();
    void team_data();
    void team();
    void teamNotReadIsUnknown();
    void teamRolesCutShort();
    void teamOfUnselectedCompanyIsIgnored();
    void teamRolesUnreadableIsUnknown();
    void companiesUnreadableIsUnknownWithProfileSelection();
    void rolesDoNotGate();
};

namespace {

const QString AppNav = QStringLiteral("systemuserroles_association");
const QString TeamNav = QStringLiteral("teamroles_association");

Snapshot withDiRoles(const QJsonArray &roles)
{
    const Snapshot healthy = healthySnapshot();
    QList<QJsonObject> rows = healthy.get(Dataset::DvAppUserRoles).rows;
    rows[1] = withRoles(rows[1], AppNav, roles);
    return with(healthy, Dataset::DvAppUserRoles, rows);
}

Snapshot withTeamRoles(const QString &teamId, const QJsonArray &roles)
{
    const Snapshot healthy = healthySnapshot();
    QList<QJsonObject> rows = healthy.get(Dataset::DvTeamRoles).rows;
    for (QJsonObject &row : rows) {
        if (row.value(QStringLiteral("teamid")).toString() == teamId)
            row = withRoles(row, TeamNav, roles);
    }
    return with(healthy, Dataset::DvTeamRoles, rows);
}

QString findingOf(const CheckResult &r, const QString &listKey, const QString &idKey,
                  const QString &id)
{
    for (const QJsonValue &v : r.details.value(listKey).toArray()) {
        if (v.toObject().value(idKey).toString() == id)
            return v.toObject().value(QStringLiteral("finding")).toString();
    }
    return QStringLiteral("(absent)");
}

} // namespace

void tst_SecurityRoles::appUsersHealthyPass()
{
    const CheckResult r = run(QStringLiteral("prereq.app-user-roles"), healthySnapshot());
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QVERIFY(r.codes.isEmpty());
    QCOMPARE(r.details.value(QStringLiteral("users")).toArray().size(), 2);
    QCOMPARE(findingOf(r, QStringLiteral("users"), QStringLiteral("systemUserId"),
                       QStringLiteral("su-1")),
             QStringLiteral("ok"));
}

void tst_SecurityRoles::appUser_data()
{
    QTest::addColumn<QJsonArray>("roles");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("no role") << QJsonArray{} << "fail" << "noRole"
                             << QStringList{"Dynamics Data Integration", "Without any security role"};
    QTest::newRow("only a custom role")
        << QJsonArray{role(QStringLiteral("DW custom"), QStringLiteral("r-c"))} << "warning"
        << "missingDualWriteRoles"
        << QStringList{"Dual-write app user", "Dual-write runtime user", "DW custom", "2026"};
    QTest::newRow("runtime only, other spelling")
        << QJsonArray{role(QStringLiteral("Dual Write Runtime User"), QStringLiteral("r-rt"))}
        << "warning" << "missingDualWriteRoles" << QStringList{"lacks Dual-write app user ("};
    QTest::newRow("both, spelt as the prerequisites article does")
        << QJsonArray{role(QStringLiteral("Dual-Write App User"), QStringLiteral("r-a")),
                      role(QStringLiteral("Dual-Write Runtime User"), QStringLiteral("r-r"))}
        << "pass" << "ok" << QStringList{"Dynamics Data Integration"};
    QTest::newRow("system administrator by template in a child unit")
        << QJsonArray{role(QStringLiteral("Systemadministrator"), QStringLiteral("r-s"),
                           SysAdminTemplate)}
        << "pass" << "ok" << QStringList{};
}

void tst_SecurityRoles::appUser()
{
    QFETCH(QJsonArray, roles);
    QFETCH(QString, status);
    QFETCH(QString, finding);
    QFETCH(QStringList, phrases);
    const CheckResult r = run(QStringLiteral("prereq.app-user-roles"), withDiRoles(roles));
    QCOMPARE(statusName(r), status);
    QCOMPARE(findingOf(r, QStringLiteral("users"), QStringLiteral("systemUserId"),
                       QStringLiteral("su-2")),
             finding);
    for (const QString &p : phrases)
        QVERIFY2(r.message.contains(p), qPrintable(r.message));
    if (status == QLatin1String("pass")) {
        QVERIFY(r.codes.isEmpty());
    } else {
        QCOMPARE(r.codes, QStringList{QStringLiteral("DWHC0403")});
        QVERIFY(r.remediation.docUrl.contains(QLatin1String("security-roles")));
        QVERIFY(!r.remediation.steps.isEmpty());
    }
}

void tst_SecurityRoles::appUsersNoneIsSkipped()
{
    const CheckResult r = run(QStringLiteral("prereq.app-user-roles"),
                              with(healthySnapshot(), Dataset::DvAppUserRoles, {}));
    QCOMPARE(statusName(r), QStringLiteral("skipped"));
    QCOMPARE(r.details.value(QStringLiteral("missing")).toArray().size(), 2);
}

void tst_SecurityRoles::appUserRolesUnreadableIsUnknown()
{
    const CheckResult r = run(QStringLiteral("prereq.app-user-roles"),
                              withFailure(healthySnapshot(), Dataset::DvAppUserRoles, 403,
                                          QStringLiteral("Dataverse: HTTP 403 PrivilegeDenied")));
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    QVERIFY(r.codes.isEmpty());
    QVERIFY2(r.message.contains(QLatin1String("403")), qPrintable(r.message));
}

void tst_SecurityRoles::teamsHealthyPass()
{
    LinkContext context = healthyContext();
    context.legalEntitiesFromProfile = true;
    context.selectedLegalEntities = {QStringLiteral("USMF"), QStringLiteral("DEMF")};
    const CheckResult r = run(QStringLiteral("dep.team-roles"), healthySnapshot(), context);
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.group, QStringLiteral("BusinessUnit"));
    const QJsonArray teams = r.details.value(QStringLiteral("teams")).toArray();
    QCOMPARE(teams.size(), 3);  // the root team, USMF's and DEMF's owning teams
    QVERIFY(teams.at(0).toObject().value(QStringLiteral("rootDefaultTeam")).toBool());
    QCOMPARE(teams.at(1).toObject().value(QStringLiteral("companies")).toArray(),
             QJsonArray{QStringLiteral("USMF")});
}

void tst_SecurityRoles::team_data()
{
    QTest::addColumn<QString>("teamId");
    QTest::addColumn<QJsonArray>("roles");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("root team without a role")
        << "team-root" << QJsonArray{} << "fail" << "noRole"
        << QStringList{"root business unit's default team \"contoso\"", "refuses"};
    QTest::newRow("company team without a role")
        << "team-demf" << QJsonArray{} << "fail" << "noRole"
        << QStringList{"owning team of DEMF \"DEMF\""};
    QTest::newRow("company team without the app user role")
        << "team-demf"
        << QJsonArray{role(QStringLiteral("Dual-write runtime user"), QStringLiteral("role-rt")),
                      role(QStringLiteral("Salesperson"), QStringLiteral("role-sales"))}
        << "warning" << "missingDualWriteRoles"
        << QStringList{"lacks Dual-write app user", "Salesperson", "January 15, 2026"};
    QTest::newRow("root team as system administrator")
        << "team-root"
        << QJsonArray{role(QStringLiteral("System Administrator"), QStringLiteral("r-s"),
                           SysAdminTemplate)}
        << "pass" << "ok" << QStringList{};
}

void tst_SecurityRoles::team()
{
    QFETCH(QString, teamId);
    QFETCH(QJsonArray, roles);
    QFETCH(QString, status);
    QFETCH(QString, finding);
    QFETCH(QStringList, phrases);
    const CheckResult r = run(QStringLiteral("dep.team-roles"), withTeamRoles(teamId, roles));
    QCOMPARE(statusName(r), status);
    QCOMPARE(findingOf(r, QStringLiteral("teams"), QStringLiteral("teamId"), teamId), finding);
    for (const QString &p : phrases)
        QVERIFY2(r.message.contains(p), qPrintable(r.message));
    QCOMPARE(r.codes, status == QLatin1String("pass") ? QStringList()
                                                      : QStringList{QStringLiteral("DWHC0404")});
}

void tst_SecurityRoles::teamNotReadIsUnknown()
{
    // DEMF's owning team is not among the owner teams read (deleted, or not an owner team):
    // nothing says it has a role, so the check cannot pass.
    Snapshot s = healthySnapshot();
    QList<QJsonObject> rows;
    for (const QJsonObject &row : s.get(Dataset::DvTeamRoles).rows) {
        if (row.value(QStringLiteral("teamid")).toString() != QLatin1String("team-demf"))
            rows << row;
    }
    const CheckResult r = run(QStringLiteral("dep.team-roles"), with(s, Dataset::DvTeamRoles, rows));
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    QCOMPARE(findingOf(r, QStringLiteral("teams"), QStringLiteral("teamId"),
                       QStringLiteral("team-demf")),
             QStringLiteral("notJudged"));
    QVERIFY2(r.message.contains(QLatin1String("team-demf")), qPrintable(r.message));
}

void tst_SecurityRoles::teamRolesCutShort()
{
    // A nested next link: the roles read so far decide only when they suffice.
    Snapshot s = healthySnapshot();
    QList<QJsonObject> rows = s.get(Dataset::DvTeamRoles).rows;
    for (QJsonObject &row : rows) {
        if (row.value(QStringLiteral("teamid")).toString() == QLatin1String("team-demf")) {
            row.insert(TeamNav, QJsonArray{role(QStringLiteral("Salesperson"), QStringLiteral("r"))});
            row.insert(TeamNav + QStringLiteral("@odata.nextLink"), QStringLiteral("https://x/next"));
        }
    }
    CheckResult r = run(QStringLiteral("dep.team-roles"), with(s, Dataset::DvTeamRoles, rows));
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    QVERIFY2(r.message.contains(QLatin1String("only part of its roles")), qPrintable(r.message));

    for (QJsonObject &row : rows) {
        if (row.value(QStringLiteral("teamid")).toString() == QLatin1String("team-demf"))
            row.insert(TeamNav, dualWriteRoles());
    }
    r = run(QStringLiteral("dep.team-roles"), with(s, Dataset::DvTeamRoles, rows));
    QCOMPARE(statusName(r), QStringLiteral("pass"));
}

void tst_SecurityRoles::teamOfUnselectedCompanyIsIgnored()
{
    LinkContext context = healthyContext();
    context.legalEntitiesFromProfile = true;
    context.selectedLegalEntities = {QStringLiteral("USMF")};
    const CheckResult r = run(QStringLiteral("dep.team-roles"),
                              withTeamRoles(QStringLiteral("team-demf"), {}), context);
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.details.value(QStringLiteral("teams")).toArray().size(), 2);
}

void tst_SecurityRoles::teamRolesUnreadableIsUnknown()
{
    const CheckResult r = run(QStringLiteral("dep.team-roles"),
                              withFailure(healthySnapshot(), Dataset::DvTeamRoles, 403,
                                          QStringLiteral("Dataverse: HTTP 403 PrivilegeDenied")));
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    QVERIFY(r.codes.isEmpty());
}

void tst_SecurityRoles::companiesUnreadableIsUnknownWithProfileSelection()
{
    // The profile names the legal entities, but their owning teams are only in cdm_companies:
    // judging the root team alone would be a pass on what was not read.
    LinkContext context = healthyContext();
    context.legalEntitiesFromProfile = true;
    context.selectedLegalEntities = {QStringLiteral("USMF"), QStringLiteral("DEMF")};
    const CheckResult r = run(QStringLiteral("dep.team-roles"),
                              withFailure(healthySnapshot(), Dataset::DvCompanies, 403,
                                          QStringLiteral("Dataverse: HTTP 403 PrivilegeDenied")),
                              context);
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
}

void tst_SecurityRoles::rolesDoNotGate()
{
    CheckResult failed;
    failed.id = QStringLiteral("prereq.app-user-roles");
    failed.status = CheckStatus::Fail;
    QVERIFY(gatingFailures({failed}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SecurityRoles)
#include "tst_securityroles.moc"
