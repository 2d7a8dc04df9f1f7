// SPDX-License-Identifier: MIT
// Where each profile of a fleet run gets its client secret from.
#include "profilesecret.h"

#include <QCoreApplication>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::ProfileSecret)
};

SavedSecretLookup &savedLookup()
{
    static SavedSecretLookup lookup;
    return lookup;
}

} // namespace

void setSavedSecretLookup(SavedSecretLookup lookup)
{
    savedLookup() = std::move(lookup);
}

QByteArray profileSecret(const Profile &profile, const QByteArray &fallback, QString *error)
{
    if (!profile.clientSecretEnv.isEmpty()) {
        const QByteArray secret = qgetenv(profile.clientSecretEnv.toLocal8Bit().constData());
        if (secret.isEmpty() && error)
            *error = Tr::tr("no client secret: the environment variable %1 named by "
                            "auth.clientSecretEnv is not set")
                         .arg(profile.clientSecretEnv);
        return secret;
    }
    if (savedLookup()) {
        const QByteArray secret = savedLookup()(profile);
        if (!secret.isEmpty())
            return secret;
    }
    if (fallback.isEmpty() && error)
        *error = Tr::tr("no client secret: set auth.clientSecretEnv in the profile, "
                        "DWHEALTH_CLIENT_SECRET, or use --client-secret-stdin");
    return fallback;
}

} // namespace dwh::fleet
