// SPDX-License-Identifier: MIT
// The environments of a fleet run: profile files from a folder and from repeated --profile.
#include "fleetenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::FleetEnvironment)
};

} // namespace

QString FleetEnvironment::displayName() const
{
    return profile && !profile->name.isEmpty() ? profile->name : stem;
}

QList<FleetEnvironment> collectEnvironments(const QStringList &profilePaths,
                                            const QString &profilesDir, QString *error)
{
    QStringList paths;
    if (!profilesDir.isEmpty()) {
        const QDir dir(profilesDir);
        if (!dir.exists()) {
            *error = Tr::tr("--profiles %1: no such folder").arg(profilesDir);
            return {};
        }
        const QStringList names =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names)
            paths << dir.filePath(name);
        if (paths.isEmpty()) {
            *error = Tr::tr("--profiles %1: the folder holds no profile (*.json)").arg(profilesDir);
            return {};
        }
    }
    paths << profilePaths;

    QList<FleetEnvironment> out;
    QSet<QString> seenFiles;
    QHash<QString, QString> stems;  // stem -> the file that has it
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty() && seenFiles.contains(canonical))
            continue;  // the same file through the folder and --profile
        seenFiles.insert(canonical);
        FleetEnvironment env;
        env.profilePath = path;
        env.stem = info.completeBaseName();
        if (env.stem.isEmpty())
            env.stem = info.fileName();
        const QString other = stems.value(env.stem.toLower());
        if (!other.isEmpty()) {
            *error = Tr::tr("%1 and %2 would both write the report %3.*; rename one of them")
                         .arg(other, path, env.stem);
            return {};
        }
        stems.insert(env.stem.toLower(), path);
        ProfileError profileError;
        env.profile = loadProfileFile(path, &profileError);
        if (!env.profile)
            env.problem = profileError.toString();
        out << env;
    }
    if (out.isEmpty())
        *error = Tr::tr("no profile to check");
    return out;
}

} // namespace dwh::fleet
