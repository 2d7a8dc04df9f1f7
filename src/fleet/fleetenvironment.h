// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh::fleet {

/** One environment of a fleet run: a profile file, loaded or with the reason it cannot run. */
struct FleetEnvironment
{
    QString profilePath;             // as given (--profile) or found (--profiles DIR)
    QString stem;                    // the file name without its extension: OUT/<stem>.<format>
    std::optional<Profile> profile;  // empty when the file is not a usable profile
    QString problem;                 // why it cannot run (file, field and what is wrong)

    /** The profile's name, else the stem. */
    QString displayName() const;
};

/**
 * The environments of `dwhealth check --profiles DIR` and repeated `--profile FILE`: every
 * `*.json` directly in `profilesDir` (sorted by name), then each of `profilePaths` in order, each
 * file once. A file that is not a usable profile is kept with its problem (it is reported, not
 * run). Empty with `error` set when the folder cannot be read, nothing was found, or two files
 * share a stem (their reports would overwrite each other).
 */
QList<FleetEnvironment> collectEnvironments(const QStringList &profilePaths,
                                            const QString &profilesDir, QString *error);

} // namespace dwh::fleet
