// SPDX-License-Identifier: MIT
// backupDirProblem(): --backup-dir must be an existing, writable directory.
#include "backupdir.h"

#include "clistr.h"

#include <QFileInfo>

namespace dwh::cli {

QString backupDirProblem(const QString &directory)
{
    const QFileInfo info(directory.isEmpty() ? QStringLiteral(".") : directory);
    if (!info.exists())
        return CliTexts::tr("--backup-dir %1: the directory does not exist").arg(directory);
    if (!info.isDir())
        return CliTexts::tr("--backup-dir %1: not a directory").arg(directory);
    if (!info.isWritable())
        return CliTexts::tr("--backup-dir %1: the directory is not writable").arg(info.absoluteFilePath());
    return QString();
}

} // namespace dwh::cli
