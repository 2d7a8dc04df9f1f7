// SPDX-License-Identifier: MIT
// Device code sign-in over loopback HTTP against the simulator; the test approves or declines
// the code in the simulator the way a user would on the device login page.
#include "devicecodetokenprovider.h"

#include "signinhelpers.h"
#include "simsetup.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace dwh;
using namespace dwh::test;

namespace {

/** One answered poll of the token endpoint, as the simulator saw it. */
struct Poll
{
    qint64 atMs;
    int status;
};

} // namespace

class tst_DeviceCodeTokenProvider final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void simulatorDeviceCodeRoutes();
    void approvedAfterTwoPendingPolls();
    void slowDownAddsFiveSeconds();
    void expiredCodeEndsClearly();
    void declinedCodeEndsClearly();
    void autoApproveKnob();
    void noTokenInAnyErrorOrEvidence();

private:
    QUrl endpoint(const QString &name) const;
    DeviceCodeTokenProvider *newProvider(QObject *parent);
    void keep(const QList<TokenResult> &results) { m_all += results; }

    sim::Simulator m_sim;
    Profile m_profile;
    QString m_dv, m_fo, m_pp;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_clock;
    QList<Poll> m_polls;          // POST …/token answers since init()
    QList<TokenResult> m_all;
};

void tst_DeviceCodeTokenProvider::initTestCase()
{
    auto profile = test::startSimulator(m_sim);
    QVERIFY(profile);
    m_profile = *profile;
    m_profile.authMode = AuthMode::DeviceCode;
    m_dv = m_profile.tokenScope(Service::Dataverse);
    m_fo = m_profile.tokenScope(Service::FinanceAndOperations);
    m_pp = m_profile.tokenScope(Service::PowerPlatform);
    m_clock.start();
    connect(&m_sim, &sim::Simulator::requestServed, this,
            [this](const QString &service, const QString &method, const QString &path, int status) {
                if (service == QLatin1String("entra") && method == QLatin1String("POST")
                    && path.endsWith(QLatin1String("/oauth2/v2.0/token")))
                    m_polls.append({m_clock.elapsed(), status});
            });
}

void tst_DeviceCodeTokenProvider::init()
{
    m_sim.setDeviceCodeIntervalSeconds(1);
    m_sim.setDeviceCodeLifetimeSeconds(900);
    m_sim.setDeviceCodeAutoApprovePolls(-1);
    m_sim.setUserChallenge(sim::UserChallenge::None);
    m_polls.clear();
}

QUrl tst_DeviceCodeTokenProvider::endpoint(const QString &name) const
{
    QUrl url = m_sim.authorityUrl();
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/%2").arg(sim::Simulator::tenantId(), name));
    return url;
}

DeviceCodeTokenProvider *tst_DeviceCodeTokenProvider::newProvider(QObject *parent)
{
    return new DeviceCodeTokenProvider(m_profile, parent);
}

void tst_DeviceCodeTokenProvider::simulatorDeviceCodeRoutes()
{
    const QByteArray client = "client_id=" + enc(sim::Simulator::clientId());
    const Answer start = call(m_nam, "POST", endpoint(QStringLiteral("devicecode")),
                              client + "&scope=" + enc(m_dv + QStringLiteral(" offline_access")));
    QCOMPARE(start.status, 200);
    const QJsonObject o = start.json();
    const QString userCode = o.value(QStringLiteral("user_code")).toString();
    const QString deviceCode = o.value(QStringLiteral("device_code")).toString();
    QCOMPARE(userCode.size(), 9);
    QVERIFY(deviceCode.size() > 40);
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(o.value(QStringLiteral("interval")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("message")).toString().contains(userCode));
    const QUrl verification(o.value(QStringLiteral("verification_uri")).toString());
    QVERIFY(o.value(QStringLiteral("message")).toString().contains(verification.toString()));
    QVERIFY(!o.contains(QStringLiteral("verification_uri_complete")));
    QCOMPARE(m_sim.pendingUserCodes(), QStringList{userCode});

    const QByteArray pollForm = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&" + client
        + "&device_code=" + enc(deviceCode);
    const Answer pending = call(m_nam, "POST", endpoint(QStringLiteral("token")), pollForm);
    QCOMPARE(pending.status, 400);
    QCOMPARE(pending.error(), QStringLiteral("authorization_pending"));
    QCOMPARE(pending.code(), 70016);
    QVERIFY(pending.json().value(QStringLiteral("error_description")).toString().contains(QLatin1String("\r\nTrace ID: ")));

    // Polling again at once is too fast.
    const Answer fast = call(m_nam, "POST", endpoint(QStringLiteral("token")), pollForm);
    QCOMPARE(fast.error(), QStringLiteral("slow_down"));

    // The simulated device login page approves the code as a person would.
    QUrl page = verification;
    page.setQuery(QStringLiteral("otc=") + userCode.toLower());
    const Answer login = call(m_nam, "GET", page);
    QCOMPARE(login.status, 200);
    QVERIFY(login.body.contains("You have signed in"));
    QTest::qWait(6100);  // the interval is 6 s after the slow_down
    const Answer done = call(m_nam, "POST", endpoint(QStringLiteral("token")), pollForm);
    QCOMPARE(done.status, 200);
    QVERIFY(!done.json().value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!done.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
    // A device code is redeemed once.
    QCOMPARE(call(m_nam, "POST", endpoint(QStringLiteral("token")), pollForm).error(),
             QStringLiteral("bad_verification_code"));

    // An unknown device code.
    const Answer bad = call(m_nam, "POST", endpoint(QStringLiteral("token")),
                            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&" + client
                                + "&device_code=nonsense");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.error(), QStringLiteral("bad_verification_code"));
    QCOMPARE(bad.code(), 70018);

    // Knobs for codes nobody knows do nothing.
    QVERIFY(!m_sim.approveDeviceCode(QStringLiteral("NOSUCHCOD")));
    QVERIFY(!m_sim.declineDeviceCode(QStringLiteral("NOSUCHCOD")));
}

void tst_DeviceCodeTokenProvider::approvedAfterTwoPendingPolls()
{
    QObject owner;
    DeviceCodeTokenProvider *provider = newProvider(&owner);
    QList<DeviceCodePrompt> prompts;
    connect(provider, &DeviceCodeTokenProvider::deviceCodeReady, this,
            [&prompts](const DeviceCodePrompt &prompt) { prompts.append(prompt); });
    QSignalSpy finished(provider, &DeviceCodeTokenProvider::deviceCodeFinished);
    // The user signs in once the provider has been told "pending" twice.
    bool approved = false;
    QMetaObject::Connection approve = connect(&m_sim, &sim::Simulator::requestServed, this, [&] {
        if (m_polls.size() == 2 && !prompts.isEmpty() && !approved)
            approved = m_sim.approveDeviceCode(prompts.first().userCode);
    });
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    disconnect(approve);
    QVERIFY(approved);
    const TokenResult result = receiver.results.first();
    QVERIFY2(result.ok, qPrintable(result.error));

    QCOMPARE(prompts.size(), 1);
    const DeviceCodePrompt prompt = prompts.first();
    QCOMPARE(prompt.userCode.size(), 9);
    QCOMPARE(prompt.verificationUri.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(prompt.message.contains(prompt.userCode));
    QCOMPARE(prompt.expiresInSeconds, 900);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(prompt.expiresAt) - 900) < 30);
    QCOMPARE(finished.size(), 1);

    QCOMPARE(m_polls.size(), 3);
    QCOMPARE(m_polls[0].status, 400);
    QCOMPARE(m_polls[1].status, 400);
    QCOMPARE(m_polls[2].status, 200);
    // Never faster than the interval (1 s).
    QVERIFY(m_polls[1].atMs - m_polls[0].atMs >= 950);
    QVERIFY(m_polls[2].atMs - m_polls[1].atMs >= 950);
    QCOMPARE(result.evidence.request, QStringLiteral("POST /%1/oauth2/v2.0/token").arg(m_profile.tenantId));

    // The other resources come from the refresh token: no second code.
    receiver.ask(*provider, m_fo);
    receiver.ask(*provider, m_pp);
    QTRY_COMPARE(receiver.results.size(), 3);
    keep(receiver.results);
    QVERIFY(receiver.results[1].ok && receiver.results[2].ok);
    QCOMPARE(prompts.size(), 1);
    // devicecode + three polls + two refreshes.
    QCOMPARE(provider->requestCount(), 6);
    QCOMPARE(m_polls.size(), 5);

    // A mid-run 401: invalidate, and the next request refreshes without a prompt.
    provider->invalidate(m_fo);
    receiver.ask(*provider, m_fo);
    QTRY_COMPARE(receiver.results.size(), 4);
    keep({receiver.results.last()});
    QVERIFY(receiver.results.last().ok);
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(provider->requestCount(), 7);
}

void tst_DeviceCodeTokenProvider::slowDownAddsFiveSeconds()
{
    QObject owner;
    DeviceCodeTokenProvider *provider = newProvider(&owner);
    QString userCode;
    connect(provider, &DeviceCodeTokenProvider::deviceCodeReady, this, [&](const DeviceCodePrompt &prompt) {
        userCode = prompt.userCode;
        QVERIFY(m_sim.slowDownDeviceCode(userCode));
    });
    bool approved = false;
    QMetaObject::Connection approve = connect(&m_sim, &sim::Simulator::requestServed, this, [&] {
        if (m_polls.size() == 1 && !approved)
            approved = m_sim.approveDeviceCode(userCode);
    });
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 20000);
    disconnect(approve);
    QVERIFY(approved);
    keep(receiver.results);
    QVERIFY2(receiver.results.first().ok, qPrintable(receiver.results.first().error));
    QCOMPARE(m_polls.size(), 2);
    QCOMPARE(m_polls[0].status, 400);  // slow_down
    QCOMPARE(m_polls[1].status, 200);
    const qint64 gap = m_polls[1].atMs - m_polls[0].atMs;
    QVERIFY2(gap >= 5950 && gap < 9000, qPrintable(QString::number(gap)));  // interval 1 s + 5 s
}

void tst_DeviceCodeTokenProvider::expiredCodeEndsClearly()
{
    m_sim.setDeviceCodeLifetimeSeconds(2);
    QObject owner;
    DeviceCodeTokenProvider *provider = newProvider(&owner);
    QSignalSpy finished(provider, &DeviceCodeTokenProvider::deviceCodeFinished);
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    receiver.ask(*provider, m_fo);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 2, 15000);
    keep(receiver.results);
    for (const TokenResult &result : std::as_const(receiver.results)) {
        QVERIFY(!result.ok);
        QVERIFY(result.rejected);
        QVERIFY2(result.error.contains(QLatin1String("expired")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("AADSTS70019")), qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1String("Trace ID")));
        QCOMPARE(result.evidence.status, 400);
    }
    QCOMPARE(finished.size(), 1);
    QVERIFY(!provider->isSignedIn());
    const int polls = m_polls.size();
    QTest::qWait(1500);
    QCOMPARE(m_polls.size(), polls);  // polling stopped
}

void tst_DeviceCodeTokenProvider::declinedCodeEndsClearly()
{
    QObject owner;
    DeviceCodeTokenProvider *provider = newProvider(&owner);
    connect(provider, &DeviceCodeTokenProvider::deviceCodeReady, this,
            [this](const DeviceCodePrompt &prompt) { QVERIFY(m_sim.declineDeviceCode(prompt.userCode)); });
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    keep(receiver.results);
    const TokenResult result = receiver.results.first();
    QVERIFY(!result.ok);
    QVERIFY(result.rejected);
    QVERIFY2(result.error.contains(QLatin1String("declined")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("AADSTS65004")), qPrintable(result.error));
    QCOMPARE(m_polls.size(), 1);
}

void tst_DeviceCodeTokenProvider::autoApproveKnob()
{
    // For demo mode: the simulated user approves after one pending poll, nobody has to act.
    m_sim.setDeviceCodeAutoApprovePolls(1);
    QObject owner;
    DeviceCodeTokenProvider *provider = newProvider(&owner);
    Receiver receiver;
    receiver.ask(*provider, m_pp);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    keep(receiver.results);
    QVERIFY2(receiver.results.first().ok, qPrintable(receiver.results.first().error));
    QCOMPARE(m_polls.size(), 2);
    QVERIFY(provider->isSignedIn());
    provider->signOut();
    QVERIFY(!provider->isSignedIn());
}

void tst_DeviceCodeTokenProvider::noTokenInAnyErrorOrEvidence()
{
    const QStringList secrets = m_sim.issuedTokens() + m_sim.issuedRefreshTokens();
    QVERIFY(m_sim.issuedRefreshTokens().size() >= 4);
    QVERIFY(m_all.size() >= 8);
    for (const TokenResult &result : std::as_const(m_all)) {
        const QString visible = result.error + QString::fromUtf8(QJsonDocument(result.evidence.toJson()).toJson());
        for (const QString &secret : secrets)
            QVERIFY2(!visible.contains(secret), qPrintable(result.error));
        QVERIFY(!visible.contains(QLatin1String("device_code=")));
        QVERIFY(!visible.contains(QLatin1String("DAQABAAEAAAD")));  // how simulated device codes start
    }
}

QTEST_GUILESS_MAIN(tst_DeviceCodeTokenProvider)
#include "tst_devicecodetokenprovider.moc"
