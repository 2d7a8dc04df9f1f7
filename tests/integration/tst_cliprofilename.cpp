// SPDX-License-Identifier: MIT
// `dwhealth check --profile-name NAME`: a profile the wizard saved (ProfileStore, the shared
// settings under XDG_CONFIG_HOME) runs against the simulator over loopback like the same profile
// given as a file; an unknown name lists the saved ones; a missing keychain names the fallback.
#include "appidentity.h"
#include "dwhealthprocess.h"
#include "profile.h"
#include "profilestore.h"
#include "simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = dwh::test::CliRun;

const QString SavedName = QStringLiteral("Contoso UAT/eu");  // a '/' as the wizard allows

} // namespace

class tst_CliProfileName : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    dwh::sim::Simulator m_simulator;
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
};

QTEST_GUILESS_MAIN(tst_CliProfileName)
#include "tst_cliprofilename.moc"
