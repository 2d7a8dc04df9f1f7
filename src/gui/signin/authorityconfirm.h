// SPDX-License-Identifier: MIT
// The wizard's question before a client secret goes to an authority that is not a known
// Microsoft Entra ID sign-in host (the CLI refuses it without --allow-authority).
#pragma once

#include "profile.h"

#include <functional>

class QWidget;

namespace dwh::gui {

/**
 * Whether sending `profile`'s client secret needs the user's consent first: client-secret
 * sign-in, an authority that isKnownEntraAuthority() does not know (loopback never asks) and a
 * host the user has not allowed for this profile before.
 */
bool authorityNeedsConsent(const Profile &profile);

/**
 * Opens (window-modal, not blocking) the question naming the authority's host, default No, with
 * a "remember for this profile" box left unticked. `proceed` runs only on Yes; the host is
 * remembered for the profile only when the box was ticked. The box is named
 * "authorityConfirmBox", its check box "rememberAuthorityCheck".
 */
void askAuthorityConsent(QWidget *parent, const Profile &profile, std::function<void()> proceed);

} // namespace dwh::gui
