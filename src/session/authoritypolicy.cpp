// SPDX-License-Identifier: MIT
// authorityProblem() and authorityWarning(): the host a client secret may be sent to.
#include "authoritypolicy.h"

#include "tokenproviderfactory.h"
#include "urlpolicy.h"

#include <QCoreApplication>

namespace dwh::session {

namespace {

/** The translation context these texts had in src/cli (the catalogues keep their entries). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::cli::SignIn)
};

} // namespace

QString authorityProblem(const Profile &profile, const QStringList &allowedAuthorities)
{
    if (!needsClientSecret(profile) || isKnownEntraAuthority(profile.authority))
        return QString();
    const QString host = profile.authority.host().toLower();
    for (const QString &allowed : allowedAuthorities) {
        if (!host.isEmpty() && allowed.trimmed().compare(host, Qt::CaseInsensitive) == 0)
            return QString();
    }
    return Tr::tr("the profile's authority %1 is not a Microsoft Entra ID sign-in host (%2); "
                  "the client secret was not sent. If this authority is meant to receive it, "
                  "run again with --allow-authority %3")
        .arg(profile.authority.toString(), knownEntraAuthorityHosts().join(QStringLiteral(", ")),
             host.isEmpty() ? QStringLiteral("HOST") : host);
}

QString authorityWarning(const Profile &profile)
{
    if (!needsClientSecret(profile) || isKnownEntraAuthority(profile.authority))
        return QString();
    return Tr::tr("warning: sending the client secret to %1, which is not a Microsoft Entra ID "
                  "sign-in host (allowed by --allow-authority)")
        .arg(profile.authority.host());
}

} // namespace dwh::session
