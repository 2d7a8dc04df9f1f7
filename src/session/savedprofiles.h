// SPDX-License-Identifier: MIT
// The wizard's saved profiles as the CLI reaches them: by name, with the secret from the keychain.
#pragma once

#include "profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dwh::gui {

/**
 * A saved profile by name (ProfileStore, the wizard's QSettings identity) and its client secret
 * from the system keychain (SecretStore). For `dwhealth check --profile-name NAME`.
 */
class SavedProfiles final
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::SavedProfiles)
public:
    using SecretCallback = std::function<void(bool ok, const QByteArray &secret, const QString &error)>;

    /** The saved names, recently used first, then the others alphabetically. */
    static QStringList names();
    /** The profile saved as `name`; nullopt and `error` (naming the saved ones when the name is
     *  unknown) otherwise. */
    static std::optional<Profile> load(const QString &name, QString *error);
    /** Reads the client secret the wizard keeps for `profile` in the keychain, asynchronously;
     *  `done` runs once from the event loop unless `context` is destroyed first. The error names
     *  the fallback DWHEALTH_CLIENT_SECRET. */
    static void readSecret(const Profile &profile, QObject *context, SecretCallback done);
};

} // namespace dwh::gui
