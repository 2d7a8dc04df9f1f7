// SPDX-License-Identifier: MIT
#include "backupfile.h"

#include "backup.h"
#include "remediationstr.h"
#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace dwh {

QString backupFileName(const Backup &backup)
{
    const QString stamp = backup.createdAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
    const QString what = backup.operation == QLatin1String("restore")
        ? QStringLiteral("restore-") + backup.code : backup.code;
    return QStringLiteral("dwhealth-backup-%1-%2.json").arg(what, stamp);
}

bool writeBackupFile(const Backup &backup, const QString &directory, QString *path,
                     QString *error)
{
    const QDir dir(directory.isEmpty() ? QStringLiteral(".") : directory);
    const QString base = backupFileName(backup);
    QString target = dir.absoluteFilePath(base);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.absoluteFilePath(base.chopped(5) + QStringLiteral("-%1.json").arg(n));
    *path = target;

    // Owner-only from the first byte: a backup holds every field of the records it saves.
    QString reason;
    if (!saveFileAtomically(target, QJsonDocument(backup.toJson()).toJson(QJsonDocument::Indented),
                            &reason, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = RemediationTexts::tr("%1: cannot write the backup: %2")
                     .arg(target, reason);
        return false;
    }
    return true;
}

} // namespace dwh
