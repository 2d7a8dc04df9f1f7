// SPDX-License-Identifier: MIT
#include "tokenproviderfactory.h"

#include "clientsecrettokenprovider.h"
#include "devicecodetokenprovider.h"
#include "interactivetokenprovider.h"
#include "publicclient.h"

namespace dwh {

bool needsClientSecret(const Profile &profile)
{
    return profile.authMode == AuthMode::ClientSecret;
}

bool isDelegated(const Profile &profile)
{
    return !needsClientSecret(profile);
}

QString signInKey(const Profile &profile)
{
    const QString client = isDelegated(profile) ? delegatedClientId(profile) : profile.clientId;
    return authModeName(profile.authMode) + QLatin1Char('|') + profile.tokenEndpoint().toString()
        + QLatin1Char('|') + client.toLower();
}

std::unique_ptr<TokenProvider> createTokenProvider(const Profile &profile, const QByteArray &secret,
                                                   int timeoutMs)
{
    switch (profile.authMode) {
    case AuthMode::DeviceCode: {
        auto provider = std::make_unique<DeviceCodeTokenProvider>(profile);
        provider->setTimeoutMs(timeoutMs);
        return provider;
    }
    case AuthMode::Interactive: {
        auto provider = std::make_unique<InteractiveTokenProvider>(profile);
        provider->setTimeoutMs(timeoutMs);
        return provider;
    }
    case AuthMode::ClientSecret:
        break;
    }
    auto provider = std::make_unique<ClientSecretTokenProvider>(profile, secret);
    provider->setTimeoutMs(timeoutMs);
    return provider;
}

} // namespace dwh
