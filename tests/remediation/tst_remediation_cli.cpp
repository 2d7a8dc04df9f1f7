// SPDX-License-Identifier: MIT
// `dwhealth fix` and `dwhealth restore` as a person or a pipeline runs them: the executable
// against a simulator in this process (over loopback HTTP), its data compared before and after.
#include "dwhealthprocess.h"
#include "tenant.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>

using namespace dwh;
using namespace dwh::test;

namespace {

using Run = test::CliRun;

const QString runtimeConfigs = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString projectConfigs = QStringLiteral("DualWriteProjectConfigurations");

} // namespace

class tst_RemediationCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /** Runs the executable without blocking this thread's event loop (the simulator lives here). */
    Run dwhealth(const QStringList &args, const QString &workingDir = QString())
    {
        CliSetup setup;
        setup.secret = sim::Simulator::clientSecret().toUtf8();
        setup.workingDir = workingDir.isEmpty() ? m_dir.path() : workingDir;
        return runDwhealth(args, setup);
    }

    QString profileFile(const Tenant &t)
    {
        const QString path = m_dir.filePath(QStringLiteral("profile-%1.json").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(t.simulator.profileJson()).toJson());
        return path;
    }

    QString freshDir()
    {
        const QString path = m_dir.filePath(QStringLiteral("dir-%1").arg(++m_files));
        QDir().mkpath(path);
        return path;
    }

    static QStringList files(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files);
    }

    static void verifyNoSecrets(const Tenant &t, const Run &r)
    {
        const QByteArray secret = sim::Simulator::clientSecret().toUtf8();
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
        for (const QString &token : t.simulator.issuedTokens())
            QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dryRunPreviewsAndChangesNothing()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        QStringList writes;
        connect(&t.simulator, &sim::Simulator::requestServed, this,
                [&writes](const QString &service, const QString &method, const QString &path, int) {
            if (service != QLatin1String("entra") && method != QLatin1String("GET"))
                writes << method + u' ' + path;
        });
        const QString cwd = freshDir();
        const Run r = dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--profile"),
                                profileFile(t)}, cwd);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("DELETE ") && r.out.contains("3b172154-2e22-5e54-9226-1979717b3b1a")
                     && r.out.contains("5a633fbd-9139-526e-97ca-1b1a6fad4db2"), r.out.constData());
        QVERIFY(r.out.contains("noMatchingProject"));
        QVERIFY(r.out.contains("Dry run: nothing was written"));
        QVERIFY(writes.isEmpty());
        QCOMPARE(t.dvRows(runtimeConfigs), before);
        QVERIFY(files(cwd).isEmpty());
        verifyNoSecrets(t, r);
    }

    void applyNeedsYesWithoutATerminal()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        const Run r = dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--profile"),
                                profileFile(t), QStringLiteral("--apply")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QCOMPARE(t.dvRows(runtimeConfigs), before);
    }

    void applyFixesThenRestoreBringsTheRecordsBack()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWFOEV1004")));
        const QList<QJsonObject> before = t.foRows(projectConfigs);
        const QString profile = profileFile(t);
        const QString backups = freshDir();
        const Run fix = dwhealth({QStringLiteral("fix"), QStringLiteral("DWFOEV1004"), QStringLiteral("--profile"),
                                  profile, QStringLiteral("--apply"), QStringLiteral("--yes"),
                                  QStringLiteral("--backup-dir"), backups, QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QVERIFY2(fix.exitCode == 0, fix.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(fix.out).object();
        QCOMPARE(result.value(QStringLiteral("fixed")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("before")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));
        QCOMPARE(result.value(QStringLiteral("after")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pass"));
        const QJsonObject run = result.value(QStringLiteral("run")).toObject();
        QCOMPARE(run.value(QStringLiteral("done")).toInt(), 2);
        QCOMPARE(run.value(QStringLiteral("records")).toArray().size(), 2);
        QCOMPARE(t.foRows(projectConfigs).size(), before.size() - 2);
        const QStringList written = files(backups);
        QCOMPARE(written.size(), 1);
        QCOMPARE(QDir(backups).filePath(written.first()), run.value(QStringLiteral("backup")).toString());
        verifyNoSecrets(t, fix);

        const QString backup = QDir(backups).filePath(written.first());
        const Run preview = dwhealth({QStringLiteral("restore"), backup, QStringLiteral("--profile"), profile});
        QVERIFY2(preview.exitCode == 0, preview.err.constData());
        QVERIFY(preview.out.contains("POST "));
        QVERIFY(preview.out.contains("Preview: nothing was written"));
        QCOMPARE(t.foRows(projectConfigs).size(), before.size() - 2);

        const QString restoreBackups = freshDir();
        const Run restore = dwhealth({QStringLiteral("restore"), backup, QStringLiteral("--profile"), profile,
                                      QStringLiteral("--apply"), QStringLiteral("--yes"),
                                      QStringLiteral("--backup-dir"), restoreBackups});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QVERIFY2(restore.out.contains("2 done, 0 failed"), restore.out.constData());
        QVERIFY2(restore.out.contains("Integrity: intact"), restore.out.constData());
        QCOMPARE(t.foRows(projectConfigs), before);
        QCOMPARE(files(restoreBackups).size(), 1);
        verifyNoSecrets(t, restore);

        // Restoring twice cannot create the records twice: each one is read first and skipped.
        const Run again = dwhealth({QStringLiteral("restore"), backup, QStringLiteral("--profile"), profile,
                                    QStringLiteral("--apply"), QStringLiteral("--yes"),
                                    QStringLiteral("--backup-dir"), restoreBackups});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("0 done, 0 failed, 0 not attempted, 0 unknown, 2 already present"),
                 again.out.constData());
        QCOMPARE(t.foRows(projectConfigs), before);
    }

    void aFailedWriteIsReportedRecordByRecord()
    {
        Tenant t;
        QJsonArray add;
        for (int i = 1; i <= 3; ++i) {
            add.append(QJsonObject{
                {QStringLiteral("msdyn_dualwriteruntimeconfigid"),
                 QStringLiteral("0000000%1-aaaa-4bbb-8ccc-000000000000").arg(i)},
                {QStringLiteral("msdyn_name"), QStringLiteral("DWM_Extra%1").arg(i)},
                {QStringLiteral("msdyn_internalentityname"), QStringLiteral("extra%1").arg(i)},
                {QStringLiteral("msdyn_externalentityname"), QStringLiteral("Extra %1").arg(i)}});
        }
        const QJsonObject patch{{QStringLiteral("dataverse"),
                                 QJsonObject{{runtimeConfigs, QJsonObject{{QStringLiteral("add"), add}}}}}};
        QVERIFY(t.start(writeScenario(m_dir, QStringLiteral("cli-five"), QStringLiteral("DWDVEV1004"), patch)));
        sim::Fault fault;
        fault.service = QStringLiteral("dataverse");
        fault.method = QStringLiteral("DELETE");
        fault.pathContains = QStringLiteral("00000001-aaaa");  // the third stale record
        fault.status = 500;
        fault.times = 1;
        t.simulator.addFault(fault);
        const QString backups = freshDir();
        const Run r = dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--profile"),
                                profileFile(t), QStringLiteral("--apply"), QStringLiteral("--yes"),
                                QStringLiteral("--backup-dir"), backups, QStringLiteral("--format"),
                                QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("fixed")).toBool(true), false);
        const QJsonArray records = result.value(QStringLiteral("run")).toObject().value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 5);
        const QStringList expected{QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("failed"),
                                   QStringLiteral("done"), QStringLiteral("done")};
        for (int i = 0; i < 5; ++i) {
            const QJsonObject outcome = records.at(i).toObject().value(QStringLiteral("result")).toObject();
            QCOMPARE(outcome.value(QStringLiteral("outcome")).toString(), expected.at(i));
        }
        const QJsonObject failed = records.at(2).toObject();
        QCOMPARE(failed.value(QStringLiteral("record")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("DWM_Extra1"));
        QVERIFY(failed.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString()
                    .contains(QStringLiteral("An unexpected error occurred.")));
        QCOMPARE(result.value(QStringLiteral("after")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));
        QCOMPARE(t.dvRows(runtimeConfigs).size(), 7);  // 6 healthy + the one that failed
        QCOMPARE(files(backups).size(), 1);
    }

    void anUnusableBackupDirStopsBeforeAnything()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        for (const QString &dir : {file, file + QStringLiteral("/sub"), m_dir.filePath(QStringLiteral("missing"))}) {
            const Run r = dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--profile"),
                                    profileFile(t), QStringLiteral("--apply"), QStringLiteral("--yes"),
                                    QStringLiteral("--backup-dir"), dir});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--backup-dir"), r.err.constData());
        }
        QCOMPARE(t.dvRows(runtimeConfigs), before);
    }

    void demoFixesTheCodesOwnScenario()
    {
        const QString backups = freshDir();
        const Run r = dwhealth({QStringLiteral("fix"), QStringLiteral("dwdvev1007"), QStringLiteral("--demo"),
                                QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--backup-dir"),
                                backups, QStringLiteral("--no-progress")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("PATCH "));
        QVERIFY(r.out.contains("cdm_defaultowningteam@odata.bind"));
        QVERIFY(r.out.contains("Re-check: DWDVEV1007 (dep.company.owning-team): pass"));
        QCOMPARE(files(backups).size(), 1);
    }

    void nothingToFixIsExit0()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("healthy")));
        const Run r = dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1007"), QStringLiteral("--profile"),
                                profileFile(t), QStringLiteral("--apply"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Nothing to fix"));
    }

    void restoreRefusesAnotherEnvironment()
    {
        Tenant a;
        QVERIFY(a.start(QStringLiteral("DWDVEV1004")));
        const QString backups = freshDir();
        const Run fix = dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--profile"),
                                  profileFile(a), QStringLiteral("--apply"), QStringLiteral("--yes"),
                                  QStringLiteral("--backup-dir"), backups});
        QCOMPARE(fix.exitCode, 0);
        Tenant b;
        QVERIFY(b.start(QStringLiteral("healthy")));
        const QList<QJsonObject> before = b.dvRows(runtimeConfigs);
        const Run r = dwhealth({QStringLiteral("restore"), QDir(backups).filePath(files(backups).first()),
                                QStringLiteral("--profile"), profileFile(b), QStringLiteral("--apply"),
                                QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("was taken from"), r.err.constData());
        QCOMPARE(b.dvRows(runtimeConfigs), before);
    }

    void usageErrorsAreExit2()
    {
        const QStringList profile{QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("none.json"))};
        QCOMPARE(dwhealth({QStringLiteral("fix")}).exitCode, 2);
        QCOMPARE(dwhealth({QStringLiteral("fix"), QStringLiteral("DWHC0202"), QStringLiteral("--demo")}).exitCode, 2);
        QCOMPARE(dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004")}).exitCode, 2);
        QCOMPARE(dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1007"), QStringLiteral("--demo"),
                           QStringLiteral("--team"), QStringLiteral("not-a-guid")}).exitCode, 2);
        QCOMPARE(dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--demo"),
                           QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 2);
        const Run secret = dwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--demo"),
                                     QStringLiteral("--client-secret=abc")});
        QCOMPARE(secret.exitCode, 2);
        QVERIFY(secret.err.contains("never taken on the command line"));
        QCOMPARE(dwhealth(QStringList{QStringLiteral("fix"), QStringLiteral("DWDVEV1004")} + profile).exitCode, 2);
        QCOMPARE(dwhealth({QStringLiteral("restore")}).exitCode, 2);
        const Run missing = dwhealth(QStringList{QStringLiteral("restore"), m_dir.filePath(QStringLiteral("no.json"))}
                                     + profile);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no.json"));
        const Run help = dwhealth({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("fix CODE") && help.out.contains("restore BACKUP.json")
                && help.out.contains("--backup-dir"));
    }
};

QTEST_GUILESS_MAIN(tst_RemediationCli)
#include "tst_remediation_cli.moc"
