// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace dwh {
struct Profile;
}

namespace dwh::gui {

/**
 * What the user asked to remember, in the system keychain (QtKeychain), never anywhere else:
 * the client secret (clientSecret mode) or the signed-in user's refresh token (deviceCode,
 * interactive; never an access token). The insecure plain-text fallback is switched off, so a
 * missing keychain is an error, not a file on disk. Entries are keyed "<token endpoint>|<client
 * id>" (the client id that signs in), refresh tokens with "|refreshToken" after it. Every call
 * is asynchronous; `done` runs once on the GUI thread unless `context` is destroyed first.
 */
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::SecretStore)
public:
    enum class Kind { ClientSecret, RefreshToken };

    using ReadCallback = std::function<void(bool ok, const QByteArray &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    static QString keyFor(const Profile &profile, Kind kind = Kind::ClientSecret);
    /** The kind a profile's sign-in remembers: RefreshToken for the delegated modes. */
    static Kind kindFor(const Profile &profile);

    static void read(const Profile &profile, QObject *context, ReadCallback done,
                     Kind kind = Kind::ClientSecret);
    static void write(const Profile &profile, const QByteArray &secret, QObject *context,
                      WriteCallback done, Kind kind = Kind::ClientSecret);
    static void remove(const Profile &profile, QObject *context, WriteCallback done,
                       Kind kind = Kind::ClientSecret);
};

} // namespace dwh::gui
