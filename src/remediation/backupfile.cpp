// SPDX-License-Identifier: MIT
#include "backupfile.h"

#include "backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

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

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("dwh::Remediation", "%1: cannot write the backup: %2")
                     .arg(target, file.errorString());
        return false;
    }
    const QByteArray data = QJsonDocument(backup.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("dwh::Remediation", "%1: cannot write the backup: %2")
                     .arg(target, file.errorString());
        return false;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace dwh
