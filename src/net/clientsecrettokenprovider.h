// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"
#include "tokencache.h"
#include "tokenprovider.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace dwh {

struct HttpResult;

/**
 * Entra ID v2 client credentials: `POST {tokenEndpoint}` with client_id, scope, client_secret
 * and grant_type=client_credentials. Caches each scope's token until 5 minutes before it expires
 * (half its lifetime when shorter) and shares one exchange among concurrent requests for a scope.
 * The secret stays in memory only and is never logged; evidence records only
 * "POST /{tenant}/oauth2/v2.0/token".
 */
class ClientSecretTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSecretTokenProvider)
public:
    /** Signs in as `profile.clientId` at `profile.tokenEndpoint()`. */
    ClientSecretTokenProvider(const Profile &profile, const QByteArray &clientSecret,
                              QObject *parent = nullptr);
    ClientSecretTokenProvider(const QUrl &tokenEndpoint, const QString &clientId,
                              const QByteArray &clientSecret, QObject *parent = nullptr);
    ~ClientSecretTokenProvider() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void requestToken(const QString &scope, QObject *context, TokenResult::Callback done) override;
    void invalidate(const QString &scope) override;
    int requestCount() const override { return m_requests; }

private:
    void startExchange(const QString &scope);
    void onExchangeFinished(const QString &scope, const HttpResult &result);

    QUrl m_endpoint;
    QString m_clientId;
    QByteArray m_secret;
    int m_timeoutMs = 30000;
    int m_requests = 0;
    QNetworkAccessManager *m_manager;
    TokenCache m_tokens;
};

} // namespace dwh
