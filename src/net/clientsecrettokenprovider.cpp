// SPDX-License-Identifier: MIT
#include "clientsecrettokenprovider.h"

#include "errormessages.h"
#include "httpexchange.h"
#include "retrypolicy.h"
#include "secretredactor.h"
#include "tokenform.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
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
    SecretRedactor::live().add(m_secret);  // a token endpoint may echo it in its error
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ClientSecretTokenProvider::~ClientSecretTokenProvider()
{
    m_secret.fill('\0');
}

void ClientSecretTokenProvider::requestToken(const QString &scope, QObject *context,
                                             TokenResult::Callback done)
{
    if (const std::optional<TokenResult> cached = m_tokens.cached(scope)) {
        TokenCache::deliverTo(context, std::move(done), *cached);
        return;
    }
    if (m_tokens.wait(scope, context, std::move(done)))
        startExchange(scope);
}

void ClientSecretTokenProvider::invalidate(const QString &scope)
{
    m_tokens.remove(scope);
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
            m_tokens.store(scope, answer.accessToken, tokenCacheLifetimeMs(answer.expiresInSeconds));
        } else {
            token.error = tr("%1: %2").arg(serviceDisplayName(Service::Entra), answer.error);
            token.evidence.error = token.error;
        }
    } else {
        token.error = result.error;
        token.retryAfterMs = parseRetryAfter(result.headers.value("Retry-After"),
                                             QDateTime::currentDateTimeUtc());
        // 400/401 with an OAuth error object: the credentials themselves were refused.
        token.rejected = result.outcome == HttpResult::Outcome::Answered
            && (result.status == 400 || result.status == 401)
            && QJsonDocument::fromJson(result.body).object().value(QLatin1String("error")).isString();
    }
    m_tokens.deliver(scope, token);
}

} // namespace dwh
