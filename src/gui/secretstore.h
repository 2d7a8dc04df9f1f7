// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace dwh {
struct Profile;
}

namespace dwh::gui {

/**
 * The client secret in the system keychain (QtKeychain), never anywhere else: the insecure
 * plain-text fallback is switched off, so a missing keychain is an error, not a file on disk.
 * Entries are keyed "<token endpoint>|<client id>". Every call is asynchronous; `done` runs once
 * on the GUI thread unless `context` is destroyed first.
 */
class SecretStore final
{
public:
    using ReadCallback = std::function<void(bool ok, const QByteArray &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    static QString keyFor(const Profile &profile);

    static void read(const Profile &profile, QObject *context, ReadCallback done);
    static void write(const Profile &profile, const QByteArray &secret, QObject *context,
                      WriteCallback done);
    static void remove(const Profile &profile, QObject *context, WriteCallback done);
};

} // namespace dwh::gui
