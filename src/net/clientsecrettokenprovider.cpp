// SPDX-License-Identifier: MIT
#include "clientsecrettokenprovider.h"

#include "errormessages.h"
#include "httpexchange.h"
#include "tokenform.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace dwh {

namespace {

// A token answer is a few kilobytes; anything much larger is not one (a proxy page, a runaway).
constexpr qint64 MAX_TOKEN_ANSWER_BYTES = 1024 * 1024;

} // namespace

ClientSecretTokenProvider::ClientSecretTokenProvider(const Profile &profile,
                                                     const QByteArray &clientSecret,
                                                     QObject *parent)
    : ClientSecretTokenProvider(profile.tokenEndpoint(), profile.clientId, clientSecret, parent)
{
}

ClientSecretTokenProvider::ClientSecretTokenProvider(const QUrl &tokenEndpoint,
                                                     const QString &clientId,
                                                     const QByteArray &clientSecret,
                                                     QObject *parent)
    : TokenProvider(parent)
    , m_endpoint(tokenEndpoint)
    , m_clientId(clientId)
    , m_secret(clientSecret)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ClientSecretTokenProvider::~ClientSecretTokenProvider()
{
    m_secret.fill('\0');
    for (auto &entry : m_cache)
        entry.accessToken.fill(QLatin1Char('\0'));
}

void ClientSecretTokenProvider::deliver(const Waiter &waiter, const TokenResult &result)
{
    if (!waiter.context)
        return;
    // Always queued, on the context's thread: done() never runs inside requestToken().
    QMetaObject::invokeMethod(
        waiter.context.data(), [done = waiter.done, result]() { done(result); },
        Qt::QueuedConnection);
}

void ClientSecretTokenProvider::requestToken(const QString &scope, QObject *context,
                                             TokenResult::Callback done)
{
    const Waiter waiter{context, std::move(done)};
    const auto cached = m_cache.constFind(scope);
    if (cached != m_cache.cend() && !cached->validUntil.hasExpired()) {
        TokenResult result;
        result.ok = true;
        result.accessToken = cached->accessToken;
        deliver(waiter, result);
        return;
    }
    const bool running = m_waiting.contains(scope);
    m_waiting[scope].append(waiter);
    if (!running)
        startExchange(scope);
}

void ClientSecretTokenProvider::invalidate(const QString &scope)
{
    m_cache.remove(scope);
}

void ClientSecretTokenProvider::startExchange(const QString &scope)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    auto *exchange =
        new HttpExchange(m_manager, Service::Entra, request, QByteArrayLiteral("POST"),
                         clientCredentialsForm(m_clientId, scope, m_secret), this);
    exchange->setTimeoutMs(m_timeoutMs);
    exchange->setMaxResponseBytes(MAX_TOKEN_ANSWER_BYTES);
    // The body holds the secret; the evidence names only the endpoint's path.
    exchange->setEvidenceRequest(QStringLiteral("POST ") + m_endpoint.path(QUrl::FullyEncoded));
    connect(exchange, &HttpExchange::finished, this,
            [this, scope](const HttpResult &result) { onExchangeFinished(scope, result); });
    ++m_requests;
    exchange->start();
}

void ClientSecretTokenProvider::onExchangeFinished(const QString &scope, const HttpResult &result)
{
    TokenResult token;
    token.evidence = result.evidence;
    if (result.isSuccess()) {
        const TokenAnswer answer = parseTokenAnswer(result.body);
        if (answer.ok()) {
            token.ok = true;
            token.accessToken = answer.accessToken;
            const qint64 lifetime = tokenCacheLifetimeMs(answer.expiresInSeconds);
            if (lifetime > 0)
                m_cache.insert(scope, CachedToken{answer.accessToken, QDeadlineTimer(lifetime)});
        } else {
            token.error = tr("%1: %2").arg(serviceDisplayName(Service::Entra), answer.error);
            token.evidence.error = token.error;
        }
    } else {
        token.error = result.error;
        // 400/401 with an OAuth error object: the credentials themselves were refused.
        token.rejected = result.outcome == HttpResult::Outcome::Answered
            && (result.status == 400 || result.status == 401)
            && QJsonDocument::fromJson(result.body).object().value(QLatin1String("error")).isString();
    }
    const QList<Waiter> waiters = m_waiting.take(scope);
    for (const Waiter &waiter : waiters)
        deliver(waiter, token);
}

} // namespace dwh
