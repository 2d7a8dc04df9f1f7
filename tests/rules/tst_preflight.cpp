// SPDX-License-Identifier: MIT
// The least-privilege preflight: which checks the signed-in identity can run, from what the
// connection test read.
#include "preflight.h"

#include "ruletesthelpers.h"

#include <QTest>

using namespace dwh;
using namespace dwh::test;

namespace {

const PreflightRow &rowOf(const QList<PreflightRow> &rows, Requirement requirement)
{
    for (const PreflightRow &row : rows) {
        if (row.requirement == requirement)
            return row;
    }
    static const PreflightRow none;
    return none;
}

} // namespace

class tst_Preflight final : public QObject
{
    Q_OBJECT
private slots:
    void healthyIdentityCanRunEverything()
    {
        const QList<PreflightRow> rows = evaluatePreflight(healthySnapshot());
        QCOMPARE(rows.size(), 4);
        for (const PreflightRow &row : rows) {
            QVERIFY2(row.canRun(), qPrintable(row.title + QLatin1String(": ") + row.verdict));
            QCOMPARE(row.verdict, QStringLiteral("Can run"));
            QVERIFY(!row.checkIds.isEmpty());
        }
        QVERIFY(blockersOf(rows, QStringLiteral("prereq.user-roles")).isEmpty());
    }

    void checksAreMappedToTheirRights()
    {
        const QList<PreflightRow> rows = evaluatePreflight(healthySnapshot());
        QCOMPARE(rowOf(rows, Requirement::SystemAdministrator).checkIds,
                 QStringList{QStringLiteral("prereq.user-roles")});
        QVERIFY(rowOf(rows, Requirement::DataverseAccess).checkIds.contains(QStringLiteral("prereq.dual-write-core")));
        QVERIFY(!rowOf(rows, Requirement::DataverseAccess).checkIds.contains(QStringLiteral("prereq.fo-access")));
        QVERIFY(rowOf(rows, Requirement::FinanceAndOperationsAccess).checkIds.contains(QStringLiteral("dep.stale.fo")));
        // dep.stale.dataverse reads both sides.
        QVERIFY(rowOf(rows, Requirement::FinanceAndOperationsAccess).checkIds.contains(QStringLiteral("dep.stale.dataverse")));
        QVERIFY(rowOf(rows, Requirement::DataverseAccess).checkIds.contains(QStringLiteral("dep.stale.dataverse")));
        QCOMPARE(rowOf(rows, Requirement::PowerPlatformConnections).checkIds,
                 (QStringList{QStringLiteral("dep.apihub.dataverse"), QStringLiteral("dep.apihub.fo")}));
    }

    void missingSystemAdministratorIsNamed()
    {
        const Snapshot s = with(healthySnapshot(), Dataset::DvUserRoles,
                                {QJsonObject{{QStringLiteral("name"), QStringLiteral("Basic User")},
                                             {QStringLiteral("roleid"), QStringLiteral("role-2")},
                                             {QStringLiteral("_roletemplateid_value"),
                                              QStringLiteral("00000000-0000-0000-0000-00000000beef")}}});
        const QList<PreflightRow> rows = evaluatePreflight(s);
        const PreflightRow &admin = rowOf(rows, Requirement::SystemAdministrator);
        QCOMPARE(int(admin.status), int(CheckStatus::Fail));
        QCOMPARE(admin.code, QStringLiteral("DWHC0401"));
        QCOMPARE(admin.verdict, QStringLiteral("Needs System Administrator in Dataverse"));
        QVERIFY2(admin.details.contains(QLatin1String("Basic User")), qPrintable(admin.details));
        QVERIFY(rowOf(rows, Requirement::DataverseAccess).canRun());
        const QList<PreflightRow> blockers = blockersOf(rows, QStringLiteral("prereq.user-roles"));
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers.first().code, QStringLiteral("DWHC0401"));
        QVERIFY(blockersOf(rows, QStringLiteral("prereq.dual-write-core")).isEmpty());
    }

    void noRoleAtAll()
    {
        const QList<PreflightRow> rows = evaluatePreflight(with(healthySnapshot(), Dataset::DvUserRoles, {}));
        const PreflightRow &admin = rowOf(rows, Requirement::SystemAdministrator);
        QCOMPARE(int(admin.status), int(CheckStatus::Fail));
        QVERIFY(admin.details.contains(QLatin1String("no security role")));
    }

    void forbiddenNamesTheRightNotTheStatus_data()
    {
        QTest::addColumn<int>("dataset");
        QTest::addColumn<int>("requirement");
        QTest::addColumn<QString>("code");
        QTest::newRow("F&O 403") << int(Dataset::FoLegalEntities)
                                 << int(Requirement::FinanceAndOperationsAccess) << QStringLiteral("DWHC0102");
        QTest::newRow("connections 403") << int(Dataset::PpConnections)
                                         << int(Requirement::PowerPlatformConnections) << QString();
        QTest::newRow("Dataverse 403") << int(Dataset::DvWhoAmI) << int(Requirement::DataverseAccess)
                                       << QStringLiteral("DWHC0101");
    }

    void forbiddenNamesTheRightNotTheStatus()
    {
        QFETCH(int, dataset);
        QFETCH(int, requirement);
        QFETCH(QString, code);
        const Snapshot s = withFailure(healthySnapshot(), Dataset(dataset), 403,
                                       QStringLiteral("HTTP 403 Forbidden"));
        const QList<PreflightRow> rows = evaluatePreflight(s);
        const PreflightRow &row = rowOf(rows, Requirement(requirement));
        QCOMPARE(int(row.status), int(CheckStatus::Fail));
        QCOMPARE(row.code, code);
        QVERIFY(row.verdict.startsWith(QLatin1String("Needs ")));
        QVERIFY(row.verdict.contains(row.needs));
        QVERIFY(!row.verdict.contains(QLatin1String("403")));
        QVERIFY(row.details.contains(QLatin1String("403")));
        for (const QString &id : row.checkIds)
            QVERIFY(!blockersOf(rows, id).isEmpty());
    }

    void networkFaultIsCouldNotTell()
    {
        Snapshot s = healthySnapshot();
        s.set(Dataset::FoLegalEntities,
              failedResult(Dataset::FoLegalEntities, 0, QStringLiteral("Finance and operations: connection refused")));
        const QList<PreflightRow> rows = evaluatePreflight(s);
        const PreflightRow &fo = rowOf(rows, Requirement::FinanceAndOperationsAccess);
        QCOMPARE(int(fo.status), int(CheckStatus::Unknown));
        QCOMPARE(fo.verdict, QStringLiteral("Could not tell"));
        QVERIFY(fo.details.contains(QLatin1String("connection refused")));
    }

    void rolesUnknownWhenDataverseWasNotReached()
    {
        Snapshot s;
        s.set(Dataset::DvWhoAmI, failedResult(Dataset::DvWhoAmI, 0, QStringLiteral("Dataverse: timed out")));
        const QList<PreflightRow> rows = evaluatePreflight(s);
        QCOMPARE(int(rowOf(rows, Requirement::SystemAdministrator).status), int(CheckStatus::Unknown));
        QCOMPARE(int(rowOf(rows, Requirement::DataverseAccess).status), int(CheckStatus::Unknown));
        // Datasets never fetched are not a pass either.
        QCOMPARE(int(rowOf(rows, Requirement::PowerPlatformConnections).status), int(CheckStatus::Unknown));
    }
};

QTEST_GUILESS_MAIN(tst_Preflight)
#include "tst_preflight.moc"
