// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QStringList>

#include <optional>

namespace dwh::gui {

/**
 * Saved profiles in QSettings (group "profiles", one profile JSON per name; never a secret), and
 * the recently used ones, most recent first. Uses the application's default QSettings.
 */
class ProfileStore final
{
public:
    static constexpr int MaxRecent = 8;

    /** Saved profile names, recently used first, then the others alphabetically. */
    static QStringList names();
    static QStringList recent();
    static std::optional<Profile> load(const QString &name, QString *error = nullptr);
    /** Saves (or replaces) the profile under its name and marks it most recently used. */
    static void save(const Profile &profile);
    static void remove(const QString &name);

    /** Whether the user asked to keep this profile's secret in the system keychain. */
    static bool remembersSecret(const QString &name);
    static void setRemembersSecret(const QString &name, bool remember);

    /** Authority hosts (lower case) the user allowed to receive this profile's client secret. */
    static QStringList allowedAuthorities(const QString &name);
    static void allowAuthority(const QString &name, const QString &host);
};

} // namespace dwh::gui
