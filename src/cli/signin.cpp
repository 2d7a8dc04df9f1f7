// SPDX-License-Identifier: MIT
#include "signin.h"

#include "clientsecrettokenprovider.h"
#include "devicecodetokenprovider.h"
#include "interactivetokenprovider.h"

#include <QCoreApplication>

#include <cstdio>

namespace dwh::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dwh::cli::SignIn", text);
}

void say(const QString &line)
{
    std::fprintf(stderr, "dwhealth: %s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

bool needsClientSecret(const Profile &profile)
{
    return profile.authMode == AuthMode::ClientSecret;
}

std::unique_ptr<TokenProvider> makeTokenProvider(const Profile &profile, const QByteArray &secret)
{
    switch (profile.authMode) {
    case AuthMode::DeviceCode: {
        auto provider = std::make_unique<DeviceCodeTokenProvider>(profile);
        QObject::connect(provider.get(), &DeviceCodeTokenProvider::deviceCodeReady, provider.get(),
                         [](const DeviceCodePrompt &prompt) {
                             say(prompt.message.isEmpty()
                                     ? tr("To sign in, open %1 and enter the code %2 (valid for %3 minutes).")
                                           .arg(prompt.verificationUri.toString(), prompt.userCode)
                                           .arg(qMax(1, prompt.expiresInSeconds / 60))
                                     : prompt.message);
                         });
        return provider;
    }
    case AuthMode::Interactive: {
        auto provider = std::make_unique<InteractiveTokenProvider>(profile);
        QObject::connect(provider.get(), &InteractiveTokenProvider::browserSignInStarted,
                         provider.get(), [](const QUrl &url, bool opened) {
                             say(opened ? tr("Sign in in the browser window that opened. If none "
                                             "opened, open this address: %1")
                                              .arg(url.toString(QUrl::FullyEncoded))
                                        : tr("Open this address in a browser on this computer "
                                             "to sign in: %1")
                                              .arg(url.toString(QUrl::FullyEncoded)));
                         });
        return provider;
    }
    case AuthMode::ClientSecret:
        break;
    }
    return std::make_unique<ClientSecretTokenProvider>(profile, secret);
}

} // namespace dwh::cli
