// SPDX-License-Identifier: MIT
// The checks added for issue 12 on hand-built snapshots: Dual Write Core version (DWHC0204), the
// F&O Microsoft Entra ID applications page (DWHC0305), F&O System administrator (DWHC0402), the
// cloud-hosted exception of DWHC0301, and which failures gate dependency validation.
#include "ruleset.h"
#include "ruletesthelpers.h"

#include <QtTest>

using namespace dwh;
using namespace dwh::test;

class tst_PrereqAdvisory : public QObject
{
    Q_OBJECT
private slots:
    void coreVersion_data();
    void coreVersion();
    void coreVersionPrefersDualWriteCore();
    void entraApplications_data();
    void entraApplications();
    void entraApplicationsNotExposedIsUnknown();
    void foSystemAdministrator_data();
    void foSystemAdministrator();
    void foSystemAdministratorDelegatedIsSkipped();
    void appUsersCloudHosted();
    void onlyGatingFailuresBlockDependencies();
};

static Snapshot withCore(const QString &name, const QString &version)
{
    const Snapshot healthy = healthySnapshot();
    QList<QJsonObject> rows;
    for (const QJsonObject &row : healthy.get(Dataset::DvSolutions).rows) {
        if (!row.value(QStringLiteral("uniquename")).toString().contains(QLatin1String("DualWriteCore")))
            rows << row;
    }
    if (!name.isEmpty())
        rows << solution(name, version);
    return with(healthy, Dataset::DvSolutions, rows);
}

void tst_PrereqAdvisory::coreVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("at the security update") << "1.0.24073.3" << "pass" << QStringList{"1.0.24073.3"};
    QTest::newRow("newer") << "1.0.25011.1" << "pass" << QStringList{"1.0.25011.1"};
    QTest::newRow("one below") << "1.0.24073.2" << "fail"
                               << QStringList{"below 1.0.24073.3", "2024-11-30", "whats-new-dual-write"};
    QTest::newRow("old numbering") << "1.0.42.1" << "fail" << QStringList{"below 1.0.24073.3"};
    QTest::newRow("before consent") << "1.0.15.0" << "fail"
                                    << QStringList{"below 1.0.16.0", "33976c19-1db5-4c02-810e-c243db79efde"};
    QTest::newRow("unparsable") << "1.0.x" << "unknown" << QStringList{"1.0.x"};
}

void tst_PrereqAdvisory::coreVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    const CheckResult r = run(QStringLiteral("prereq.core-version"),
                              withCore(QStringLiteral("DualWriteCore"), version));
    QCOMPARE(statusName(r), status);
    for (const QString &p : phrases)
        QVERIFY2(r.message.contains(p), qPrintable(r.message));
    QCOMPARE(r.codes, status == QLatin1String("fail") ? QStringList{QStringLiteral("DWHC0204")}
                                                      : QStringList());
    if (status == QLatin1String("fail"))
        QVERIFY(r.remediation.docUrl.endsWith(QLatin1String("whats-new-dual-write")));
}

void tst_PrereqAdvisory::coreVersionPrefersDualWriteCore()
{
    Snapshot s = withCore(QStringLiteral("msdyn_DualWriteCore"), QStringLiteral("1.0.20.0"));
    QList<QJsonObject> rows = s.get(Dataset::DvSolutions).rows;
    rows << solution(QStringLiteral("DualWriteCore"), QStringLiteral("1.0.24101.1"));
    const CheckResult r = run(QStringLiteral("prereq.core-version"),
                              with(s, Dataset::DvSolutions, rows));
    QCOMPARE(statusName(r), QStringLiteral("pass"));
    QCOMPARE(r.details.value(QStringLiteral("uniqueName")).toString(), QStringLiteral("DualWriteCore"));

    const CheckResult none = run(QStringLiteral("prereq.core-version"), withCore(QString(), QString()));
    QCOMPARE(statusName(none), QStringLiteral("skipped"));
    QVERIFY(none.message.contains(QLatin1String("DWHC0201")));
}

void tst_PrereqAdvisory::entraApplications_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("core");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("missing");
    const QJsonObject dw = entraApp(DwAppId, QStringLiteral("Dual-write"), QStringLiteral("Admin"));
    const QJsonObject di = entraApp(DiAppId.toUpper(), QStringLiteral("DI"), QStringLiteral("Admin"));
    const QJsonObject legacy = entraApp(LegacyDwAppId, QStringLiteral("old"), QStringLiteral("Admin"));
    QTest::newRow("both") << QJsonArray{dw, di} << "1.0.24073.3" << "pass" << QStringList{};
    QTest::newRow("6f7d0213 missing") << QJsonArray{di} << "1.0.24073.3" << "fail" << QStringList{DwAppId};
    QTest::newRow("none") << QJsonArray{} << "1.0.24073.3" << "fail" << QStringList{DwAppId, DiAppId};
    QTest::newRow("old core needs 33976c19") << QJsonArray{dw, di} << "1.0.15.0" << "fail"
                                             << QStringList{LegacyDwAppId};
    QTest::newRow("old core with 33976c19") << QJsonArray{dw, di, legacy} << "1.0.15.0" << "pass"
                                            << QStringList{};
    QTest::newRow("other property name")
        << QJsonArray{QJsonObject{{QStringLiteral("ClientId"), DwAppId}},
                      QJsonObject{{QStringLiteral("ClientId"), DiAppId}}}
        << "1.0.24073.3" << "pass" << QStringList{};
    QTest::newRow("no client id column")
        << QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("x")}}}
        << "1.0.24073.3" << "unknown" << QStringList{};
}

void tst_PrereqAdvisory::entraApplications()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, core);
    QFETCH(QString, status);
    QFETCH(QStringList, missing);
    const CheckResult r = run(QStringLiteral("prereq.fo-entra-applications"),
                              with(withCore(QStringLiteral("DualWriteCore"), core),
                                   Dataset::FoEntraApplications, rowsOf(rows)));
    QCOMPARE(statusName(r), status);
    QStringList missingIds;
    for (const QJsonValue &m : r.details.value(QStringLiteral("missing")).toArray())
        missingIds << m.toObject().value(QStringLiteral("clientId")).toString();
    QCOMPARE(missingIds, missing);
    for (const QString &id : missing)
        QVERIFY2(r.message.contains(id), qPrintable(r.message));
}

void tst_PrereqAdvisory::entraApplicationsNotExposedIsUnknown()
{
    const Snapshot s = withFailure(healthySnapshot(), Dataset::FoEntraApplications, 404,
                                   QStringLiteral("HTTP 404: No HTTP resource was found"));
    for (const QString &id : {QStringLiteral("prereq.fo-entra-applications"),
                              QStringLiteral("prereq.fo-system-administrator")}) {
        const CheckResult r = run(id, s);
        QCOMPARE(statusName(r), QStringLiteral("unknown"));
        QVERIFY2(r.message.contains(QLatin1String("SysAADClientTables")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("404")), qPrintable(r.message));
        QVERIFY(r.codes.isEmpty());
    }
}

void tst_PrereqAdvisory::foSystemAdministrator_data()
{
    QTest::addColumn<QJsonArray>("admins");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("admin") << QJsonArray{foSysAdmin(QStringLiteral("Admin")), foSysAdmin(QStringLiteral("DWHEALTH"))}
                           << "pass" << QStringList{"DWHEALTH"};
    QTest::newRow("not admin") << QJsonArray{foSysAdmin(QStringLiteral("Admin"))} << "fail"
                               << QStringList{ToolClientId, "dwhealth", "System administrator"};
    QTest::newRow("no admins at all") << QJsonArray{} << "fail" << QStringList{"dwhealth"};
}

void tst_PrereqAdvisory::foSystemAdministrator()
{
    QFETCH(QJsonArray, admins);
    QFETCH(QString, status);
    QFETCH(QStringList, phrases);
    const CheckResult r = run(QStringLiteral("prereq.fo-system-administrator"),
                              with(healthySnapshot(), Dataset::FoSystemAdministrators, rowsOf(admins)));
    QCOMPARE(statusName(r), status);
    for (const QString &p : phrases)
        QVERIFY2(r.message.contains(p, Qt::CaseInsensitive), qPrintable(r.message));
    QCOMPARE(r.codes, status == QLatin1String("fail") ? QStringList{QStringLiteral("DWHC0402")}
                                                      : QStringList());

    // The client id is not on the Entra ID applications page as read: not judged, not a pass.
    const Snapshot unmapped = with(with(healthySnapshot(), Dataset::FoSystemAdministrators, rowsOf(admins)),
                                   Dataset::FoEntraApplications,
                                   {entraApp(DwAppId, QStringLiteral("Dual-write"), QStringLiteral("Admin"))});
    QCOMPARE(statusName(run(QStringLiteral("prereq.fo-system-administrator"), unmapped)),
             QStringLiteral("unknown"));
}

void tst_PrereqAdvisory::foSystemAdministratorDelegatedIsSkipped()
{
    LinkContext delegated = healthyContext();
    delegated.applicationClientId.clear();
    const CheckResult r = run(QStringLiteral("prereq.fo-system-administrator"), healthySnapshot(), delegated);
    QCOMPARE(statusName(r), QStringLiteral("skipped"));
    QVERIFY(r.message.contains(QLatin1String("delegated")));
    QCOMPARE(r.details.value(QStringLiteral("systemAdministrators")).toArray().size(), 2);
}

void tst_PrereqAdvisory::appUsersCloudHosted()
{
    const Snapshot noFoUser = with(healthySnapshot(), Dataset::DvAppUsers,
                                   {appUser(QStringLiteral("su-2"), DiAppId, QStringLiteral("DI"), false)});
    // Microsoft-managed (sandbox.operations.dynamics.com): 00000015-… is required, and the message
    // says the environment is not known to be cloud-hosted.
    const CheckResult managed = run(QStringLiteral("prereq.app-users"), noFoUser);
    QCOMPARE(statusName(managed), QStringLiteral("fail"));
    QVERIFY(managed.message.contains(QLatin1String("cloudax.dynamics.com")));
    QCOMPARE(managed.details.value(QStringLiteral("cloudHosted")).toBool(), false);

    LinkContext che = healthyContext();
    che.foUrl = QUrl(QStringLiteral("https://contoso-dev1a2b3c4devaos.cloudax.dynamics.com"));
    const CheckResult hosted = run(QStringLiteral("prereq.app-users"), noFoUser, che);
    QCOMPARE(statusName(hosted), QStringLiteral("pass"));
    QVERIFY(hosted.details.value(QStringLiteral("cloudHostedBecause")).toString()
                .contains(QLatin1String("contoso-dev1a2b3c4devaos.cloudax.dynamics.com")));
    QCOMPARE(hosted.details.value(QStringLiteral("notRequired")).toArray().size(), 1);

    // A disabled 2e49aa60-… user still fails on a cloud-hosted environment.
    const Snapshot diOff = with(healthySnapshot(), Dataset::DvAppUsers,
                                {appUser(QStringLiteral("su-2"), DiAppId, QStringLiteral("DI"), true)});
    QCOMPARE(statusName(run(QStringLiteral("prereq.app-users"), diOff, che)), QStringLiteral("fail"));
}

void tst_PrereqAdvisory::onlyGatingFailuresBlockDependencies()
{
    auto failed = [](const QString &id) {
        CheckResult r;
        r.id = id;
        r.status = CheckStatus::Fail;
        return r;
    };
    CheckResult passed;
    passed.id = QStringLiteral("prereq.plugins");
    passed.status = CheckStatus::Pass;
    // The tool's own sign-in (DWHC0401, DWHC0402) and the advisory checks do not gate step 2.
    QVERIFY(gatingFailures({failed(QStringLiteral("prereq.user-roles")),
                            failed(QStringLiteral("prereq.fo-system-administrator")),
                            failed(QStringLiteral("prereq.core-version")),
                            failed(QStringLiteral("prereq.fo-entra-applications")), passed})
                .isEmpty());
    // The product's prerequisites do, DWHC0202 included.
    QCOMPARE(gatingFailures({failed(QStringLiteral("prereq.user-roles")),
                             failed(QStringLiteral("prereq.solution-versions")),
                             failed(QStringLiteral("prereq.app-users"))}),
             (QStringList{QStringLiteral("prereq.solution-versions"), QStringLiteral("prereq.app-users")}));
}

QTEST_GUILESS_MAIN(tst_PrereqAdvisory)
#include "tst_prereqadvisory.moc"
