// SPDX-License-Identifier: MIT
// Guided remediation against the simulator over loopback HTTP: plan, backup, writes, re-check,
// restore, failures and cancellation, with the simulator's data compared before and after.
#include "backup.h"
#include "backupcheck.h"
#include "targetstate.h"
#include "writeexecutor.h"
#include "remediationplan.h"
#include "recordaddress.h"
#include "restoreplan.h"
#include "serviceclient.h"
#include "tenant.h"

#include <QDir>
#include <QTimer>
#include <QJsonArray>

using namespace dwh;
using namespace dwh::test;

namespace {

const QString staleDv = QStringLiteral("dep.stale.dataverse");
const QString staleFo = QStringLiteral("dep.stale.fo");
const QString owningTeam = QStringLiteral("dep.company.owning-team");
const QString runtimeConfigs = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString projectConfigs = QStringLiteral("DualWriteProjectConfigurations");
const QString companies = QStringLiteral("cdm_companies");
const QString rootDefaultTeam = QStringLiteral("ec5c38c6-bb03-520f-92db-dc82ecd1cefc");
const QString demfId = QStringLiteral("5cd99905-e4c6-5a9b-a540-ced8114c17cd");

QJsonObject runtimeConfig(const QString &id, const QString &name, const QString &table,
                          const QString &entity)
{
    return QJsonObject{{QStringLiteral("msdyn_dualwriteruntimeconfigid"), id},
                       {QStringLiteral("msdyn_name"), name},
                       {QStringLiteral("msdyn_internalentityname"), table},
                       {QStringLiteral("msdyn_externalentityname"), entity}};
}

/** DWDVEV1004 with five stale runtime configurations (the scenario has two). */
QJsonObject fiveStaleRows()
{
    const QJsonArray add{
        runtimeConfig(QStringLiteral("1d6f5a0e-0b53-4c8e-9b0a-3f0e8d2f6a01"),
                      QStringLiteral("DWM_ProductsV2_products"), QStringLiteral("product"),
                      QStringLiteral("Released products V2")),
        runtimeConfig(QStringLiteral("2e7a6b1f-1c64-4d9f-8c1b-4a1f9e3a7b02"),
                      QStringLiteral("DWM_SitesV2_msdyn_operationalsites"),
                      QStringLiteral("msdyn_operationalsite"), QStringLiteral("Sites V2")),
        runtimeConfig(QStringLiteral("3f8b7c20-2d75-4ea0-9d2c-5b20af4b8c03"),
                      QStringLiteral("DWM_UnitsV2_uoms"), QStringLiteral("uom"),
                      QStringLiteral("Units V2"))};
    return QJsonObject{{QStringLiteral("dataverse"),
                        QJsonObject{{runtimeConfigs, QJsonObject{{QStringLiteral("add"), add}}}}}};
}

QJsonObject withoutAnnotations(QJsonObject record)
{
    for (const QString &key : record.keys()) {
        if (key.startsWith(QLatin1Char('@')))
            record.remove(key);
    }
    return record;
}

std::optional<Backup> readBackup(const QString &path)
{
    QString error;
    auto backup = loadBackupFile(path, &error);
    if (!backup)
        qWarning("%s", qPrintable(error));
    return backup;
}

QString companyTeam(const Tenant &t, const QString &companyId)
{
    for (const QJsonObject &row : t.dvRows(companies)) {
        if (row.value(QStringLiteral("cdm_companyid")).toString() == companyId)
            return row.value(QStringLiteral("_cdm_defaultowningteam_value")).toString();
    }
    return QStringLiteral("<no such company>");
}

} // namespace

class tst_Remediation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString freshDir(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void planNamesEveryStaleRuntimeConfiguration()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("dwdvev1004"), t.report, t.snapshot, t.profile);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.checkId, staleDv);
        QCOMPARE(toString(plan.checkStatus), toString(CheckStatus::Fail));
        QCOMPARE(plan.actions.size(), 2);
        const WriteAction &first = plan.actions.first();
        QCOMPARE(first.method, QByteArray("DELETE"));
        const QString base = t.profile.dataverseUrl.toString();
        QCOMPARE(first.url.toString(), base + QStringLiteral("/api/data/v9.2/msdyn_dualwriteruntimeconfigs("
                                                             "3b172154-2e22-5e54-9226-1979717b3b1a)"));
        QCOMPARE(first.record.name, QStringLiteral("DWM_SalesorderheadersV2_salesorders"));
        QCOMPARE(first.record.environment, t.profile.dataverseUrl);
        QCOMPARE(first.reasonCode, QStringLiteral("noMatchingProject"));
        QVERIFY(first.body.isEmpty());
        QCOMPARE(plan.actions.at(1).record.key, QStringLiteral("5a633fbd-9139-526e-97ca-1b1a6fad4db2"));
        // The preview says which table maps to stop first (Microsoft's cleanup procedure).
        QCOMPARE(plan.beforeYouStart.size(), 1);
        QVERIFY2(plan.beforeYouStart.first().contains(QStringLiteral("salesorder / Sales order headers V2")),
                 qPrintable(plan.beforeYouStart.first()));
        QVERIFY(plan.cautions.isEmpty());
    }

    void planNeedsAFixableFailingCode()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("healthy")));
        QVERIFY(t.check());
        const RemediationPlan nothing = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        QVERIFY(nothing.ok());
        QCOMPARE(toString(nothing.checkStatus), toString(CheckStatus::Pass));
        QVERIFY(nothing.actions.isEmpty());
        const RemediationPlan other = planFix(QStringLiteral("DWHC0202"), t.report, t.snapshot, t.profile);
        QVERIFY(!other.ok());
        QVERIFY(other.error.contains(QStringLiteral("DWDVEV1004, DWFOEV1004, DWDVEV1007")));
        QCOMPARE(checkIdForCode(QStringLiteral("DWFOEV1004")), staleFo);
    }

    void fixStaleDataverseThenRestore()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        QCOMPARE(plan.actions.size(), 2);

        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("dv")), plan.code), &outcome));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.backupWritten);
        QCOMPARE(outcome.count(RecordResult::Outcome::Done), 2);
        QVERIFY(outcome.allDone());
        QCOMPARE(outcome.results.first().status, 204);
        QCOMPARE(outcome.results.first().evidence.last().request,
                 QStringLiteral("DELETE /api/data/v9.2/msdyn_dualwriteruntimeconfigs("
                                "3b172154-2e22-5e54-9226-1979717b3b1a)"));
        QCOMPARE(t.dvRows(runtimeConfigs).size(), before.size() - 2);

        // The backup holds each deleted record in full, as Dataverse returned it.
        const auto backup = readBackup(outcome.backupPath);
        QVERIFY(backup);
        QCOMPARE(backup->code, QStringLiteral("DWDVEV1004"));
        QCOMPARE(backup->entries.size(), 2);
        QCOMPARE(backup->dataverseUrl, t.profile.dataverseUrl);
        for (const BackupEntry &e : backup->entries) {
            QVERIFY(e.existed);
            QCOMPARE(e.action.method, QByteArray("DELETE"));
            const QJsonObject saved = withoutAnnotations(e.record);
            bool found = false;
            for (const QJsonObject &row : before)
                found = found || row == saved;
            QVERIFY2(found, qPrintable(QJsonDocument(saved).toJson()));
        }

        QVERIFY(t.check());
        QCOMPARE(toString(t.statusOf(staleDv)), toString(CheckStatus::Pass));

        const RestorePlan restore = planRestore(*backup);
        QVERIFY(restore.ok());
        QVERIFY(backupEnvironmentMismatch(*backup, t.profile).isEmpty());
        QCOMPARE(restore.actions.size(), 2);
        QCOMPARE(restore.actions.first().method, QByteArray("POST"));
        QCOMPARE(restore.actions.first().url.toString(),
                 t.profile.dataverseUrl.toString() + QStringLiteral("/api/data/v9.2/msdyn_dualwriteruntimeconfigs"));
        QVERIFY(!restore.actions.first().body.contains(QStringLiteral("versionnumber")));
        QVERIFY(!restore.actions.first().body.contains(QStringLiteral("@odata.etag")));

        RunOutcome restored;
        QVERIFY(t.run(restore.actions, t.settings(freshDir(QStringLiteral("dv-restore")), backup->code,
                                                  QStringLiteral("restore")), &restored));
        QVERIFY2(restored.allDone(), qPrintable(QJsonDocument(restored.toJson()).toJson()));
        QCOMPARE(comparable(t.dvRows(runtimeConfigs)), comparable(before));
        // The restore backed up its own targets first: absent records, so `existed` is false.
        const auto restoreBackup = readBackup(restored.backupPath);
        QVERIFY(restoreBackup);
        QCOMPARE(restoreBackup->operation, QStringLiteral("restore"));
        QCOMPARE(restoreBackup->entries.size(), 2);
        QVERIFY(!restoreBackup->entries.first().existed);
        QVERIFY(t.check());
        QCOMPARE(toString(t.statusOf(staleDv)), toString(CheckStatus::Fail));
    }

    void fixStaleFoWithQuotedKeysThenRestore()
    {
        Tenant t;
        const QJsonObject odd{{QStringLiteral("ProjectName"), QStringLiteral("DWM_O'Brien test")},
                              {QStringLiteral("InternalEntityName"), QStringLiteral("Customers V3")},
                              {QStringLiteral("ExternalEntityName"), QStringLiteral("accounts")},
                              {QStringLiteral("ExternalEnvironmentUrl"), QStringLiteral("https://other.crm.dynamics.com")},
                              {QStringLiteral("Status"), QStringLiteral("Enabled")}};
        const QJsonObject patch{{QStringLiteral("financeAndOperations"),
                                 QJsonObject{{projectConfigs, QJsonObject{{QStringLiteral("add"), QJsonArray{odd}}}}}}};
        QVERIFY(t.start(writeScenario(m_dir, QStringLiteral("fo-quoted"), QStringLiteral("DWFOEV1004"), patch)));
        const QList<QJsonObject> before = t.foRows(projectConfigs);
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWFOEV1004"), t.report, t.snapshot, t.profile);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.actions.size(), 3);
        QCOMPARE(plan.actions.first().url.toString(),
                 t.profile.foUrl.toString()
                     + QStringLiteral("/data/DualWriteProjectConfigurations(ProjectName='DWM_SalesorderheadersV2_salesorders')"));
        QCOMPARE(plan.actions.first().reasonCode, QStringLiteral("pointsElsewhere"));
        QVERIFY(plan.actions.first().reason.contains(QStringLiteral("https://contoso-old.crm4.dynamics.com")));
        QCOMPARE(plan.actions.last().url.toString(QUrl::FullyEncoded),
                 t.profile.foUrl.toString()
                     + QStringLiteral("/data/DualWriteProjectConfigurations(ProjectName='DWM_O''Brien%20test')"));
        QCOMPARE(plan.actions.last().record.url.query(), QStringLiteral("cross-company=true"));

        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("fo")), plan.code), &outcome));
        QVERIFY2(outcome.allDone(), qPrintable(QJsonDocument(outcome.toJson()).toJson()));
        QCOMPARE(t.foRows(projectConfigs).size(), before.size() - 3);
        QVERIFY(t.check());
        QCOMPARE(toString(t.statusOf(staleFo)), toString(CheckStatus::Pass));

        const auto backup = readBackup(outcome.backupPath);
        QVERIFY(backup);
        QCOMPARE(backup->entries.size(), 3);
        QCOMPARE(withoutAnnotations(backup->entries.last().record), odd);
        const RestorePlan restore = planRestore(*backup);
        QCOMPARE(restore.actions.size(), 3);
        QCOMPARE(restore.actions.first().url.toString(),
                 t.profile.foUrl.toString() + QStringLiteral("/data/DualWriteProjectConfigurations"));
        RunOutcome restored;
        QVERIFY(t.run(restore.actions, t.settings(freshDir(QStringLiteral("fo-restore")), backup->code,
                                                  QStringLiteral("restore")), &restored));
        QVERIFY2(restored.allDone(), qPrintable(QJsonDocument(restored.toJson()).toJson()));
        QCOMPARE(t.foRows(projectConfigs), before);
        QVERIFY(t.check());
        QCOMPARE(toString(t.statusOf(staleFo)), toString(CheckStatus::Fail));
    }

    void fixOwningTeamWithTheCompanysOwnTeam()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1007")));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1007"), t.report, t.snapshot, t.profile);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.actions.size(), 1);
        const WriteAction &a = plan.actions.first();
        QCOMPARE(a.method, QByteArray("PATCH"));
        QCOMPARE(a.url.toString(), t.profile.dataverseUrl.toString()
                                       + QStringLiteral("/api/data/v9.2/cdm_companies(") + demfId + u')');
        // Microsoft's company-data article: the owner team of the company's own business unit
        // ("DEMF DW Owner" in business unit DEMF), not the root business unit's default team.
        const QString demfOwnTeam = QStringLiteral("227413fd-53b1-5146-8948-301f16a16391");
        QCOMPARE(a.payload(), QByteArray("{\"cdm_defaultowningteam@odata.bind\":\"/teams(") + demfOwnTeam.toLatin1() + ")\"}");
        QVERIFY2(a.reason.contains(QStringLiteral("DEMF DW Owner")), qPrintable(a.reason));
        QCOMPARE(a.headers().value(0).first, QByteArray("If-Match"));
        QVERIFY(a.record.name.startsWith(QStringLiteral("DEMF (")));

        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("team")), plan.code), &outcome));
        QVERIFY2(outcome.allDone(), qPrintable(QJsonDocument(outcome.toJson()).toJson()));
        QCOMPARE(companyTeam(t, demfId), demfOwnTeam);
        QVERIFY(t.check());
        QCOMPARE(toString(t.statusOf(owningTeam)), toString(CheckStatus::Pass));

        // Undoing it means clearing the team, which Dataverse refuses while DEMF is enabled for
        // dual-write: the restore reports that record failed, with the service's message.
        const auto backup = readBackup(outcome.backupPath);
        QVERIFY(backup);
        QVERIFY(backup->entries.first().record.value(QStringLiteral("_cdm_defaultowningteam_value")).isNull());
        const RestorePlan restore = planRestore(*backup);
        QCOMPARE(restore.actions.size(), 1);
        QCOMPARE(restore.actions.first().method, QByteArray("DELETE"));
        QVERIFY(restore.actions.first().url.toString().endsWith(
            QStringLiteral("/cdm_companies(") + demfId + QStringLiteral(")/cdm_defaultowningteam/$ref")));
        RunOutcome restored;
        QVERIFY(t.run(restore.actions, t.settings(freshDir(QStringLiteral("team-restore")), backup->code,
                                                  QStringLiteral("restore")), &restored));
        QCOMPARE(restored.count(RecordResult::Outcome::Failed), 1);
        QCOMPARE(restored.results.first().status, 400);
        QVERIFY2(restored.results.first().message.contains(QStringLiteral("enabled for dual-write")),
                 qPrintable(restored.results.first().message));
        QCOMPARE(companyTeam(t, demfId), demfOwnTeam);
    }

    void fixOwningTeamFallsBackToTheRootDefaultTeam()
    {
        // No owner team of DEMF's name in its business unit: the root business unit's default
        // team, and the reason says why.
        Tenant t;
        const QJsonObject patch{{QStringLiteral("dataverse"), QJsonObject{{QStringLiteral("teams"), QJsonObject{
            {QStringLiteral("remove"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("DEMF DW Owner")}}}}}}}}};
        QVERIFY(t.start(writeScenario(m_dir, QStringLiteral("no-demf-team"), QStringLiteral("DWDVEV1007"), patch)));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1007"), t.report, t.snapshot, t.profile);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.actions.first().body.value(QStringLiteral("cdm_defaultowningteam@odata.bind")).toString(),
                 QStringLiteral("/teams(%1)").arg(rootDefaultTeam));
        QVERIFY2(plan.actions.first().reason.contains(QStringLiteral("no owner team named as the company")),
                 qPrintable(plan.actions.first().reason));
    }

    void staleCleanupRefusedWithoutAConfirmedLink_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("records");
        // F&O returned no configuration: the Dataverse rows may only be invisible to the sign-in.
        QTest::newRow("F&O empty") << QStringLiteral("fo-configs-empty") << QStringLiteral("DWDVEV1004") << 6;
        // The profile names another Dataverse environment than F&O's configurations.
        QTest::newRow("wrong profile, F&O") << QStringLiteral("wrong-profile") << QStringLiteral("DWFOEV1004") << 6;
        QTest::newRow("wrong profile, Dataverse") << QStringLiteral("wrong-profile") << QStringLiteral("DWDVEV1004") << 6;
        // The admin API says the Dataverse environment is linked to another F&O environment.
        QTest::newRow("linked elsewhere") << QStringLiteral("link-elsewhere") << QStringLiteral("DWDVEV1004") << 6;
    }

    void staleCleanupRefusedWithoutAConfirmedLink()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, code);
        QFETCH(int, records);
        Tenant t;
        QVERIFY(t.start(scenario));
        QVERIFY(t.check());
        const RemediationPlan refused = planFix(code, t.report, t.snapshot, t.profile);
        QVERIFY(!refused.ok());
        QVERIFY(refused.needsLinkOverride);
        QVERIFY(refused.actions.isEmpty());
        QVERIFY2(refused.error.startsWith(QStringLiteral("refused")), qPrintable(refused.error));
        PlanOptions override;
        override.acceptUnconfirmedLink = true;
        const RemediationPlan plan = planFix(code, t.report, t.snapshot, t.profile, override);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.actions.size(), records);
        QVERIFY(!plan.cautions.isEmpty());
        QVERIFY(plan.beforeYouStart.join(QLatin1Char(' ')).contains(QStringLiteral("Stop these table maps")));
    }



    void fixOwningTeamWithANamedTeamThenRestore()
    {
        // DEMF selected in the profile but not (yet) enabled for dual-write: its team can be cleared.
        Tenant t;
        const QJsonObject patch{{QStringLiteral("dataverse"), QJsonObject{{companies, QJsonObject{
            {QStringLiteral("update"), QJsonArray{QJsonObject{
                {QStringLiteral("match"), QJsonObject{{QStringLiteral("cdm_companycode"), QStringLiteral("DEMF")}}},
                {QStringLiteral("set"), QJsonObject{{QStringLiteral("cdm_isenabledfordualwrite"), false}}}}}}}}}}};
        QVERIFY(t.start(writeScenario(m_dir, QStringLiteral("team-off"), QStringLiteral("DWDVEV1007"), patch)));
        const QList<QJsonObject> before = t.dvRows(companies);
        QVERIFY(t.check());
        QCOMPARE(toString(t.statusOf(owningTeam)), toString(CheckStatus::Fail));
        const QString demfTeam = QStringLiteral("227413fd-53b1-5146-8948-301f16a16391");
        PlanOptions options;
        options.teamId = demfTeam.toUpper();
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1007"), t.report, t.snapshot, t.profile, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.actions.first().body.value(QStringLiteral("cdm_defaultowningteam@odata.bind")).toString(),
                 QStringLiteral("/teams(%1)").arg(demfTeam));

        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("team2")), plan.code), &outcome));
        QVERIFY(outcome.allDone());
        QCOMPARE(companyTeam(t, demfId), demfTeam);

        const auto backup = readBackup(outcome.backupPath);
        QVERIFY(backup);
        RunOutcome restored;
        QVERIFY(t.run(planRestore(*backup).actions,
                      t.settings(freshDir(QStringLiteral("team2-restore")), backup->code, QStringLiteral("restore")),
                      &restored));
        QVERIFY2(restored.allDone(), qPrintable(QJsonDocument(restored.toJson()).toJson()));
        QCOMPARE(comparable(t.dvRows(companies)), comparable(before));

        PlanOptions bad;
        bad.teamId = QStringLiteral("not-a-guid");
        QVERIFY(!planFix(QStringLiteral("DWDVEV1007"), t.report, t.snapshot, t.profile, bad).ok());
    }

    void aFailedWriteLeavesAnExactPerRecordReport_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("one by one") << 1;
        QTest::newRow("three at a time") << 3;
    }

    void aFailedWriteLeavesAnExactPerRecordReport()
    {
        QFETCH(int, concurrency);
        Tenant t;
        QVERIFY(t.start(writeScenario(m_dir, QStringLiteral("five"), QStringLiteral("DWDVEV1004"), fiveStaleRows())));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        QCOMPARE(plan.actions.size(), 5);
        const QString third = plan.actions.at(2).record.key;
        sim::Fault fault;
        fault.service = QStringLiteral("dataverse");
        fault.method = QStringLiteral("DELETE");
        fault.pathContains = third;
        fault.status = 500;
        fault.times = 1;
        t.simulator.addFault(fault);

        RunSettings settings = t.settings(freshDir(QStringLiteral("fault-%1").arg(concurrency)), plan.code);
        settings.maxConcurrent = concurrency;
        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, settings, &outcome));
        QVERIFY(outcome.backupWritten);
        QCOMPARE(outcome.results.size(), 5);
        const QList<RecordResult::Outcome> expected{RecordResult::Outcome::Done, RecordResult::Outcome::Done,
                                                    RecordResult::Outcome::Failed, RecordResult::Outcome::Done,
                                                    RecordResult::Outcome::Done};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(outcome.results.at(i).outcome, expected.at(i));
        QCOMPARE(outcome.results.at(2).status, 500);
        QVERIFY2(outcome.results.at(2).message.contains(QStringLiteral("An unexpected error occurred.")),
                 qPrintable(outcome.results.at(2).message));
        QVERIFY(!outcome.allDone());

        const auto backup = readBackup(outcome.backupPath);
        QVERIFY(backup);
        QCOMPARE(backup->entries.size(), 5);
        QStringList backedUp;
        for (const BackupEntry &e : backup->entries)
            backedUp << e.record.value(QStringLiteral("msdyn_dualwriteruntimeconfigid")).toString();
        QStringList planned;
        for (const WriteAction &a : plan.actions)
            planned << a.record.key;
        QCOMPARE(backedUp, planned);

        QCOMPARE(t.dvRows(runtimeConfigs).size(), before.size() - 4);
        QVERIFY(t.check());
        const QJsonArray stale = t.report.find(staleDv)->details.value(QStringLiteral("stale")).toArray();
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.first().toObject().value(QStringLiteral("id")).toString(), third);
    }

    void aRecordAlreadyGoneCountsAsDeleted()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        sim::Fault gone;
        gone.service = QStringLiteral("dataverse");
        gone.method = QStringLiteral("DELETE");
        gone.pathContains = plan.actions.first().record.key;
        gone.status = 404;
        t.simulator.addFault(gone);
        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("gone")), plan.code), &outcome));
        QCOMPARE(outcome.results.first().outcome, RecordResult::Outcome::Done);
        QCOMPARE(outcome.results.first().status, 404);
        QVERIFY(outcome.results.first().message.contains(QStringLiteral("already gone")));
        QCOMPARE(outcome.results.at(1).outcome, RecordResult::Outcome::Done);
        QCOMPARE(outcome.results.at(1).status, 204);
    }

    void cancelMarksEveryRecord()
    {
        Tenant t;
        QVERIFY(t.start(writeScenario(m_dir, QStringLiteral("five-cancel"), QStringLiteral("DWDVEV1004"), fiveStaleRows())));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        QCOMPARE(plan.actions.size(), 5);
        sim::Fault hang;
        hang.service = QStringLiteral("dataverse");
        hang.method = QStringLiteral("DELETE");
        hang.pathContains = plan.actions.at(1).record.key;
        hang.kind = sim::Fault::Kind::Hang;
        t.simulator.addFault(hang);

        RemediationRun run(t.clients.get(), t.settings(freshDir(QStringLiteral("cancel")), plan.code));
        RunOutcome outcome;
        connect(&run, &RemediationRun::finished, this, [&outcome](const RunOutcome &o) { outcome = o; });
        connect(&run, &RemediationRun::recordFinished, this, [&run](int index, const RecordResult &) {
            if (index == 0)
                QTimer::singleShot(500, &run, &RemediationRun::cancel);  // record 2 hangs meanwhile
        });
        QSignalSpy finished(&run, &RemediationRun::finished);
        run.start(plan.actions);
        QVERIFY(finished.wait(30000));
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.results.size(), 5);
        QCOMPARE(outcome.results.at(0).outcome, RecordResult::Outcome::Done);
        QCOMPARE(outcome.results.at(1).outcome, RecordResult::Outcome::Unknown);
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(outcome.results.at(i).outcome, RecordResult::Outcome::NotAttempted);
            QVERIFY(outcome.results.at(i).evidence.isEmpty());
        }
    }

    void dryRunPlanningChangesNothing()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        QStringList methods;
        connect(&t.simulator, &sim::Simulator::requestServed, this,
                [&methods](const QString &, const QString &method, const QString &, int) { methods << method; });
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        QCOMPARE(plan.actions.size(), 2);
        QCOMPARE(t.dvRows(runtimeConfigs), before);
        QVERIFY(!methods.isEmpty());
        QVERIFY2(QSet<QString>(methods.cbegin(), methods.cend()) == QSet<QString>({QStringLiteral("GET"), QStringLiteral("POST")}),
                 qPrintable(methods.join(u',')));  // POST: the token requests only
    }

    void unwritableBackupStopsBeforeAnyWrite()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        QStringList writes;
        connect(&t.simulator, &sim::Simulator::requestServed, this,
                [&writes](const QString &service, const QString &method, const QString &path, int) {
            if (service != QLatin1String("entra") && method != QLatin1String("GET"))
                writes << method + u' ' + path;
        });
        // A directory below a regular file cannot exist, whoever runs the test (root included).
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(blocker.fileName() + QStringLiteral("/backups"), plan.code), &outcome));
        QVERIFY(!outcome.backupWritten);
        QVERIFY(outcome.error.contains(QStringLiteral("nothing was written")));
        QCOMPARE(outcome.count(RecordResult::Outcome::NotAttempted), 2);
        QVERIFY(writes.isEmpty());
        QCOMPARE(t.dvRows(runtimeConfigs), before);
    }

    void aRecordThatCannotBeReadStopsBeforeAnyWrite()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        sim::Fault denied;
        denied.service = QStringLiteral("dataverse");
        denied.method = QStringLiteral("GET");
        denied.pathContains = plan.actions.at(1).record.key;
        denied.status = 403;
        t.simulator.addFault(denied);
        const QString dir = freshDir(QStringLiteral("unreadable"));
        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(dir, plan.code), &outcome));
        QVERIFY(!outcome.backupWritten);
        QVERIFY2(outcome.error.contains(QStringLiteral("DWM_WarehousesV2_msdyn_warehouses")), qPrintable(outcome.error));
        QCOMPARE(outcome.count(RecordResult::Outcome::NotAttempted), 2);
        QCOMPARE(t.dvRows(runtimeConfigs), before);
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
    }

    void backupsHoldNoSecretOrToken()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("secrets")), plan.code), &outcome));
        QFile f(outcome.backupPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(!data.contains(sim::Simulator::clientSecret().toUtf8()));
        QVERIFY(!t.simulator.issuedTokens().isEmpty());
        for (const QString &token : t.simulator.issuedTokens())
            QVERIFY(!data.contains(token.toUtf8()));
        QVERIFY(!data.contains("Authorization"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const QByteArray results = QJsonDocument(outcome.toJson()).toJson();
        for (const QString &token : t.simulator.issuedTokens())
            QVERIFY(!results.contains(token.toUtf8()));
    }

    void backupFilesAreCheckedWhenRead()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad-backup.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"dwhealth-backup\",\"schemaVersion\":1,\"records\":[{\"action\":{\"method\":\"GET\"}}]}");
        f.close();
        QString error;
        QVERIFY(!loadBackupFile(bad, &error));
        QVERIFY2(error.startsWith(bad) && error.contains(QStringLiteral("records[0].action: method")),
                 qPrintable(error));
        QVERIFY(!loadBackupFile(m_dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
    }

    void aDeleteAppliedButAnsweredLateIsDone()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        QCOMPARE(plan.actions.size(), 2);
        RequestLimits limits;
        limits.timeoutMs = 1000;
        t.clients = std::make_unique<ServiceClients>(t.profile, t.tokens.get(), limits);
        sim::Fault late;  // applied at once, answered after the client gave up
        late.service = QStringLiteral("dataverse");
        late.method = QStringLiteral("DELETE");
        late.pathContains = plan.actions.first().record.key;
        late.kind = sim::Fault::Kind::Latency;
        late.latencyMs = 4000;
        late.times = 1;
        t.simulator.addFault(late);
        RunOutcome outcome;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("late")), plan.code), &outcome));
        const RecordResult &first = outcome.results.first();
        QVERIFY2(first.outcome == RecordResult::Outcome::Done, qPrintable(first.message));
        QVERIFY2(first.message.contains(QStringLiteral("timed out"))
                     && first.message.contains(QStringLiteral("it was applied")),
                 qPrintable(first.message));
        QCOMPARE(first.evidence.last().status, 404);  // the read that told
        QVERIFY(outcome.allDone());
        QVERIFY(t.dvRows(runtimeConfigs).size() == 6);
    }

    void aPostAppliedThenResetIsDoneNot412()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        QVERIFY(t.check());
        const RemediationPlan plan = planFix(QStringLiteral("DWDVEV1004"), t.report, t.snapshot, t.profile);
        RunOutcome fixed;
        QVERIFY(t.run(plan.actions, t.settings(freshDir(QStringLiteral("reset")), plan.code), &fixed));
        QVERIFY(fixed.allDone());
        const auto backup = readBackup(fixed.backupPath);
        QVERIFY(backup);
        QString error;
        const auto checked = checkBackup(*backup, t.profile, &error);
        QVERIFY2(checked, qPrintable(error));
        const RestorePlan restore = planRestore(*checked);
        QCOMPARE(restore.actions.size(), 2);

        QStringList posts;
        connect(&t.simulator, &sim::Simulator::requestServed, this,
                [&posts](const QString &, const QString &method, const QString &path, int) {
            if (method == QLatin1String("POST") && path.startsWith(QLatin1String("/api/")))
                posts << path;
        });
        sim::Fault reset;
        reset.service = QStringLiteral("dataverse");
        reset.method = QStringLiteral("POST");
        reset.pathContains = runtimeConfigs;
        reset.kind = sim::Fault::Kind::AppliedThenReset;
        reset.times = 1;
        t.simulator.addFault(reset);
        RunSettings settings = t.settings(freshDir(QStringLiteral("reset-restore")), backup->code,
                                          QStringLiteral("restore"));
        settings.skipPresent = true;
        RunOutcome restored;
        QVERIFY(t.run(restore.actions, settings, &restored));
        const RecordResult &first = restored.results.first();
        QVERIFY2(first.outcome == RecordResult::Outcome::Done, qPrintable(first.message));
        QVERIFY2(first.message.contains(QStringLiteral("it was applied")), qPrintable(first.message));
        QVERIFY(restored.allDone());
        QCOMPARE(posts.size(), 2);  // one per record: none sent twice
        QCOMPARE(comparable(t.dvRows(runtimeConfigs)), comparable(before));
    }

    void aWriteWithoutAnAnswerIsWhatTheReadShows()
    {
        WriteAction del;
        del.method = QByteArrayLiteral("DELETE");
        del.url = QUrl(QStringLiteral("https://contoso.crm4.dynamics.com/api/data/v9.2/msdyn_dualwriteruntimeconfigs(x)"));
        ServiceReply timedOut;
        timedOut.error = QStringLiteral("Dataverse did not answer: timed out after 1 s");
        timedOut.evidence.append(Evidence{});
        QCOMPARE(WriteExecutor::classify(del, timedOut).outcome, RecordResult::Outcome::Unknown);
        ServiceReply gone;
        gone.status = 404;
        QCOMPARE(WriteExecutor::classifyReadBack(del, timedOut, gone).outcome, RecordResult::Outcome::Done);
        ServiceReply stillThere;
        stillThere.ok = true;
        stillThere.status = 200;
        stillThere.body = "{\"msdyn_dualwriteruntimeconfigid\":\"x\"}";
        QCOMPARE(WriteExecutor::classifyReadBack(del, timedOut, stillThere).outcome, RecordResult::Outcome::Failed);
        ServiceReply unreadable;
        unreadable.status = 500;
        unreadable.error = QStringLiteral("boom");
        QCOMPARE(WriteExecutor::classifyReadBack(del, timedOut, unreadable).outcome, RecordResult::Outcome::Unknown);

        WriteAction bind;
        bind.method = QByteArrayLiteral("PATCH");
        bind.body = QJsonObject{{QStringLiteral("cdm_defaultowningteam@odata.bind"), QStringLiteral("/teams(%1)").arg(rootDefaultTeam)}};
        const QJsonObject same{{QStringLiteral("_cdm_defaultowningteam_value"), rootDefaultTeam.toUpper()}};
        const QJsonObject empty{{QStringLiteral("_cdm_defaultowningteam_value"), QJsonValue::Null}};
        QCOMPARE(TargetState::of(bind, true, same).value, TargetState::Value::Reached);
        QCOMPARE(TargetState::of(bind, true, empty).value, TargetState::Value::NotReached);
        WriteAction clear;
        clear.method = QByteArrayLiteral("DELETE");
        clear.url = QUrl(QStringLiteral("https://x/api/data/v9.2/cdm_companies(%1)/cdm_defaultowningteam/$ref").arg(demfId));
        QCOMPARE(TargetState::of(clear, true, empty).value, TargetState::Value::Reached);
        QCOMPARE(TargetState::of(clear, true, same).value, TargetState::Value::NotReached);
    }

    void checkBackupNamesWhatItRefuses()
    {
        Profile profile;
        profile.dataverseUrl = QUrl(QStringLiteral("https://contoso-uat.crm4.dynamics.com"));
        profile.foUrl = QUrl(QStringLiteral("https://contoso-uat.sandbox.operations.dynamics.com"));
        const QString id = QStringLiteral("3b172154-2e22-5e54-9226-1979717b3b1a");
        auto backupWith = [&](const QUrl &base, const QJsonObject &record) {
            Backup b;
            b.code = QStringLiteral("DWDVEV1004");
            b.dataverseUrl = profile.dataverseUrl;
            BackupEntry e;
            e.action.method = QByteArrayLiteral("DELETE");
            e.action.url = RecordAddress::dataverseRecord(base, runtimeConfigs, id);
            e.action.record = RecordRef{Service::Dataverse, runtimeConfigs,
                                        QStringLiteral("msdyn_dualwriteruntimeconfigid"), id,
                                        QStringLiteral("DWM_x"), base, e.action.url};
            e.record = record;
            b.entries.append(e);
            return b;
        };
        const QJsonObject good{{QStringLiteral("msdyn_dualwriteruntimeconfigid"), id},
                               {QStringLiteral("msdyn_name"), QStringLiteral("DWM_x")},
                               {QStringLiteral("statecode"), 0},
                               {QStringLiteral("_ownerid_value"), rootDefaultTeam},
                               {QStringLiteral("@odata.etag"), QStringLiteral("W/\"1\"")}};
        QString error;
        const auto ok = checkBackup(backupWith(profile.dataverseUrl, good), profile, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->entries.first().action.record.url, RecordAddress::dataverseRecord(profile.dataverseUrl, runtimeConfigs, id));

        QVERIFY(!checkBackup(backupWith(QUrl(QStringLiteral("https://evil.example:8443")), good), profile, &error));
        QVERIFY2(error.contains(QStringLiteral("records[0] (DWM_x)")) && error.contains(QStringLiteral("evil.example:8443"))
                     && error.contains(QStringLiteral("contoso-uat.crm4.dynamics.com")),
                 qPrintable(error));

        QJsonObject unknown = good;
        unknown.insert(QStringLiteral("ownerid"), QStringLiteral("x"));
        QVERIFY(!checkBackup(backupWith(profile.dataverseUrl, unknown), profile, &error));
        QVERIFY2(error.contains(QStringLiteral("column ownerid")), qPrintable(error));
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("statecode"), QStringLiteral("active"));
        QVERIFY(!checkBackup(backupWith(profile.dataverseUrl, wrongType), profile, &error));
        QVERIFY2(error.contains(QStringLiteral("statecode")) && error.contains(QStringLiteral("whole number")), qPrintable(error));

        Backup otherCode = backupWith(profile.dataverseUrl, good);
        otherCode.code = QStringLiteral("DWDVEV1007");
        QVERIFY(!checkBackup(otherCode, profile, &error));
        QVERIFY2(error.contains(QStringLiteral("is not a write")), qPrintable(error));

        // The digest: written by toJson(), broken by any edit.
        const QJsonObject file = backupWith(profile.dataverseUrl, good).toJson();
        QCOMPARE(BackupDigest::verify(file), BackupDigest::State::Intact);
        QJsonObject edited = file;
        edited.insert(QStringLiteral("code"), QStringLiteral("DWFOEV1004"));
        QCOMPARE(BackupDigest::verify(edited), BackupDigest::State::Edited);
        edited.remove(QStringLiteral("digest"));
        QCOMPARE(BackupDigest::verify(edited), BackupDigest::State::Missing);
    }

    void restoreRefusesAnotherEnvironment()
    {
        Backup backup;
        BackupEntry e;
        e.action.method = QByteArrayLiteral("DELETE");
        e.action.record.service = Service::Dataverse;
        e.action.record.environment = QUrl(QStringLiteral("https://contoso-prod.crm4.dynamics.com"));
        backup.entries.append(e);
        Profile profile;
        profile.dataverseUrl = QUrl(QStringLiteral("https://contoso-uat.crm4.dynamics.com"));
        QVERIFY(backupEnvironmentMismatch(backup, profile).contains(QStringLiteral("contoso-prod")));
        profile.dataverseUrl = QUrl(QStringLiteral("https://CONTOSO-prod.crm4.dynamics.com/"));
        QVERIFY(backupEnvironmentMismatch(backup, profile).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Remediation)
#include "tst_remediation.moc"
