// SPDX-License-Identifier: MIT
// Interactive sign-in (authorization code + PKCE) over loopback HTTP against the simulator. The
// test plays the browser: it GETs the authorize URL and follows the 302 to the loopback listener.
#include "interactivetokenprovider.h"
#include "pkce.h"

#include "signinhelpers.h"
#include "simsetup.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace dwh;
using namespace dwh::test;

namespace {

/** Plays the system browser: follows the authorize redirect to the loopback listener. */
class TestBrowser final : public QObject
{
public:
    QNetworkAccessManager nam;
    QList<QUrl> opened;              // authorize URLs handed to the browser
    QUrl lastRedirect;               // where the authorize endpoint sent the browser
    int authorizeStatus = 0;
    int loopbackStatus = 0;
    QByteArray loopbackPage;
    std::function<QUrl(const QUrl &)> tamper;  // changes the redirect before it is followed

    bool open(const QUrl &url)
    {
        opened.append(url);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            authorizeStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (authorizeStatus != 302)
                return;
            lastRedirect = QUrl::fromEncoded(reply->rawHeader("Location"));
            const QUrl target = tamper ? tamper(lastRedirect) : lastRedirect;
            QNetworkReply *back = nam.get(QNetworkRequest(target));
            connect(back, &QNetworkReply::finished, this, [this, back] {
                back->deleteLater();
                loopbackStatus = back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                loopbackPage = back->readAll();
            });
        });
        return true;
    }
};

} // namespace

class tst_InteractiveTokenProvider final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void pkceMatchesRfc7636();
    void signsInOnceThenRefreshesPerResource();
    void wrongVerifierIsRefusedBySimulator();
    void authorizeErrorsOfSimulator_data();
    void authorizeErrorsOfSimulator();
    void stateMismatchIsRefused();
    void declinedConsentIsReported();
    void failedCodeRedemptionIsReported();
    void mfaRequiredSignsInAgain();
    void invalidateRefreshesWithoutPrompt();
    void refreshesOnceNearExpiry();
    void signOutForgetsEverything();
    void noTokenInAnyErrorOrEvidence();

private:
    InteractiveTokenProvider *newProvider(TestBrowser &browser);
    QUrl endpoint(const QString &name) const;
    /** An authorization code from the simulator for `challenge` (S256), or empty. */
    QString codeFor(const QByteArray &challenge, const QString &redirectUri);
    int tokenPostsSince(int mark) const { return m_tokenPosts - mark; }
    void keep(const QList<TokenResult> &results) { m_all += results; }

    sim::Simulator m_sim;
    Profile m_profile;
    QString m_dv, m_fo, m_pp;
    QNetworkAccessManager m_nam;
    QList<TokenResult> m_all;   // every result, for the secret check at the end
    int m_tokenPosts = 0;       // POST …/token answered by the simulator
};

void tst_InteractiveTokenProvider::initTestCase()
{
    auto profile = test::startSimulator(m_sim);
    QVERIFY(profile);
    m_profile = *profile;
    m_profile.authMode = AuthMode::Interactive;
    m_dv = m_profile.tokenScope(Service::Dataverse);
    m_fo = m_profile.tokenScope(Service::FinanceAndOperations);
    m_pp = m_profile.tokenScope(Service::PowerPlatform);
    connect(&m_sim, &sim::Simulator::requestServed, this,
            [this](const QString &service, const QString &method, const QString &path, int) {
                if (service == QLatin1String("entra") && method == QLatin1String("POST")
                    && path.endsWith(QLatin1String("/oauth2/v2.0/token")))
                    ++m_tokenPosts;
            });
}

void tst_InteractiveTokenProvider::init()
{
    m_sim.setUserChallenge(sim::UserChallenge::None);
    m_sim.setTokenLifetimeSeconds(3599);
    m_sim.clearFaults();
}

InteractiveTokenProvider *tst_InteractiveTokenProvider::newProvider(TestBrowser &browser)
{
    auto *provider = new InteractiveTokenProvider(m_profile, &browser);
    provider->setBrowserOpener([&browser](const QUrl &url) { return browser.open(url); });
    provider->setSignInTimeoutMs(20000);
    return provider;
}

QUrl tst_InteractiveTokenProvider::endpoint(const QString &name) const
{
    QUrl url = m_sim.authorityUrl();
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/%2").arg(sim::Simulator::tenantId(), name));
    return url;
}

QString tst_InteractiveTokenProvider::codeFor(const QByteArray &challenge, const QString &redirectUri)
{
    QUrl url = endpoint(QStringLiteral("authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), sim::Simulator::clientId());
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(enc(redirectUri)));
    query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(enc(m_dv + QStringLiteral(" offline_access"))));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    const Answer answer = call(m_nam, "GET", url);
    if (answer.status != 302)
        return QString();
    const QUrl location = QUrl::fromEncoded(answer.location);
    return QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

void tst_InteractiveTokenProvider::pkceMatchesRfc7636()
{
    // RFC 7636 Appendix B.
    QCOMPARE(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray verifier = pkce::newVerifier();
    QCOMPARE(verifier.size(), 43);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(verifier)).hasMatch());
    QVERIFY(verifier != pkce::newVerifier());
    QVERIFY(pkce::newState() != pkce::newState());
}

void tst_InteractiveTokenProvider::signsInOnceThenRefreshesPerResource()
{
    TestBrowser browser;
    InteractiveTokenProvider *provider = newProvider(browser);
    QList<QPair<QUrl, bool>> started;
    connect(provider, &InteractiveTokenProvider::browserSignInStarted, this,
            [&started](const QUrl &url, bool opened) { started.append({url, opened}); });
    const int posts = m_tokenPosts;
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    receiver.ask(*provider, m_fo);  // waits for the sign-in, then one refresh
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 2, 15000);
    receiver.ask(*provider, m_pp);
    QTRY_COMPARE(receiver.results.size(), 3);
    keep(receiver.results);
    for (const TokenResult &result : std::as_const(receiver.results))
        QVERIFY2(result.ok, qPrintable(result.error));

    // One browser prompt, with PKCE S256, state and a loopback redirect.
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(started.size(), 1);
    QVERIFY(started.first().second);
    const QUrlQuery authorize(browser.opened.first());
    QCOMPARE(browser.opened.first().path(), endpoint(QStringLiteral("authorize")).path());
    QCOMPARE(authorize.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("client_id")), sim::Simulator::clientId());
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!authorize.queryItemValue(QStringLiteral("state")).isEmpty());
    const QString redirect = authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    QVERIFY2(redirect.startsWith(QLatin1String("http://localhost:")), qPrintable(redirect));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             m_dv + QStringLiteral(" offline_access"));
    QCOMPARE(browser.authorizeStatus, 302);
    QCOMPARE(browser.loopbackStatus, 200);
    QVERIFY(browser.loopbackPage.contains("close this window"));

    // Code redemption, then one refresh per further resource: three token requests in all.
    QCOMPARE(tokenPostsSince(posts), 3);
    QCOMPARE(provider->requestCount(), 3);
    QVERIFY(provider->isSignedIn());
    QCOMPARE(receiver.results[0].evidence.request,
             QStringLiteral("POST /%1/oauth2/v2.0/token").arg(m_profile.tenantId));
    QCOMPARE(receiver.results[0].evidence.status, 200);

    // Each token is for its own service: Dataverse accepts the Dataverse one.
    QNetworkRequest whoAmI(QUrl(m_sim.dataverseUrl().toString() + QStringLiteral("/api/data/v9.2/WhoAmI")));
    whoAmI.setRawHeader("Authorization", "Bearer " + receiver.results[0].accessToken.toLatin1());
    std::unique_ptr<QNetworkReply> reply(m_nam.get(whoAmI));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(receiver.results[0].accessToken != receiver.results[1].accessToken);

    // Cached: asking again costs nothing.
    receiver.ask(*provider, m_fo);
    QTRY_COMPARE(receiver.results.size(), 4);
    QCOMPARE(receiver.results[3].accessToken, receiver.results[1].accessToken);
    QCOMPARE(provider->requestCount(), 3);
}

void tst_InteractiveTokenProvider::wrongVerifierIsRefusedBySimulator()
{
    const QString redirect = QStringLiteral("http://localhost:53123/");
    const QByteArray verifier = pkce::newVerifier();
    const QString code = codeFor(pkce::challengeS256(verifier), redirect);
    QVERIFY(!code.isEmpty());
    auto redeem = [&](const QString &c, const QByteArray &v) {
        QByteArray form = "client_id=" + enc(sim::Simulator::clientId()) + "&grant_type=authorization_code&code="
            + enc(c) + "&redirect_uri=" + enc(redirect) + "&scope=" + enc(m_dv + QStringLiteral(" offline_access"));
        if (!v.isEmpty())
            form += "&code_verifier=" + v;
        return call(m_nam, "POST", endpoint(QStringLiteral("token")), form);
    };

    const Answer wrong = redeem(code, pkce::newVerifier());
    QCOMPARE(wrong.status, 400);
    const QJsonObject error = wrong.json();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(error.value(QStringLiteral("error_codes")).toArray().first().toInt(), 501481);
    const QString description = error.value(QStringLiteral("error_description")).toString();
    QVERIFY2(description.startsWith(QLatin1String("AADSTS501481: ")), qPrintable(description));
    QVERIFY(description.contains(QLatin1String("\r\nTrace ID: ")));
    QVERIFY(description.contains(QLatin1String("\r\nCorrelation ID: ")));
    QVERIFY(description.contains(QLatin1String("\r\nTimestamp: ")));
    QVERIFY(!error.value(QStringLiteral("trace_id")).toString().isEmpty());
    QVERIFY(!error.value(QStringLiteral("correlation_id")).toString().isEmpty());
    QVERIFY(!error.value(QStringLiteral("timestamp")).toString().isEmpty());

    // Codes are one-time: even the right verifier cannot use it now.
    const Answer again = redeem(code, verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error_codes")).toArray().first().toInt(), 54005);

    // No verifier at all for a code with a challenge.
    const QByteArray verifier2 = pkce::newVerifier();
    const QString code2 = codeFor(pkce::challengeS256(verifier2), redirect);
    const Answer missing = redeem(code2, QByteArray());
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(QStringLiteral("error_codes")).toArray().first().toInt(), 900144);

    // A fresh code with its own verifier works and brings a refresh token.
    const QByteArray verifier3 = pkce::newVerifier();
    const Answer right = redeem(codeFor(pkce::challengeS256(verifier3), redirect), verifier3);
    QCOMPARE(right.status, 200);
    QVERIFY(!right.json().value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!right.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(right.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));

    // The refresh token rotates: the new one works, the replaced one is refused.
    const QString refresh = right.json().value(QStringLiteral("refresh_token")).toString();
    auto refreshWith = [&](const QString &token) {
        return call(m_nam, "POST", endpoint(QStringLiteral("token")),
                    "client_id=" + enc(sim::Simulator::clientId()) + "&grant_type=refresh_token&refresh_token="
                        + enc(token) + "&scope=" + enc(m_fo + QStringLiteral(" offline_access")));
    };
    const Answer rotated = refreshWith(refresh);
    QCOMPARE(rotated.status, 200);
    const QString next = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!next.isEmpty() && next != refresh);
    const Answer replaced = refreshWith(refresh);
    QCOMPARE(replaced.status, 400);
    QCOMPARE(replaced.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(refreshWith(next).status, 200);
}

void tst_InteractiveTokenProvider::authorizeErrorsOfSimulator_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("challenge");
    QTest::addColumn<int>("status");   // 400: no redirect; 302: error in the redirect
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");

    const QString loopback = QStringLiteral("http://127.0.0.1:53124");
    const QString dv = QStringLiteral("%1/.default offline_access");
    QTest::newRow("not loopback") << QStringLiteral("https://evil.example.com/") << "code" << dv << true << 400
                                  << "invalid_request" << 50011;
    QTest::newRow("https loopback") << QStringLiteral("https://localhost:5000/") << "code" << dv << true << 400
                                    << "invalid_request" << 50011;
    QTest::newRow("implicit grant") << loopback << "token" << dv << true << 302 << "unsupported_response_type" << 70005;
    QTest::newRow("no PKCE") << loopback << "code" << dv << false << 302 << "invalid_request" << 9002325;
    QTest::newRow("two resources") << loopback << "code"
                                   << QStringLiteral("%1/.default https://api.powerplatform.com/.default") << true
                                   << 302 << "invalid_scope" << 70011;
    QTest::newRow("unknown resource") << loopback << "code" << QStringLiteral("https://nowhere.example.com/.default")
                                      << true << 302 << "invalid_resource" << 500011;
}

void tst_InteractiveTokenProvider::authorizeErrorsOfSimulator()
{
    QFETCH(QString, redirectUri);
    QFETCH(QString, responseType);
    QFETCH(QString, scope);
    QFETCH(bool, challenge);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);

    QUrl url = endpoint(QStringLiteral("authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), sim::Simulator::clientId());
    query.addQueryItem(QStringLiteral("response_type"), responseType);
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(enc(redirectUri)));
    scope.replace(QLatin1String("%1"), m_sim.dataverseUrl().toString());
    query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(enc(scope)));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
    if (challenge) {
        query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challengeS256(pkce::newVerifier())));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    url.setQuery(query);
    const Answer answer = call(m_nam, "GET", url);
    QCOMPARE(answer.status, status);
    if (status == 400) {
        // Never redirected to a URI the app registration does not allow.
        QVERIFY(answer.location.isEmpty());
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), error);
        QCOMPARE(answer.json().value(QStringLiteral("error_codes")).toArray().first().toInt(), code);
        return;
    }
    const QUrl location = QUrl::fromEncoded(answer.location);
    QVERIFY2(location.toString().startsWith(redirectUri), answer.location.constData());
    const QUrlQuery back(location);
    QCOMPARE(back.queryItemValue(QStringLiteral("error")), error);
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
    QVERIFY(!back.hasQueryItem(QStringLiteral("code")));
    const QString description = back.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    QVERIFY2(description.startsWith(QStringLiteral("AADSTS%1: ").arg(code)), qPrintable(description));
    QVERIFY(description.contains(QLatin1String("\r\nTrace ID: ")));
}

void tst_InteractiveTokenProvider::stateMismatchIsRefused()
{
    TestBrowser browser;
    browser.tamper = [](const QUrl &url) {
        QUrlQuery query(url);
        query.removeQueryItem(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        QUrl out = url;
        out.setQuery(query);
        return out;
    };
    InteractiveTokenProvider *provider = newProvider(browser);
    const int posts = m_tokenPosts;
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    receiver.ask(*provider, m_fo);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 2, 15000);
    keep(receiver.results);
    for (const TokenResult &result : std::as_const(receiver.results)) {
        QVERIFY(!result.ok);
        QVERIFY(result.accessToken.isEmpty());
        QVERIFY2(result.error.contains(QLatin1String("state mismatch")), qPrintable(result.error));
    }
    QCOMPARE(browser.loopbackStatus, 200);  // the browser still gets its page
    QTest::qWait(200);
    QCOMPARE(tokenPostsSince(posts), 0);    // the code was never redeemed
    QVERIFY(!provider->isSignedIn());
    QCOMPARE(browser.opened.size(), 1);     // one prompt for both requests
}

void tst_InteractiveTokenProvider::declinedConsentIsReported()
{
    m_sim.setUserChallenge(sim::UserChallenge::ConsentDeclined);
    TestBrowser browser;
    InteractiveTokenProvider *provider = newProvider(browser);
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    keep(receiver.results);
    const TokenResult result = receiver.results.first();
    QVERIFY(!result.ok);
    QVERIFY(result.rejected);
    QVERIFY2(result.error.contains(QLatin1String("AADSTS65004")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("access_denied")), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String("Trace ID")));
    QCOMPARE(result.evidence.service, QStringLiteral("entra"));
}

void tst_InteractiveTokenProvider::failedCodeRedemptionIsReported()
{
    // Qt 6.4's reply handler would only log this; the provider must say what happened.
    m_sim.addFault(test::fault(QStringLiteral("entra"), QStringLiteral("/oauth2/v2.0/token"),
                               sim::Fault::Kind::Status, 503, -1, 1));
    TestBrowser browser;
    InteractiveTokenProvider *provider = newProvider(browser);
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    keep(receiver.results);
    const TokenResult result = receiver.results.first();
    QVERIFY(!result.ok);
    QCOMPARE(result.evidence.status, 503);
    QCOMPARE(result.evidence.request, QStringLiteral("POST /%1/oauth2/v2.0/token").arg(m_profile.tenantId));
    QVERIFY2(result.error.contains(QLatin1String("Microsoft Entra ID")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("AADSTS90033")), qPrintable(result.error));
    QVERIFY(!provider->isSignedIn());
}

void tst_InteractiveTokenProvider::mfaRequiredSignsInAgain()
{
    // The refresh for the second resource needs MFA: one more browser sign-in, then a token.
    TestBrowser browser;
    InteractiveTokenProvider *provider = newProvider(browser);
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    QVERIFY(receiver.results.first().ok);
    m_sim.setUserChallenge(sim::UserChallenge::MfaRequired);
    receiver.ask(*provider, m_fo);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 2, 15000);
    keep(receiver.results);
    QVERIFY2(receiver.results.last().ok, qPrintable(receiver.results.last().error));
    QCOMPARE(browser.opened.size(), 2);
    const QUrlQuery second(browser.opened.last());
    QCOMPARE(second.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), m_fo + QStringLiteral(" offline_access"));
    // Code, refused refresh, code again.
    QCOMPARE(provider->requestCount(), 3);
}

void tst_InteractiveTokenProvider::invalidateRefreshesWithoutPrompt()
{
    // A service answered 401: ServiceClient invalidates and asks again; no new prompt.
    TestBrowser browser;
    InteractiveTokenProvider *provider = newProvider(browser);
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    provider->invalidate(m_dv);
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE(receiver.results.size(), 2);
    keep(receiver.results);
    QVERIFY(receiver.results.last().ok);
    QVERIFY(receiver.results.last().accessToken != receiver.results.first().accessToken);
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(provider->requestCount(), 2);
}

void tst_InteractiveTokenProvider::refreshesOnceNearExpiry()
{
    // 6 s tokens are used for 3 s: a 4.5 s run of requests refreshes exactly once.
    m_sim.setTokenLifetimeSeconds(6);
    TestBrowser browser;
    InteractiveTokenProvider *provider = newProvider(browser);
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    QVERIFY(receiver.results.first().ok);
    const int posts = m_tokenPosts;
    const int exchanges = provider->requestCount();
    QElapsedTimer clock;
    clock.start();
    int asked = 1;
    while (clock.elapsed() < 4500) {
        receiver.ask(*provider, m_dv);
        ++asked;
        QTRY_COMPARE(receiver.results.size(), asked);
        QTest::qWait(50);
    }
    keep(receiver.results);
    QSet<QString> distinct;
    for (const TokenResult &result : std::as_const(receiver.results)) {
        QVERIFY2(result.ok, qPrintable(result.error));
        distinct.insert(result.accessToken);
    }
    QVERIFY(asked > 20);
    QCOMPARE(provider->requestCount() - exchanges, 1);
    QCOMPARE(tokenPostsSince(posts), 1);
    QCOMPARE(distinct.size(), 2);
    QCOMPARE(browser.opened.size(), 1);
}

void tst_InteractiveTokenProvider::signOutForgetsEverything()
{
    TestBrowser browser;
    InteractiveTokenProvider *provider = newProvider(browser);
    QSignalSpy signedOut(provider, &DelegatedTokenProvider::signedOut);
    Receiver receiver;
    receiver.ask(*provider, m_dv);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 1, 15000);
    QVERIFY(provider->isSignedIn());
    provider->signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!provider->isSignedIn());
    // Nothing cached, no refresh token: the next request prompts again.
    receiver.ask(*provider, m_fo);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.results.size(), 2, 15000);
    keep(receiver.results);
    QVERIFY(receiver.results.last().ok);
    QCOMPARE(browser.opened.size(), 2);

    // Signing out during a sign-in fails the waiting request at once.
    TestBrowser idle;
    auto *pending = new InteractiveTokenProvider(m_profile, &idle);
    pending->setBrowserOpener([](const QUrl &) { return false; });  // nobody signs in
    Receiver waiting;
    waiting.ask(*pending, m_pp);
    QTest::qWait(100);
    QVERIFY(waiting.results.isEmpty());
    pending->signOut();
    QTRY_COMPARE(waiting.results.size(), 1);
    keep(waiting.results);
    QVERIFY(!waiting.results.first().ok);
    QVERIFY2(waiting.results.first().error.contains(QLatin1String("signed out")), qPrintable(waiting.results.first().error));
}

void tst_InteractiveTokenProvider::noTokenInAnyErrorOrEvidence()
{
    const QStringList secrets = m_sim.issuedTokens() + m_sim.issuedRefreshTokens();
    QVERIFY(m_sim.issuedRefreshTokens().size() > 5);
    QVERIFY(m_all.size() > 40);
    for (const TokenResult &result : std::as_const(m_all)) {
        const QString visible = result.error + QString::fromUtf8(QJsonDocument(result.evidence.toJson()).toJson());
        for (const QString &secret : secrets)
            QVERIFY2(!visible.contains(secret), qPrintable(result.error));
        QVERIFY(!visible.contains(QLatin1String("code_verifier")));
        QVERIFY(!visible.contains(QLatin1String("refresh_token")));
    }
}

QTEST_GUILESS_MAIN(tst_InteractiveTokenProvider)
#include "tst_interactivetokenprovider.moc"
