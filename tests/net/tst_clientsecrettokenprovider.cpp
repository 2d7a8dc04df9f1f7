// SPDX-License-Identifier: MIT
#include "clientsecrettokenprovider.h"

#include "simsetup.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dwh;

/** Collects token results the way a client does. */
struct Receiver
{
    QObject context;
    QList<TokenResult> results;

    void ask(TokenProvider &provider, const QString &scope)
    {
        provider.requestToken(scope, &context,
                              [this](const TokenResult &result) { results.append(result); });
    }
};

class tst_ClientSecretTokenProvider final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signsInAndCaches();
    void coalescesConcurrentRequests();
    void invalidateFetchesAgain();
    void shortLifetimeIsRefreshed();
    void wrongSecretIsRejected();
    void unreachableAuthority();
    void destroyedContextGetsNoCallback();

private:
    sim::Simulator m_sim;
    Profile m_profile;
    QString m_dvScope;
};

void tst_ClientSecretTokenProvider::initTestCase()
{
    auto profile = test::startSimulator(m_sim);
    QVERIFY(profile);
    m_profile = *profile;
    m_dvScope = m_profile.tokenScope(Service::Dataverse);
}

void tst_ClientSecretTokenProvider::signsInAndCaches()
{
    m_sim.resetStats();
    ClientSecretTokenProvider provider(m_profile, sim::Simulator::clientSecret().toUtf8());
    Receiver receiver;
    receiver.ask(provider, m_dvScope);
    QVERIFY(receiver.results.isEmpty());  // never from inside requestToken()
    QTRY_COMPARE(receiver.results.size(), 1);
    const TokenResult first = receiver.results.first();
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(!first.accessToken.isEmpty());
    QCOMPARE(first.evidence.request,
             QStringLiteral("POST /%1/oauth2/v2.0/token").arg(m_profile.tenantId));
    QCOMPARE(first.evidence.status, 200);
    QCOMPARE(first.evidence.service, QStringLiteral("entra"));

    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 2);
    QCOMPARE(receiver.results.last().accessToken, first.accessToken);
    QCOMPARE(m_sim.requestCount(QStringLiteral("entra")), 1);
    QCOMPARE(provider.requestCount(), 1);

    // Another resource is another token.
    receiver.ask(provider, m_profile.tokenScope(Service::FinanceAndOperations));
    QTRY_COMPARE(receiver.results.size(), 3);
    QVERIFY(receiver.results.last().ok);
    QVERIFY(receiver.results.last().accessToken != first.accessToken);
    QCOMPARE(m_sim.requestCount(QStringLiteral("entra")), 2);
}

void tst_ClientSecretTokenProvider::coalescesConcurrentRequests()
{
    m_sim.resetStats();
    ClientSecretTokenProvider provider(m_profile, sim::Simulator::clientSecret().toUtf8());
    Receiver receiver;
    for (int i = 0; i < 10; ++i)
        receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 10);
    for (const TokenResult &result : std::as_const(receiver.results)) {
        QVERIFY(result.ok);
        QCOMPARE(result.accessToken, receiver.results.first().accessToken);
    }
    QCOMPARE(m_sim.requestCount(QStringLiteral("entra")), 1);
}

void tst_ClientSecretTokenProvider::invalidateFetchesAgain()
{
    m_sim.resetStats();
    ClientSecretTokenProvider provider(m_profile, sim::Simulator::clientSecret().toUtf8());
    Receiver receiver;
    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 1);
    provider.invalidate(m_dvScope);
    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 2);
    QVERIFY(receiver.results.last().ok);
    QCOMPARE(m_sim.requestCount(QStringLiteral("entra")), 2);
}

void tst_ClientSecretTokenProvider::shortLifetimeIsRefreshed()
{
    // A 2 s token is used for half its lifetime, then fetched again.
    m_sim.resetStats();
    m_sim.setTokenLifetimeSeconds(2);
    ClientSecretTokenProvider provider(m_profile, sim::Simulator::clientSecret().toUtf8());
    Receiver receiver;
    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 1);
    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 2);
    QCOMPARE(m_sim.requestCount(QStringLiteral("entra")), 1);
    QTest::qWait(1200);
    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 3);
    QVERIFY(receiver.results.last().ok);
    QCOMPARE(m_sim.requestCount(QStringLiteral("entra")), 2);
    m_sim.setTokenLifetimeSeconds(3599);
}

void tst_ClientSecretTokenProvider::wrongSecretIsRejected()
{
    const QByteArray wrong("not+the&secret=%");
    ClientSecretTokenProvider provider(m_profile, wrong);
    Receiver receiver;
    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 1);
    const TokenResult result = receiver.results.first();
    QVERIFY(!result.ok);
    QVERIFY(result.rejected);
    QVERIFY(result.accessToken.isEmpty());
    QVERIFY2(result.error.startsWith(
                 QLatin1String("Microsoft Entra ID refused the sign-in: AADSTS7000215")),
             qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String("Trace ID")));
    QVERIFY(result.evidence.status == 400 || result.evidence.status == 401);
    QCOMPARE(result.evidence.request,
             QStringLiteral("POST /%1/oauth2/v2.0/token").arg(m_profile.tenantId));
    QVERIFY(!result.evidence.error.contains(QString::fromLatin1(wrong)));
    QVERIFY(!result.error.contains(QLatin1String("not+the")));
}

void tst_ClientSecretTokenProvider::unreachableAuthority()
{
    Profile profile = m_profile;
    profile.authority = QUrl(QStringLiteral("http://127.0.0.1:1"));
    ClientSecretTokenProvider provider(profile, QByteArray("x"));
    Receiver receiver;
    receiver.ask(provider, m_dvScope);
    QTRY_COMPARE(receiver.results.size(), 1);
    const TokenResult result = receiver.results.first();
    QVERIFY(!result.ok);
    QVERIFY(!result.rejected);
    QVERIFY2(result.error.contains(QLatin1String("Microsoft Entra ID"))
                 && result.error.contains(QLatin1String("refused")),
             qPrintable(result.error));

    // Plain http:// to a host that is not loopback is never used.
    profile.authority = QUrl(QStringLiteral("http://login.example.com"));
    ClientSecretTokenProvider plain(profile, QByteArray("x"));
    plain.requestToken(m_dvScope, &receiver.context,
                       [&receiver](const TokenResult &r) { receiver.results.append(r); });
    QTRY_COMPARE(receiver.results.size(), 2);
    QVERIFY(!receiver.results.last().ok);
    QVERIFY2(receiver.results.last().error.contains(QLatin1String("http://")),
             qPrintable(receiver.results.last().error));
}

void tst_ClientSecretTokenProvider::destroyedContextGetsNoCallback()
{
    ClientSecretTokenProvider provider(m_profile, sim::Simulator::clientSecret().toUtf8());
    int calls = 0;
    {
        QObject context;
        provider.requestToken(m_dvScope, &context, [&calls](const TokenResult &) { ++calls; });
    }
    Receiver receiver;
    receiver.ask(provider, m_dvScope);  // the same exchange: its answer must not reach `calls`
    QTRY_COMPARE(receiver.results.size(), 1);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(tst_ClientSecretTokenProvider)
#include "tst_clientsecrettokenprovider.moc"
