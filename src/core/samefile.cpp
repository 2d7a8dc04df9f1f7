// SPDX-License-Identifier: MIT
#include "samefile.h"

#include <QDir>
#include <QFileInfo>

namespace dwh {

namespace {

QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : QDir(folder).filePath(info.fileName());
}

} // namespace

bool isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return resolved(a) == resolved(b);
}

} // namespace dwh
