// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace dwh::pkce {

/**
 * Proof Key for Code Exchange (RFC 7636) for the authorization code flow. Qt 6.4's
 * QOAuth2AuthorizationCodeFlow has no PKCE of its own (setPkceMethod came in 6.8).
 */

/** A new code_verifier: 32 bytes from the system CSPRNG, base64url, 43 characters (§4.1). */
QByteArray newVerifier();

/** code_challenge for method S256: base64url(SHA-256(verifier)) without padding (§4.2). */
QByteArray challengeS256(const QByteArray &verifier);

/** A new `state` value for the authorize request: 16 random bytes, base64url. */
QByteArray newState();

} // namespace dwh::pkce
