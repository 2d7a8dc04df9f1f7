// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace dwh {

class TokenProvider;

/**
 * The token provider for `profile.authMode`: ClientSecretTokenProvider with `secret`
 * (clientSecret), or DeviceCodeTokenProvider / InteractiveTokenProvider (delegated; `secret` is
 * ignored). Nothing is printed or shown: callers connect to the delegated providers' signals
 * (deviceCodeReady, browserSignInStarted) to tell the user what to do. Tokens stay in memory.
 * Each token request is abandoned after `timeoutMs` (--timeout).
 */
std::unique_ptr<TokenProvider> createTokenProvider(const Profile &profile, const QByteArray &secret,
                                                   int timeoutMs = 30000);

/** Whether `profile`'s sign-in needs a client secret (auth.mode clientSecret). */
bool needsClientSecret(const Profile &profile);

/** Whether `profile` signs a user in (device code or interactive). */
bool isDelegated(const Profile &profile);

/**
 * What identifies one sign-in: the mode, the token endpoint and the client id that signs in (for
 * delegated modes the default public client when auth.clientId is empty). Two profiles with the
 * same key can share one token provider. Never holds the secret.
 */
QString signInKey(const Profile &profile);

} // namespace dwh
