// SPDX-License-Identifier: MIT
// `dwhealth restore` with backup files that were edited (issue 13): the executable against the
// simulator over loopback HTTP. An edited backup may name another host, another table, another
// column; restore refuses all of it before any request, shows an edited file as edited, and
// reads each record first so that running it twice (or after a partial fix) is harmless.
#include "backupdigest.h"
#include "dwhealthprocess.h"
#include "tenant.h"

#include <QDir>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>

using namespace dwh;
using namespace dwh::test;

namespace {

const QString runtimeConfigs = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString projectConfigs = QStringLiteral("DualWriteProjectConfigurations");
const QString companies = QStringLiteral("cdm_companies");
const QString adminUser = QStringLiteral("f864054a-e9e3-5960-8137-7b7734fc1f5a");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/** Writes `file`; with `resign` its digest is computed again, as an attacker would. */
void writeJson(const QString &path, QJsonObject file, bool resign)
{
    if (resign)
        file.insert(QStringLiteral("digest"), BackupDigest::compute(file));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(file).toJson());
}

/** Edits records[index] of a backup file through `edit(entry)`. */
template <typename Edit>
QJsonObject editEntry(QJsonObject file, int index, Edit edit)
{
    QJsonArray records = file.value(QStringLiteral("records")).toArray();
    QJsonObject entry = records.at(index).toObject();
    edit(entry);
    records[index] = entry;
    file.insert(QStringLiteral("records"), records);
    return file;
}

QJsonObject child(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

/** Sets `entry.action.record.<key>` (and the entry's copy) to `value`. */
void setRecordField(QJsonObject &entry, const QString &key, const QJsonValue &value)
{
    QJsonObject action = child(entry, "action");
    QJsonObject record = child(action, "record");
    record.insert(key, value);
    action.insert(QStringLiteral("record"), record);
    entry.insert(QStringLiteral("action"), action);
    entry.insert(key, value);
}

/** A listener on another loopback port that only records what reaches it. */
struct ForeignHost
{
    QTcpServer server;
    QByteArray received;

    bool listen()
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    received += s->readAll();
                    s->disconnectFromHost();
                });
            }
        });
        return server.listen(QHostAddress::LocalHost);
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()); }
};

} // namespace

class tst_RestoreTrust : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    CliRun dwhealth(const QStringList &args)
    {
        CliSetup setup;
        setup.secret = sim::Simulator::clientSecret().toUtf8();
        setup.workingDir = m_dir.path();
        return runDwhealth(args, setup);
    }

    QString profileFile(const Tenant &t)
    {
        const QString path = m_dir.filePath(QStringLiteral("profile-%1.json").arg(++m_files));
        writeJson(path, t.simulator.profileJson(), false);
        return path;
    }

    QString freshDir()
    {
        const QString path = m_dir.filePath(QStringLiteral("dir-%1").arg(++m_files));
        QDir().mkpath(path);
        return path;
    }

    /** Runs `fix CODE --apply` and returns the backup file it wrote. */
    QString fixAndBackUp(const Tenant &, const QString &profile, const QString &code)
    {
        const QString backups = freshDir();
        const CliRun fix = dwhealth({QStringLiteral("fix"), code, QStringLiteral("--profile"), profile,
                                     QStringLiteral("--apply"), QStringLiteral("--yes"),
                                     QStringLiteral("--backup-dir"), backups});
        if (fix.exitCode != 0)
            qWarning("fix: %s", fix.err.constData());
        const QStringList files = QDir(backups).entryList(QDir::Files);
        return files.size() == 1 ? QDir(backups).filePath(files.first()) : QString();
    }

    CliRun restore(const QString &backup, const QString &profile, const QStringList &more = {})
    {
        return dwhealth(QStringList{QStringLiteral("restore"), backup, QStringLiteral("--profile"), profile,
                                    QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--timeout"),
                                    QStringLiteral("3"), QStringLiteral("--backup-dir"), freshDir()}
                        + more);
    }

    /** Every request but the token's that reaches the simulator, as "METHOD path". */
    static void recordServiceRequests(Tenant &t, QStringList *requests)
    {
        QObject::connect(&t.simulator, &sim::Simulator::requestServed, &t.simulator,
                         [requests](const QString &service, const QString &method, const QString &path, int) {
            if (service != QLatin1String("entra"))
                *requests << method + u' ' + path;
        });
    }

    static int countMethod(const QStringList &requests, const QString &method)
    {
        int n = 0;
        for (const QString &r : requests)
            n += r.startsWith(method + u' ') ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRecordUrlOnAnotherHostGetsNoRequestAndNoToken()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QString profile = profileFile(t);
        const QString backup = fixAndBackUp(t, profile, QStringLiteral("DWDVEV1004"));
        QVERIFY(!backup.isEmpty());
        ForeignHost foreign;
        QVERIFY(foreign.listen());
        writeJson(backup, editEntry(readJson(backup), 0, [&foreign](QJsonObject &entry) {
            const QString id = child(child(entry, "action"), "record").value(QStringLiteral("key")).toString();
            QJsonObject action = child(entry, "action");
            QJsonObject record = child(action, "record");
            record.insert(QStringLiteral("url"),
                          foreign.base() + QStringLiteral("/api/data/v9.2/msdyn_dualwriteruntimeconfigs(%1)").arg(id));
            action.insert(QStringLiteral("record"), record);
            entry.insert(QStringLiteral("action"), action);
        }), true);
        QStringList requests;
        recordServiceRequests(t, &requests);
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);

        const CliRun r = restore(backup, profile);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(foreign.base().toUtf8())
                     && r.err.contains(t.profile.dataverseUrl.host().toUtf8())
                     && r.err.contains("records[0]") && r.err.contains("nothing was sent"),
                 r.err.constData());
        QVERIFY2(foreign.received.isEmpty(), foreign.received.constData());
        QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u'\n')));
        QCOMPARE(t.dvRows(runtimeConfigs), before);
    }

    void anEditedEntitySetCannotDeleteAUser()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QString profile = profileFile(t);
        const QString backup = fixAndBackUp(t, profile, QStringLiteral("DWDVEV1004"));
        QVERIFY(!backup.isEmpty());
        const QString userUrl = t.profile.dataverseUrl.toString()
                              + QStringLiteral("/api/data/v9.2/systemusers(%1)").arg(adminUser);
        // "The run created it": restore would delete it again.
        writeJson(backup, editEntry(readJson(backup), 0, [&userUrl](QJsonObject &entry) {
            setRecordField(entry, QStringLiteral("entitySet"), QStringLiteral("systemusers"));
            setRecordField(entry, QStringLiteral("keyName"), QStringLiteral("systemuserid"));
            setRecordField(entry, QStringLiteral("key"), adminUser);
            setRecordField(entry, QStringLiteral("url"), userUrl);
            QJsonObject action = child(entry, "action");
            action.insert(QStringLiteral("method"), QStringLiteral("POST"));
            action.insert(QStringLiteral("url"), userUrl);
            entry.insert(QStringLiteral("action"), action);
            entry.insert(QStringLiteral("existed"), false);
            entry.insert(QStringLiteral("record"), QJsonValue::Null);
        }), true);
        QStringList requests;
        recordServiceRequests(t, &requests);
        const QList<QJsonObject> users = t.dvRows(QStringLiteral("systemusers"));

        const CliRun r = restore(backup, profile);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("records[0]") && r.err.contains("systemusers"), r.err.constData());
        QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u'\n')));
        QCOMPARE(t.dvRows(QStringLiteral("systemusers")), users);
    }

    void anEditedColumnCannotPatchTheOwner()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1007")));
        const QString profile = profileFile(t);
        const QString backup = fixAndBackUp(t, profile, QStringLiteral("DWDVEV1007"));
        QVERIFY(!backup.isEmpty());
        writeJson(backup, editEntry(readJson(backup), 0, [](QJsonObject &entry) {
            QJsonObject action = child(entry, "action");
            action.insert(QStringLiteral("body"),
                          QJsonObject{{QStringLiteral("ownerid@odata.bind"), QStringLiteral("/systemusers(%1)").arg(adminUser)}});
            entry.insert(QStringLiteral("action"), action);
            QJsonObject record = child(entry, "record");
            record.insert(QStringLiteral("_ownerid_value"), QStringLiteral("00000000-0000-0000-0000-0000000000ff"));
            entry.insert(QStringLiteral("record"), record);
        }), true);
        QStringList requests;
        recordServiceRequests(t, &requests);
        const QList<QJsonObject> before = t.dvRows(companies);

        const CliRun r = restore(backup, profile);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("records[0]") && r.err.contains("cdm_defaultowningteam@odata.bind"),
                 r.err.constData());
        QCOMPARE(countMethod(requests, QStringLiteral("PATCH")), 0);
        QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u'\n')));
        QCOMPARE(t.dvRows(companies), before);
    }

    void anEditedBackupIsShownAsEditedAndNeedsTheOverride()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWFOEV1004")));
        const QString profile = profileFile(t);
        const QString backup = fixAndBackUp(t, profile, QStringLiteral("DWFOEV1004"));
        QVERIFY(!backup.isEmpty());
        const CliRun intact = dwhealth({QStringLiteral("restore"), backup, QStringLiteral("--profile"), profile});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains("Integrity: intact"), intact.out.constData());

        // A saved column changed by hand, the digest left as it was.
        writeJson(backup, editEntry(readJson(backup), 0, [](QJsonObject &entry) {
            QJsonObject record = child(entry, "record");
            record.insert(QStringLiteral("Status"), QStringLiteral("Disabled"));
            entry.insert(QStringLiteral("record"), record);
        }), false);
        QStringList requests;
        recordServiceRequests(t, &requests);
        const QList<QJsonObject> before = t.foRows(projectConfigs);

        const CliRun preview = dwhealth({QStringLiteral("restore"), backup, QStringLiteral("--profile"), profile});
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.contains("EDITED since it was written (digest mismatch)"), preview.out.constData());

        const CliRun refused = restore(backup, profile);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--accept-edited-backup"), refused.err.constData());
        QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u'\n')));
        QCOMPARE(t.foRows(projectConfigs), before);

        const CliRun accepted = restore(backup, profile, {QStringLiteral("--accept-edited-backup")});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QCOMPARE(t.foRows(projectConfigs).size(), before.size() + 2);

        const CliRun help = dwhealth({QStringLiteral("--help")});
        QVERIFY(help.out.contains("--accept-edited-backup"));
    }

    void restoringTwiceIsHarmless()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWDVEV1004")));
        const QList<QJsonObject> before = t.dvRows(runtimeConfigs);
        const QString profile = profileFile(t);
        const QString backup = fixAndBackUp(t, profile, QStringLiteral("DWDVEV1004"));
        QVERIFY(!backup.isEmpty());
        const CliRun first = restore(backup, profile);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(comparable(t.dvRows(runtimeConfigs)), comparable(before));

        QStringList requests;
        recordServiceRequests(t, &requests);
        const CliRun second = restore(backup, profile, {QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QJsonArray records = QJsonDocument::fromJson(second.out).object()
                                       .value(QStringLiteral("run")).toObject()
                                       .value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        for (const QJsonValue &record : records) {
            QCOMPARE(record.toObject().value(QStringLiteral("result")).toObject()
                         .value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("alreadyPresent"));
        }
        QCOMPARE(countMethod(requests, QStringLiteral("GET")), 2);  // one read per record
        QCOMPARE(requests.size(), 2);                               // and nothing written
        QCOMPARE(comparable(t.dvRows(runtimeConfigs)), comparable(before));

        const CliRun text = restore(backup, profile);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("already present"), text.out.constData());
    }

    void restoreAfterAPartialFixRecreatesOnlyWhatIsGone()
    {
        Tenant t;
        QVERIFY(t.start(QStringLiteral("DWFOEV1004")));
        const QList<QJsonObject> before = t.foRows(projectConfigs);
        const QString profile = profileFile(t);
        sim::Fault fault;
        fault.service = QStringLiteral("financeAndOperations");
        fault.method = QStringLiteral("DELETE");
        fault.status = 500;
        fault.times = 1;  // the first delete fails: that record stays
        t.simulator.addFault(fault);
        const QString backups = freshDir();
        const CliRun fix = dwhealth({QStringLiteral("fix"), QStringLiteral("DWFOEV1004"), QStringLiteral("--profile"),
                                     profile, QStringLiteral("--apply"), QStringLiteral("--yes"),
                                     QStringLiteral("--backup-dir"), backups});
        QCOMPARE(fix.exitCode, 1);
        QCOMPARE(t.foRows(projectConfigs).size(), before.size() - 1);
        const QString backup = QDir(backups).filePath(QDir(backups).entryList(QDir::Files).value(0));

        const CliRun r = restore(backup, profile);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("1 done, 0 failed, 0 not attempted, 0 unknown, 1 already present"),
                 r.out.constData());
        QCOMPARE(t.foRows(projectConfigs).size(), before.size());
    }
};

QTEST_GUILESS_MAIN(tst_RestoreTrust)
#include "tst_restore_trust.moc"
