// SPDX-License-Identifier: MIT
// The --backup-dir check of `fix --apply` and `restore --apply`.
#pragma once

#include <QString>

namespace dwh::cli {

/** Where the backup goes: an existing, writable directory; else the reason (exit 2). */
QString backupDirProblem(const QString &directory);

} // namespace dwh::cli
