// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"
#include "tokenproviderfactory.h"  // needsClientSecret()

#include <QByteArray>

#include <memory>

namespace dwh {
class TokenProvider;
}

namespace dwh::cli {

/**
 * The token provider for the profile's auth.mode (dwh::createTokenProvider): client credentials
 * with `secret`, or the delegated device-code and interactive (browser, PKCE) sign-ins, which
 * here tell the user on stderr what to do (the code and URL, or the URL the browser was sent
 * to). Tokens stay in memory.
 */
std::unique_ptr<TokenProvider> makeTokenProvider(const Profile &profile, const QByteArray &secret);

} // namespace dwh::cli
