// SPDX-License-Identifier: MIT
// How the command line signs in: the token provider per mode, telling the user what to do.
#include "signin.h"

#include "devicecodetokenprovider.h"
#include "interactivetokenprovider.h"
#include "terminalout.h"

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
