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

std::unique_ptr<TokenProvider> createTokenProvider(const Profile &profile, const QByteArray &secret)
{
    switch (profile.authMode) {
    case AuthMode::DeviceCode:
        return std::make_unique<DeviceCodeTokenProvider>(profile);
    case AuthMode::Interactive:
        return std::make_unique<InteractiveTokenProvider>(profile);
    case AuthMode::ClientSecret:
        break;
    }
    return std::make_unique<ClientSecretTokenProvider>(profile, secret);
}

} // namespace dwh
