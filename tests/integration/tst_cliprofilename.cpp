// SPDX-License-Identifier: MIT
// `dwhealth check|fix|restore|maps|errors --profile-name NAME`: a profile the wizard saved
// (ProfileStore, the shared settings under XDG_CONFIG_HOME) runs against the simulator over
// loopback like the same profile given as a file; an unknown name lists the saved ones; a missing
// keychain names the fallback.
#include "appidentity.h"
#include "dwhealthprocess.h"
#include "profile.h"
#include "profilestore.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = dwh::test::CliRun;

const QString SavedName = QStringLiteral("Contoso UAT/eu");  // a '/' as the wizard allows
const QString StaleName = QStringLiteral("Contoso stale");    // F&O rows left from an old link
const QString ProjectConfigs = QStringLiteral("DualWriteProjectConfigurations");

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class tst_CliProfileName : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    dwh::sim::Simulator m_simulator;
    dwh::sim::Simulator m_stale;  // DWFOEV1004: what fix and restore write to
    QByteArray m_profileJson;
    QByteArray m_secret;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        dwh::setApplicationIdentity();  // the settings the child dwhealth reads
        QString error;
        QVERIFY2(m_simulator.loadScenario(QStringLiteral("healthy"), &error), qPrintable(error));
        QVERIFY2(m_simulator.start(&error), qPrintable(error));
        QJsonObject json = m_simulator.profileJson();
        json.insert(QStringLiteral("name"), SavedName);
        m_profileJson = QJsonDocument(json).toJson();
        dwh::ProfileError profileError;
        const std::optional<dwh::Profile> profile =
            dwh::parseProfile(m_profileJson, QStringLiteral("simulator"), &profileError);
        QVERIFY2(profile, qPrintable(profileError.toString()));
        for (const QString &name : dwh::gui::ProfileStore::names())
            dwh::gui::ProfileStore::remove(name);
        dwh::gui::ProfileStore::save(*profile);
        QCOMPARE(dwh::gui::ProfileStore::names(), QStringList{SavedName});
        m_secret = dwh::sim::Simulator::clientSecret().toUtf8();

        QVERIFY2(m_stale.loadScenario(QStringLiteral("DWFOEV1004"), &error), qPrintable(error));
        QVERIFY2(m_stale.start(&error), qPrintable(error));
        QJsonObject stale = m_stale.profileJson();
        stale.insert(QStringLiteral("name"), StaleName);
        const std::optional<dwh::Profile> staleProfile = dwh::parseProfile(
            QJsonDocument(stale).toJson(), QStringLiteral("simulator"), &profileError);
        QVERIFY2(staleProfile, qPrintable(profileError.toString()));
        dwh::gui::ProfileStore::save(*staleProfile);
    }

    void savedProfileRunsLikeTheProfileFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("profile.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_profileJson);
        f.close();
        const Run file = dwh::test::runDwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile"), path, QStringLiteral("--no-history")},
            dwh::test::withSecret(m_secret));
        const Run saved = dwh::test::runDwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile-name"), SavedName,
             QStringLiteral("--no-history")},
            dwh::test::withSecret(m_secret));
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(saved.exitCode, file.exitCode);
        QVERIFY(!saved.out.contains(m_secret));
        QVERIFY(!saved.err.contains(m_secret));
        const QJsonObject a = QJsonDocument::fromJson(file.out).object();
        const QJsonObject b = QJsonDocument::fromJson(saved.out).object();
        QCOMPARE(b.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(b.value(QStringLiteral("profile")).toObject(), a.value(QStringLiteral("profile")).toObject());
        QVERIFY(!b.value(QStringLiteral("profile")).toObject().isEmpty());
        QCOMPARE(b.value(QStringLiteral("summary")).toObject(), a.value(QStringLiteral("summary")).toObject());
        QVERIFY(b.value(QStringLiteral("summary")).toObject().value(QStringLiteral("pass")).toInt() > 0);
    }

    void unknownNameIsExit2NamingTheSavedOnes()
    {
        const Run r = dwh::test::runDwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile-name"), QStringLiteral("Fabrikam")},
            dwh::test::withSecret(m_secret));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Fabrikam"), r.err.constData());
        QVERIFY2(r.err.contains(SavedName.toUtf8()), r.err.constData());
    }

    void profileNameAndProfileFileTogetherIsAUsageError()
    {
        const Run r = dwh::test::runDwhealth({QStringLiteral("check"), QStringLiteral("--profile-name"),
                                              SavedName, QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--profile-name"), r.err.constData());
    }

    void withoutASecretTheKeychainIsAskedAndItsFailureNamesTheFallback()
    {
        // No DWHEALTH_CLIENT_SECRET: the keychain is asked. Here (no Secret Service, or nothing
        // stored under the test's key) it cannot answer, and the error says what still works.
        const Run r = dwh::test::runDwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile-name"), SavedName,
             QStringLiteral("--no-history")},
            {QByteArray(), QByteArray(), QString(), QString(), QString(),
             {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("DWHEALTH_CLIENT_SECRET"), r.err.constData());
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
    }

    void fixDryRunWithTheSavedProfile()
    {
        const QList<QJsonObject> before = m_stale.rows(QStringLiteral("financeAndOperations"), ProjectConfigs);
        const Run r = dwh::test::runDwhealth(
            {QStringLiteral("fix"), QStringLiteral("DWFOEV1004"), QStringLiteral("--profile-name"),
             StaleName, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-progress")},
            dwh::test::withSecret(m_secret));
        QCOMPARE(r.exitCode, 1);  // a dry run with records to fix
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("profile")).toString(), StaleName);
        QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("before")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));
        QVERIFY(!json.value(QStringLiteral("plan")).toArray().isEmpty());
        QCOMPARE(m_stale.rows(QStringLiteral("financeAndOperations"), ProjectConfigs), before);
        QVERIFY(!r.out.contains(m_secret));
        QVERIFY(!r.err.contains(m_secret));
    }

    void fixThenRestoreWithTheSavedProfile()
    {
        const QList<QJsonObject> before = m_stale.rows(QStringLiteral("financeAndOperations"), ProjectConfigs);
        const QString backups = m_dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        const Run fix = dwh::test::runDwhealth(
            {QStringLiteral("fix"), QStringLiteral("DWFOEV1004"), QStringLiteral("--profile-name"),
             StaleName, QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--backup-dir"),
             backups, QStringLiteral("--no-progress")},
            dwh::test::withSecret(m_secret));
        QVERIFY2(fix.exitCode == 0, fix.err.constData());
        QVERIFY(m_stale.rows(QStringLiteral("financeAndOperations"), ProjectConfigs).size() < before.size());
        QCOMPARE(filesIn(backups).size(), 1);
        const QString backup = QDir(backups).filePath(filesIn(backups).first());

        const Run preview = dwh::test::runDwhealth(
            {QStringLiteral("restore"), backup, QStringLiteral("--profile-name"), StaleName,
             QStringLiteral("--format"), QStringLiteral("json")},
            dwh::test::withSecret(m_secret));
        QVERIFY2(preview.exitCode == 0, preview.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(preview.out).object();
        QCOMPARE(json.value(QStringLiteral("profile")).toString(), StaleName);
        QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);

        const QString restoreBackups = m_dir.filePath(QStringLiteral("restore-backups"));
        QVERIFY(QDir().mkpath(restoreBackups));
        const Run restore = dwh::test::runDwhealth(
            {QStringLiteral("restore"), backup, QStringLiteral("--profile-name"), StaleName,
             QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--backup-dir"),
             restoreBackups},
            dwh::test::withSecret(m_secret));
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(m_stale.rows(QStringLiteral("financeAndOperations"), ProjectConfigs), before);
        QVERIFY(!restore.out.contains(m_secret));
        QVERIFY(!restore.err.contains(m_secret));

        // Another saved environment than the backup's: refused before anything is sent.
        const Run other = dwh::test::runDwhealth(
            {QStringLiteral("restore"), backup, QStringLiteral("--profile-name"), SavedName},
            dwh::test::withSecret(m_secret));
        QCOMPARE(other.exitCode, 2);
    }

    void mapsWithTheSavedProfileAsWithItsFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("maps-profile.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_profileJson);
        f.close();
        const Run file = dwh::test::runDwhealth(
            {QStringLiteral("maps"), QStringLiteral("--profile"), path, QStringLiteral("--format"),
             QStringLiteral("json")},
            dwh::test::withSecret(m_secret));
        const Run saved = dwh::test::runDwhealth(
            {QStringLiteral("maps"), QStringLiteral("--profile-name"), SavedName, QStringLiteral("--format"),
             QStringLiteral("json")},
            dwh::test::withSecret(m_secret));
        QVERIFY2(saved.exitCode == file.exitCode, saved.err.constData());
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY(!QJsonDocument::fromJson(saved.out).isNull());
        const Run errors = dwh::test::runDwhealth(
            {QStringLiteral("errors"), QStringLiteral("--profile-name"), SavedName},
            dwh::test::withSecret(m_secret));
        QCOMPARE(errors.exitCode, file.exitCode);
    }

    void everyCommandRefusesAnUnknownNameOrTwoSources()
    {
        const QList<QStringList> commands{
            {QStringLiteral("fix"), QStringLiteral("DWFOEV1004")},
            {QStringLiteral("restore"), m_dir.filePath(QStringLiteral("none.json"))},
            {QStringLiteral("maps")},
            {QStringLiteral("errors")}};
        for (const QStringList &command : commands) {
            if (command.first() != QLatin1String("restore")) {  // restore reads its backup first
                const Run unknown = dwh::test::runDwhealth(
                    command + QStringList{QStringLiteral("--profile-name"), QStringLiteral("Fabrikam")},
                    dwh::test::withSecret(m_secret));
                QCOMPARE(unknown.exitCode, 2);
                QVERIFY2(unknown.err.contains("Fabrikam"), unknown.err.constData());
                QVERIFY2(unknown.err.contains(SavedName.toUtf8()), unknown.err.constData());
            }
            const Run both = dwh::test::runDwhealth(
                command + QStringList{QStringLiteral("--profile-name"), SavedName, QStringLiteral("--profile"),
                                      m_dir.filePath(QStringLiteral("profile.json"))});
            QCOMPARE(both.exitCode, 2);
            QVERIFY2(both.err.contains("--profile-name"), both.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliProfileName)
#include "tst_cliprofilename.moc"
