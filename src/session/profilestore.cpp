// SPDX-License-Identifier: MIT
#include "profilestore.h"

#include <QJsonDocument>
#include <QSettings>

namespace dwh::gui {

namespace {

const QString PROFILES_GROUP = QStringLiteral("profiles");
const QString RECENT_KEY = QStringLiteral("recentProfiles");
const QString REMEMBER_GROUP = QStringLiteral("rememberSecret");
const QString AUTHORITY_GROUP = QStringLiteral("allowedAuthorities");

// QSettings keys may not contain '/' or '\\'; profile names may.
QString keyFor(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

QString nameFor(const QString &key)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
}

} // namespace

QStringList ProfileStore::names()
{
    QSettings settings;
    settings.beginGroup(PROFILES_GROUP);
    QStringList all;
    for (const QString &key : settings.childKeys())
        all << nameFor(key);
    settings.endGroup();
    all.sort(Qt::CaseInsensitive);
    QStringList ordered;
    for (const QString &name : recent()) {
        if (all.contains(name))
            ordered << name;
    }
    for (const QString &name : all) {
        if (!ordered.contains(name))
            ordered << name;
    }
    return ordered;
}

QStringList ProfileStore::recent()
{
    return QSettings().value(RECENT_KEY).toStringList();
}

std::optional<Profile> ProfileStore::load(const QString &name, QString *error)
{
    QSettings settings;
    const QByteArray json = settings.value(PROFILES_GROUP + QLatin1Char('/') + keyFor(name)).toByteArray();
    ProfileError profileError;
    std::optional<Profile> profile = parseProfile(json, name, &profileError);
    if (!profile && error)
        *error = profileError.toString();
    return profile;
}

void ProfileStore::save(const Profile &profile)
{
    QSettings settings;
    settings.setValue(PROFILES_GROUP + QLatin1Char('/') + keyFor(profile.name),
                      QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    QStringList list = recent();
    list.removeAll(profile.name);
    list.prepend(profile.name);
    while (list.size() > MaxRecent)
        list.removeLast();
    settings.setValue(RECENT_KEY, list);
}

void ProfileStore::remove(const QString &name)
{
    QSettings settings;
    settings.remove(PROFILES_GROUP + QLatin1Char('/') + keyFor(name));
    settings.remove(REMEMBER_GROUP + QLatin1Char('/') + keyFor(name));
    settings.remove(AUTHORITY_GROUP + QLatin1Char('/') + keyFor(name));
    QStringList list = recent();
    list.removeAll(name);
    settings.setValue(RECENT_KEY, list);
}

bool ProfileStore::remembersSecret(const QString &name)
{
    return QSettings().value(REMEMBER_GROUP + QLatin1Char('/') + keyFor(name), false).toBool();
}

void ProfileStore::setRemembersSecret(const QString &name, bool remember)
{
    QSettings().setValue(REMEMBER_GROUP + QLatin1Char('/') + keyFor(name), remember);
}

QStringList ProfileStore::allowedAuthorities(const QString &name)
{
    return QSettings().value(AUTHORITY_GROUP + QLatin1Char('/') + keyFor(name)).toStringList();
}

void ProfileStore::allowAuthority(const QString &name, const QString &host)
{
    QStringList hosts = allowedAuthorities(name);
    if (hosts.contains(host.toLower()))
        return;
    hosts << host.toLower();
    QSettings().setValue(AUTHORITY_GROUP + QLatin1Char('/') + keyFor(name), hosts);
}

} // namespace dwh::gui
