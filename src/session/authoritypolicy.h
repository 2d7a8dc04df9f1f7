// SPDX-License-Identifier: MIT
// The authority policy: which sign-in host may receive a profile's client secret.
#pragma once

#include "profile.h"

#include <QString>
#include <QStringList>

namespace dwh::session {

/**
 * Why the client secret must not be sent to `profile.authority`, or empty: an authority that is
 * not a known Entra ID host (isKnownEntraAuthority(), loopback included) and whose host is not
 * in `allowedAuthorities` is refused for auth.mode clientSecret. The message names the host, the
 * known hosts and --allow-authority.
 */
QString authorityProblem(const Profile &profile, const QStringList &allowedAuthorities);
/** The warning for an authority that --allow-authority let through, or empty. */
QString authorityWarning(const Profile &profile);

} // namespace dwh::session
