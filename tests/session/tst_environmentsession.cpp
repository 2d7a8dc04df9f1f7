// SPDX-License-Identifier: MIT
// EnvironmentSession over loopback with the simulator: a profile file, the demo, saved profiles
// (unknown name, explicit secret, keychain fallback), the missing-secret messages, and a foreign
// authority refused before any secret is read.
#include "appidentity.h"
#include "collector.h"
#include "environmentsession.h"
#include "profile.h"
#include "profilestore.h"
#include "simulator.h"
#include "tokenprovider.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using dwh::session::EnvironmentRequest;
using dwh::session::EnvironmentSession;

namespace {

const QString SavedName = QStringLiteral("Contoso UAT");
const QString ForeignName = QStringLiteral("Contoso ADFS");
const QString ForeignHost = QStringLiteral("sts.contoso.example");

/** How one open() ended. */
struct Outcome
{
    bool answered = false;
    bool opened = false;
    EnvironmentSession::Failure failure = EnvironmentSession::Failure::Usage;
    QString message;
    QStringList warnings;
};

Outcome openAndWait(EnvironmentSession *session, const EnvironmentRequest &request)
{
    Outcome outcome;
    QObject::connect(session, &EnvironmentSession::opened, session, [&outcome] {
        outcome.answered = true;
        outcome.opened = true;
    });
    QObject::connect(session, &EnvironmentSession::failed, session,
                     [&outcome](EnvironmentSession::Failure failure, const QString &message) {
                         outcome.answered = true;
                         outcome.failure = failure;
                         outcome.message = message;
                     });
    QObject::connect(session, &EnvironmentSession::warning, session,
                     [&outcome](const QString &message) { outcome.warnings << message; });
    session->open(request);
    if (outcome.answered)
        qWarning("open() answered inside the call");
    if (!QTest::qWaitFor([&outcome] { return outcome.answered; }, 20000))
        qWarning("open() did not answer within 20 s");
    QObject::disconnect(session, nullptr, session, nullptr);  // `outcome` goes out of scope
    return outcome;
}

/** The session's sign-in works: dv.whoami is read with it from the simulator. */
bool readsWhoAmI(const EnvironmentSession &session)
{
    dwh::Collector collector(session.profile(), session.tokens());
    QSignalSpy finished(&collector, &dwh::Collector::finished);
    collector.fetch({dwh::Dataset::DvWhoAmI});
    if (!finished.wait(20000))
        return false;
    return collector.snapshot().get(dwh::Dataset::DvWhoAmI).ok();
}

} // namespace

class tst_EnvironmentSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    dwh::sim::Simulator m_simulator;
    QString m_profilePath;
    QString m_foreignPath;
    QByteArray m_secret;

    static void setSecret(const QByteArray &secret)
    {
        if (secret.isEmpty())
            qunsetenv("DWHEALTH_CLIENT_SECRET");
        else
            qputenv("DWHEALTH_CLIENT_SECRET", secret);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        dwh::setApplicationIdentity();
        // No Secret Service here: the keychain cannot answer, whatever the machine has.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        QString error;
        QVERIFY2(m_simulator.loadScenario(QStringLiteral("healthy"), &error), qPrintable(error));
        QVERIFY2(m_simulator.start(&error), qPrintable(error));
        m_secret = dwh::sim::Simulator::clientSecret().toUtf8();

        QJsonObject json = m_simulator.profileJson();
        json.insert(QStringLiteral("name"), SavedName);
        const QByteArray text = QJsonDocument(json).toJson();
        m_profilePath = m_dir.filePath(QStringLiteral("profile.json"));
        QFile file(m_profilePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();

        json.insert(QStringLiteral("name"), ForeignName);
        json.insert(QStringLiteral("authority"), QStringLiteral("https://%1").arg(ForeignHost));
        m_foreignPath = m_dir.filePath(QStringLiteral("foreign.json"));
        QFile foreign(m_foreignPath);
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write(QJsonDocument(json).toJson());
        foreign.close();

        for (const QString &name : dwh::gui::ProfileStore::names())
            dwh::gui::ProfileStore::remove(name);
        for (const QString &path : {m_profilePath, m_foreignPath}) {
            dwh::ProfileError profileError;
            const std::optional<dwh::Profile> profile = dwh::loadProfileFile(path, &profileError);
            QVERIFY2(profile, qPrintable(profileError.toString()));
            dwh::gui::ProfileStore::save(*profile);
        }
    }

    void init() { setSecret(QByteArray()); }

    void profileFileOpensAndSignsIn()
    {
        setSecret(m_secret);
        EnvironmentSession session;
        EnvironmentRequest request;
        request.profilePath = m_profilePath;
        const Outcome outcome = openAndWait(&session, request);
        QVERIFY2(outcome.opened, qPrintable(outcome.message));
        QCOMPARE(session.profile().name, SavedName);
        QCOMPARE(session.profile().dataverseUrl, m_simulator.dataverseUrl());
        QVERIFY(!session.simulator());
        QVERIFY(readsWhoAmI(session));
    }

    void demoStartsTheSimulator()
    {
        EnvironmentSession session;
        EnvironmentRequest request;
        request.demo = true;
        request.scenario = QStringLiteral("DWDVEV1004");
        const Outcome outcome = openAndWait(&session, request);
        QVERIFY2(outcome.opened, qPrintable(outcome.message));
        QVERIFY(session.simulator());
        QCOMPARE(session.simulator()->scenarioName(), QStringLiteral("DWDVEV1004"));
        QCOMPARE(session.profile().dataverseUrl, session.simulator()->dataverseUrl());
        QVERIFY(readsWhoAmI(session));
    }

    void unknownScenarioIsAUsageError()
    {
        EnvironmentSession session;
        EnvironmentRequest request;
        request.demo = true;
        request.scenario = QStringLiteral("no-such-scenario");
        const Outcome outcome = openAndWait(&session, request);
        QVERIFY(!outcome.opened);
        QCOMPARE(outcome.failure, EnvironmentSession::Failure::Usage);
        QVERIFY2(outcome.message.contains(QLatin1String("--scenario")), qPrintable(outcome.message));
    }

    void unknownSavedNameListsTheSavedOnes()
    {
        setSecret(m_secret);
        EnvironmentSession session;
        EnvironmentRequest request;
        request.profileName = QStringLiteral("Fabrikam");
        const Outcome outcome = openAndWait(&session, request);
        QVERIFY(!outcome.opened);
        QCOMPARE(outcome.failure, EnvironmentSession::Failure::Usage);
        QVERIFY2(outcome.message.contains(QLatin1String("Fabrikam")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(SavedName), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(ForeignName), qPrintable(outcome.message));
    }

    void savedProfileTakesTheExplicitSecret()
    {
        setSecret(m_secret);
        EnvironmentSession session;
        EnvironmentRequest request;
        request.profileName = SavedName;
        const Outcome outcome = openAndWait(&session, request);
        QVERIFY2(outcome.opened, qPrintable(outcome.message));
        QCOMPARE(session.profile().name, SavedName);
        QVERIFY(readsWhoAmI(session));
    }

    void missingSecretNamesWhereItComesFrom()
    {
        {
            EnvironmentSession session;
            EnvironmentRequest request;
            request.profilePath = m_profilePath;
            const Outcome outcome = openAndWait(&session, request);
            QVERIFY(!outcome.opened);
            QCOMPARE(outcome.failure, EnvironmentSession::Failure::Usage);
            QVERIFY2(outcome.message.contains(QLatin1String("DWHEALTH_CLIENT_SECRET")),
                     qPrintable(outcome.message));
            QVERIFY2(outcome.message.contains(QLatin1String("--client-secret-stdin")),
                     qPrintable(outcome.message));
        }
        {
            // A saved profile asks the keychain, which cannot answer here; the message says
            // what still works.
            EnvironmentSession session;
            EnvironmentRequest request;
            request.profileName = SavedName;
            const Outcome outcome = openAndWait(&session, request);
            QVERIFY(!outcome.opened);
            QCOMPARE(outcome.failure, EnvironmentSession::Failure::Usage);
            QVERIFY2(outcome.message.contains(QLatin1String("keychain")), qPrintable(outcome.message));
            QVERIFY2(outcome.message.contains(QLatin1String("DWHEALTH_CLIENT_SECRET")),
                     qPrintable(outcome.message));
        }
    }

    void foreignAuthorityIsRefusedBeforeTheSecretIsRead()
    {
        int secretReads = 0;
        const auto countingReader = [&secretReads](bool, QString *) {
            ++secretReads;
            return QByteArray("never-sent");
        };
        for (const bool saved : {false, true}) {
            EnvironmentSession session;
            session.setSecretReader(countingReader);
            EnvironmentRequest request;
            if (saved)
                request.profileName = ForeignName;  // no explicit secret: the keychain is next
            else
                request.profilePath = m_foreignPath;
            request.secretFromStdin = !saved;
            const Outcome outcome = openAndWait(&session, request);
            QVERIFY(!outcome.opened);
            QCOMPARE(outcome.failure, EnvironmentSession::Failure::Usage);
            QVERIFY2(outcome.message.contains(ForeignHost), qPrintable(outcome.message));
            QVERIFY2(outcome.message.contains(QLatin1String("--allow-authority")),
                     qPrintable(outcome.message));
            QVERIFY2(!outcome.message.contains(QLatin1String("keychain")), qPrintable(outcome.message));
        }
        QCOMPARE(secretReads, 0);

        // Allowed (on the command line, or for the saved profile in the wizard): the secret is
        // read, with a warning.
        {
            EnvironmentSession session;
            session.setSecretReader(countingReader);
            EnvironmentRequest request;
            request.profilePath = m_foreignPath;
            request.allowedAuthorities = {ForeignHost};
            const Outcome outcome = openAndWait(&session, request);
            QVERIFY2(outcome.opened, qPrintable(outcome.message));
            QCOMPARE(secretReads, 1);
            QVERIFY(outcome.warnings.join(QLatin1Char('\n')).contains(ForeignHost));
        }
        dwh::gui::ProfileStore::allowAuthority(ForeignName, ForeignHost);
        {
            setSecret("explicit");
            EnvironmentSession session;
            session.setSecretReader(countingReader);
            EnvironmentRequest request;
            request.profileName = ForeignName;
            const Outcome outcome = openAndWait(&session, request);
            QVERIFY2(outcome.opened, qPrintable(outcome.message));
            QCOMPARE(secretReads, 2);
            QVERIFY(session.allowedAuthorities().contains(ForeignHost));
        }
    }
};

QTEST_GUILESS_MAIN(tst_EnvironmentSession)
#include "tst_environmentsession.moc"
