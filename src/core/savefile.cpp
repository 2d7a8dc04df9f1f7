// SPDX-License-Identifier: MIT
#include "savefile.h"

#include <QSaveFile>

namespace dwh {

bool saveFileAtomically(const QString &path, const QByteArray &data, QString *reason,
                        QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    if (permissions != QFileDevice::Permissions())
        file.setPermissions(permissions);  // best effort: not every file system keeps them
    const bool ok = file.write(data) == data.size() && file.commit();
    if (!ok && reason)
        *reason = file.errorString();
    return ok;
}

} // namespace dwh
