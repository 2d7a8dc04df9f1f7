// SPDX-License-Identifier: MIT
#pragma once

#include "authoritypolicy.h"
#include "profile.h"
#include "tokenproviderfactory.h"  // needsClientSecret()

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace dwh {
class TokenProvider;
}

namespace dwh::cli {

/** How the CLI signs in: --timeout and --allow-authority. */
struct SignInOptions
{
    int timeoutMs = 30000;           // each token request (--timeout)
    QStringList allowedAuthorities;  // --allow-authority HOST: authorities trusted with the secret
};

/** The authority policy (src/session/authoritypolicy.h), as the CLI has always named it. */
using session::authorityProblem;
using session::authorityWarning;

/**
 * The token provider for the profile's auth.mode (dwh::createTokenProvider): client credentials
 * with `secret`, or the delegated device-code and interactive (browser, PKCE) sign-ins, which
 * here tell the user on stderr what to do (the code and URL, or the URL the browser was sent
 * to). Tokens stay in memory.
 */
std::unique_ptr<TokenProvider> makeTokenProvider(const Profile &profile, const QByteArray &secret,
                                                 const SignInOptions &options = {});

} // namespace dwh::cli
