// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {

struct Backup;

/** "dwhealth-backup-DWDVEV1004-20261123T100004.123Z.json" ("restore-" before the code for a
 *  restore's own backup). */
QString backupFileName(const Backup &backup);

/**
 * Writes `backup` into `directory` atomically (QSaveFile: the file appears complete or not at
 * all), readable by its owner only, under a new name (a suffix is added when one exists).
 * Returns false with `error` naming the file and the reason; `path` gets the file written.
 */
bool writeBackupFile(const Backup &backup, const QString &directory, QString *path,
                     QString *error);

} // namespace dwh
