// SPDX-License-Identifier: MIT
// SavedProfiles: a saved profile by name and its keychain secret (ProfileStore, SecretStore).
#include "savedprofiles.h"

#include "profilestore.h"
#include "secretstore.h"

namespace dwh::gui {

QStringList SavedProfiles::names()
{
    return ProfileStore::names();
}

std::optional<Profile> SavedProfiles::load(const QString &name, QString *error)
{
    const QStringList saved = names();
    if (!saved.contains(name)) {
        *error = saved.isEmpty()
            ? tr("no profile is saved as \"%1\", and no profile is saved at all (the wizard "
                 "saves them)").arg(name)
            : tr("no profile is saved as \"%1\"; saved profiles: %2")
                  .arg(name, saved.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return ProfileStore::load(name, error);
}

void SavedProfiles::readSecret(const Profile &profile, QObject *context, SecretCallback done)
{
    SecretStore::read(profile, context,
                      [done, name = profile.name](bool ok, const QByteArray &secret, const QString &error) {
                          if (ok && !secret.isEmpty()) {
                              done(true, secret, QString());
                              return;
                          }
                          const QString reason = ok ? tr("the stored secret is empty") : error;
                          done(false, QByteArray(),
                               tr("the client secret of the saved profile \"%1\" could not be read "
                                  "from the system keychain: %2; set DWHEALTH_CLIENT_SECRET or use "
                                  "--client-secret-stdin instead")
                                   .arg(name, reason));
                      });
}

} // namespace dwh::gui
