// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace dwh::fleet {

/**
 * Where a saved profile's secret is kept outside environment variables (the OS keychain entry of
 * a saved profile). Returns the secret, or empty when there is none. Not set by this library:
 * the keychain comes with the saved-profile work; it installs its lookup with
 * setSavedSecretLookup() and fleet runs use it without further change.
 */
using SavedSecretLookup = std::function<QByteArray(const Profile &profile)>;

/** Installs (or, with an empty function, removes) the keychain lookup. */
void setSavedSecretLookup(SavedSecretLookup lookup);

/**
 * The client secret of `profile` (auth.mode clientSecret), in this order:
 * 1. the environment variable named by auth.clientSecretEnv: when the profile names one, it must
 *    be set; no other source is tried (another profile's secret is never sent in its place);
 * 2. the saved profile's keychain entry (setSavedSecretLookup());
 * 3. `fallback`: DWHEALTH_CLIENT_SECRET, or the line read with --client-secret-stdin.
 * Empty, with `error` naming the variable (never a value), when none holds one.
 */
QByteArray profileSecret(const Profile &profile, const QByteArray &fallback, QString *error);

} // namespace dwh::fleet
