// SPDX-License-Identifier: MIT
#include "interactivetokenprovider.h"

#include "errormessages.h"
#include "loopbackreplyhandler.h"
#include "pkce.h"
#include "publicclient.h"
#include "secretredactor.h"
#include "urlpolicy.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRegularExpression>

namespace dwh {

namespace {

/** A callback parameter as sent: Qt 6.4 hands them over only partly decoded. */
QString callbackValue(const QVariantMap &data, const char *key)
{
    QString value = data.value(QLatin1String(key)).toString();
    value.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(value.toUtf8());
}

QString firstLine(const QString &text)
{
    return text.section(QRegularExpression(QStringLiteral("[\r\n]")), 0, 0, QString::SectionSkipEmpty).trimmed();
}

} // namespace

InteractiveTokenProvider::InteractiveTokenProvider(const Profile &profile, QObject *parent)
    : InteractiveTokenProvider(profile.tokenEndpoint(), delegatedClientId(profile), parent)
{
}

InteractiveTokenProvider::InteractiveTokenProvider(const QUrl &tokenEndpoint, const QString &clientId,
                                                   QObject *parent)
    : DelegatedTokenProvider(tokenEndpoint, clientId, parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InteractiveTokenProvider::onTimeout);
}

InteractiveTokenProvider::~InteractiveTokenProvider()
{
    endAttempt();
}

void InteractiveTokenProvider::beginSignIn(const QString &scope)
{
    endAttempt();
    m_scope = scope;
    const QUrl tokenUrl = endpoint(QStringLiteral("token"));
    // The code redemption goes through the flow's own manager, not HttpExchange: check the URL here.
    const QString problem =
        serviceUrlProblem(tokenUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
    if (!problem.isEmpty()) {
        fail(refusedUrlMessage(Service::Entra, tokenUrl.toDisplayString(QUrl::RemoveQuery), problem), false);
        return;
    }
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->isListening()) {
        fail(tr("%1: cannot listen on 127.0.0.1 for the browser's answer").arg(serviceDisplayName(Service::Entra)),
             false);
        return;
    }
    auto *manager = new QNetworkAccessManager();
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_flow = new QOAuth2AuthorizationCodeFlow(clientId(), endpoint(QStringLiteral("authorize")), tokenUrl,
                                              manager, this);
    manager->setParent(m_flow);
    m_flow->setReplyHandler(m_handler);
    m_flow->setScope(delegatedScope(scope));
    m_state = QString::fromLatin1(pkce::newState());
    m_flow->setState(m_state);
    m_verifier = pkce::newVerifier();
    SecretRedactor::live().add(m_verifier);

    // PKCE (RFC 7636) through the flow's hook. In the token stage Qt has already percent-encoded
    // its own values (code, redirect_uri) and puts them into the form as they are: so does this.
    const QString challenge = QString::fromLatin1(pkce::challengeS256(m_verifier));
    const QString verifier = QString::fromLatin1(m_verifier);
    const QString redeemScope = QString::fromLatin1(QUrl::toPercentEncoding(delegatedScope(scope)));
    m_flow->setModifyParametersFunction(
        [challenge, verifier, redeemScope](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            switch (stage) {
            case QAbstractOAuth::Stage::RequestingAuthorization:
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                parameters->insert(QStringLiteral("response_mode"), QStringLiteral("query"));
                parameters->insert(QStringLiteral("prompt"), QStringLiteral("select_account"));
                break;
            case QAbstractOAuth::Stage::RequestingAccessToken:
                parameters->insert(QStringLiteral("code_verifier"), verifier);
                parameters->insert(QStringLiteral("scope"), redeemScope);
                break;
            default:
                break;
            }
        });

    // Connected before grant(), so this runs before the flow's own callback handling.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &InteractiveTokenProvider::onCallback);
    connect(m_handler, &LoopbackReplyHandler::tokenReplyFinished, this, &InteractiveTokenProvider::onTokenReply);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &InteractiveTokenProvider::onAuthorizeUrl);
    m_timer.start(m_signInTimeoutMs);
    m_flow->grant();
}

void InteractiveTokenProvider::onAuthorizeUrl(const QUrl &url)
{
    const bool opened = m_opener && m_opener(url);
    emit browserSignInStarted(url, opened);
}

void InteractiveTokenProvider::onCallback(const QVariantMap &data)
{
    if (m_redeeming)
        return;  // another request to the loopback, e.g. the browser asking for a favicon
    const QString entra = serviceDisplayName(Service::Entra);
    const QString error = callbackValue(data, "error");
    if (!error.isEmpty()) {
        const QString description = firstLine(callbackValue(data, "error_description"));
        fail(tr("%1 refused the sign-in in the browser: %2 (%3)")
                 .arg(entra, description.isEmpty() ? error : description, error),
             true);
        return;
    }
    if (callbackValue(data, "state") != m_state) {
        // Not the answer to this sign-in (RFC 6749 §10.12): the flow does not redeem it either.
        fail(tr("%1: the browser's answer does not belong to this sign-in (state mismatch); it was ignored")
                 .arg(entra),
             false);
        return;
    }
    if (callbackValue(data, "code").isEmpty()) {
        fail(tr("%1: the browser's answer carries no authorization code").arg(entra), false);
        return;
    }
    SecretRedactor::live().add(callbackValue(data, "code"));
    // The flow now redeems the code; its answer comes through onTokenReply().
    m_redeeming = true;
    m_redeemClock.start();
    countRequest();
    m_timer.start(timeoutMs());
}

void InteractiveTokenProvider::onTokenReply(const HttpResult &reply)
{
    if (!m_redeeming)
        return;
    HttpResult result = reply;
    result.evidence.elapsedMs = m_redeemClock.elapsed();
    const QString scope = m_scope;
    endAttempt();
    if (!result.isSuccess()) {
        signInFailed(failureFrom(result));
        return;
    }
    const DelegatedTokenAnswer answer = parseDelegatedTokenAnswer(result.body);
    if (!answer.ok()) {
        TokenResult failure;
        failure.error = tr("%1: %2").arg(serviceDisplayName(Service::Entra), answer.error);
        failure.evidence = result.evidence;
        failure.evidence.error = failure.error;
        signInFailed(failure);
        return;
    }
    signInSucceeded(scope, answer, result.evidence);
}

void InteractiveTokenProvider::onTimeout()
{
    if (m_redeeming)
        fail(timeoutMessage(Service::Entra, timeoutMs()), false);
    else
        fail(tr("%1: the sign-in in the browser did not finish within %2 s")
                 .arg(serviceDisplayName(Service::Entra))
                 .arg(m_signInTimeoutMs / 1000),
             false);
}

void InteractiveTokenProvider::fail(const QString &error, bool rejected)
{
    TokenResult failure;
    failure.error = error;
    failure.rejected = rejected;
    failure.evidence.service = serviceName(Service::Entra);
    failure.evidence.request = QStringLiteral("GET ") + endpoint(QStringLiteral("authorize")).path(QUrl::FullyEncoded);
    failure.evidence.error = error;
    failure.evidence.at = QDateTime::currentDateTimeUtc();
    endAttempt();
    signInFailed(failure);
}

void InteractiveTokenProvider::cancelSignIn()
{
    endAttempt();
}

void InteractiveTokenProvider::endAttempt()
{
    m_timer.stop();
    m_redeeming = false;
    m_verifier.fill('\0');
    m_verifier.clear();
    m_state.clear();
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
        // The browser's page is still being written: let it go out before the sockets close.
        QTimer::singleShot(2000, m_handler.data(), &QObject::deleteLater);
    }
    m_flow = nullptr;
    m_handler = nullptr;
}

} // namespace dwh
