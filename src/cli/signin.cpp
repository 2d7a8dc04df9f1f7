// SPDX-License-Identifier: MIT
// How the command line signs in: the authority the secret may go to, the token provider per mode.
#include "signin.h"

#include "devicecodetokenprovider.h"
#include "interactivetokenprovider.h"
#include "terminalout.h"
#include "urlpolicy.h"

#include <QCoreApplication>

#include <cstdio>

namespace dwh::cli {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::cli::SignIn)
};

void say(const QString &line)
{
    errLine(line);
}

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

std::unique_ptr<TokenProvider> makeTokenProvider(const Profile &profile, const QByteArray &secret,
                                                 const SignInOptions &options)
{
    std::unique_ptr<TokenProvider> provider = createTokenProvider(profile, secret, options.timeoutMs);
    if (auto *deviceCode = qobject_cast<DeviceCodeTokenProvider *>(provider.get())) {
        QObject::connect(deviceCode, &DeviceCodeTokenProvider::deviceCodeReady, deviceCode,
                         [](const DeviceCodePrompt &prompt) {
                             say(prompt.message.isEmpty()
                                     ? Tr::tr("To sign in, open %1 and enter the code %2 (valid for %3 minutes).")
                                           .arg(prompt.verificationUri.toString(), prompt.userCode,
                                                QString::number(qMax(1, prompt.expiresInSeconds / 60)))
                                     : prompt.message);
                         });
    } else if (auto *interactive = qobject_cast<InteractiveTokenProvider *>(provider.get())) {
        QObject::connect(interactive, &InteractiveTokenProvider::browserSignInStarted, interactive,
                         [](const QUrl &url, bool opened) {
                             say(opened ? Tr::tr("Sign in in the browser window that opened. If none "
                                             "opened, open this address: %1")
                                              .arg(url.toString(QUrl::FullyEncoded))
                                        : Tr::tr("Open this address in a browser on this computer "
                                             "to sign in: %1")
                                              .arg(url.toString(QUrl::FullyEncoded)));
                         });
    }
    return provider;
}

} // namespace dwh::cli
