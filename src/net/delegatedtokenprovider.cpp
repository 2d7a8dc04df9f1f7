// SPDX-License-Identifier: MIT
#include "delegatedtokenprovider.h"

#include "httpexchange.h"
#include "retrypolicy.h"
#include "secretredactor.h"
#include "tokenform.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <utility>

namespace dwh {

namespace {

/** The errors after which only the user can help: sign in again instead of failing. */
bool needsUser(const QString &error)
{
    return error == QLatin1String("interaction_required") || error == QLatin1String("consent_required")
        || error == QLatin1String("invalid_grant");
}

} // namespace

DelegatedTokenProvider::DelegatedTokenProvider(const QUrl &tokenEndpoint, const QString &clientId,
                                               QObject *parent)
    : TokenProvider(parent)
    , m_tokenEndpoint(tokenEndpoint)
    , m_clientId(clientId)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

DelegatedTokenProvider::~DelegatedTokenProvider()
{
    if (m_refresh)
        m_refresh->disconnect(this);
    wipeRefreshToken();
}

QUrl DelegatedTokenProvider::endpoint(const QString &name) const
{
    QUrl url = m_tokenEndpoint;
    QString path = url.path();
    path.truncate(path.lastIndexOf(u'/') + 1);
    url.setPath(path + name);
    return url;
}

void DelegatedTokenProvider::requestToken(const QString &scope, QObject *context,
                                          TokenResult::Callback done)
{
    if (const std::optional<TokenResult> cached = m_tokens.cached(scope)) {
        TokenCache::deliverTo(context, std::move(done), *cached);
        return;
    }
    if (m_tokens.wait(scope, context, std::move(done)) && !(m_busy != Busy::Idle && m_busyScope == scope))
        m_queue.append(scope);
    pump();
}

void DelegatedTokenProvider::invalidate(const QString &scope)
{
    m_tokens.remove(scope);
}

void DelegatedTokenProvider::signOut()
{
    if (m_refresh) {
        m_refresh->disconnect(this);
        m_refresh->abort();
    }
    if (m_busy == Busy::SignIn)
        cancelSignIn();
    m_busy = Busy::Idle;
    m_busyScope.clear();
    wipeRefreshToken();
    m_tokens.clear();
    TokenResult result;
    result.error = tr("%1: signed out before a token was issued").arg(serviceDisplayName(Service::Entra));
    failAll(result);
    emit signedOut();
}

void DelegatedTokenProvider::restoreRefreshToken(const QString &token)
{
    if (!m_refreshToken.isEmpty() || token.isEmpty())
        return;
    m_refreshToken = token;
    SecretRedactor::live().add(token);
}

void DelegatedTokenProvider::wipeRefreshToken()
{
    m_refreshToken.fill(QLatin1Char('\0'));
    m_refreshToken.clear();
}

void DelegatedTokenProvider::pump()
{
    while (m_busy == Busy::Idle && !m_queue.isEmpty()) {
        const QString scope = m_queue.takeFirst();
        if (!m_tokens.isWaiting(scope))
            continue;
        if (const std::optional<TokenResult> cached = m_tokens.cached(scope)) {
            deliverTo(scope, *cached);
            continue;
        }
        m_busyScope = scope;
        if (!m_refreshToken.isEmpty()) {
            m_busy = Busy::Refresh;
            startRefresh(scope);
        } else {
            m_busy = Busy::SignIn;
            beginSignIn(scope);
        }
    }
}

HttpExchange *DelegatedTokenProvider::postForm(const QString &name, const QByteArray &form)
{
    const QUrl url = endpoint(name);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    auto *exchange = new HttpExchange(m_manager, Service::Entra, request, QByteArrayLiteral("POST"), form, this);
    exchange->setTimeoutMs(m_timeoutMs);
    // The body holds a refresh token or a device code; the evidence names only the path.
    exchange->setEvidenceRequest(QStringLiteral("POST ") + url.path(QUrl::FullyEncoded));
    ++m_requests;
    return exchange;
}

void DelegatedTokenProvider::startRefresh(const QString &scope)
{
    HttpExchange *exchange =
        postForm(QStringLiteral("token"), refreshTokenForm(m_clientId, m_refreshToken, delegatedScope(scope)));
    m_refresh = exchange;
    connect(exchange, &HttpExchange::finished, this,
            [this, scope](const HttpResult &result) { onRefreshFinished(scope, result); });
    exchange->start();
}

void DelegatedTokenProvider::onRefreshFinished(const QString &scope, const HttpResult &result)
{
    m_refresh = nullptr;
    m_busy = Busy::Idle;
    m_busyScope.clear();
    if (result.isSuccess()) {
        const DelegatedTokenAnswer answer = parseDelegatedTokenAnswer(result.body);
        TokenResult token;
        token.evidence = result.evidence;
        if (answer.ok()) {
            store(scope, answer);
            token.ok = true;
            token.accessToken = answer.accessToken;
        } else {
            token.error = tr("%1: %2").arg(serviceDisplayName(Service::Entra), answer.error);
            token.evidence.error = token.error;
        }
        deliverTo(scope, token);
    } else {
        const OAuthError error = parseOAuthError(result.body);
        if (result.outcome == HttpResult::Outcome::Answered && needsUser(error.error)
            && !m_reprompted.contains(scope)) {
            // The refresh token cannot serve this scope without the user: one more sign-in.
            if (error.error == QLatin1String("invalid_grant"))
                wipeRefreshToken();
            m_reprompted.insert(scope);
            m_busy = Busy::SignIn;
            m_busyScope = scope;
            beginSignIn(scope);
            return;
        }
        deliverTo(scope, failureFrom(result));
    }
    pump();
}

void DelegatedTokenProvider::store(const QString &scope, const DelegatedTokenAnswer &answer)
{
    if (!answer.refreshToken.isEmpty()) {
        wipeRefreshToken();
        m_refreshToken = answer.refreshToken;
        SecretRedactor::live().add(m_refreshToken);
        emit refreshTokenChanged();
    }
    m_tokens.store(scope, answer.accessToken, tokenCacheLifetimeMs(answer.expiresInSeconds));
}

void DelegatedTokenProvider::signInSucceeded(const QString &scope, const DelegatedTokenAnswer &answer,
                                             const Evidence &evidence)
{
    if (m_busy != Busy::SignIn || scope != m_busyScope)
        return;
    m_busy = Busy::Idle;
    m_busyScope.clear();
    store(scope, answer);
    TokenResult token;
    token.ok = true;
    token.accessToken = answer.accessToken;
    token.evidence = evidence;
    deliverTo(scope, token);
    pump();
}

void DelegatedTokenProvider::signInFailed(const TokenResult &failure)
{
    if (m_busy != Busy::SignIn)
        return;
    m_busy = Busy::Idle;
    m_busyScope.clear();
    // The user did not sign in: every waiting request fails now, none starts another prompt.
    failAll(failure);
}

void DelegatedTokenProvider::deliverTo(const QString &scope, const TokenResult &result)
{
    m_reprompted.remove(scope);
    m_tokens.deliver(scope, result);
}

void DelegatedTokenProvider::failAll(const TokenResult &result)
{
    m_queue.clear();
    m_reprompted.clear();
    m_tokens.deliverAll(result);
}

TokenResult DelegatedTokenProvider::failureFrom(const HttpResult &result)
{
    TokenResult token;
    token.error = result.error;
    token.evidence = result.evidence;
    token.retryAfterMs = parseRetryAfter(result.headers.value("Retry-After"), QDateTime::currentDateTimeUtc());
    // 400/401 with an OAuth error object: Entra ID refused (not a network fault).
    token.rejected = result.outcome == HttpResult::Outcome::Answered
        && (result.status == 400 || result.status == 401)
        && QJsonDocument::fromJson(result.body).object().value(QLatin1String("error")).isString();
    return token;
}

} // namespace dwh
