// SPDX-License-Identifier: MIT
#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dwh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::SaveFile)
};

constexpr qint64 ChunkBytes = 1024 * 1024;

/**
 * The reason for a failed write, from the errno the system set at the failing call: QFileDevice
 * often reports "Unknown error" for these, as a later call replaced its error.
 */
QString writeErrorReason(int error, const QString &fallback)
{
    const QString system = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case EFBIG:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Tr::tr("disk quota exceeded or file too large (%1)").arg(system);
    case ENOSPC:
        return Tr::tr("no space left on the device (%1)").arg(system);
    case 0:
        return fallback;
    default:
        return system;
    }
}

} // namespace

bool saveFileAtomically(const QString &path, const QByteArray &data, QString *reason,
                        QFileDevice::Permissions permissions)
{
    // Unbuffered: each write() reaches the system now, so errno belongs to the call that failed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    if (permissions != QFileDevice::Permissions())
        file.setPermissions(permissions);  // best effort: not every file system keeps them
    qint64 written = 0;
    while (written < data.size()) {
        errno = 0;
        const qint64 n = file.write(data.constData() + written,
                                    std::min<qint64>(ChunkBytes, data.size() - written));
        if (n <= 0) {
            const int error = errno;
            if (reason)
                *reason = writeErrorReason(error, file.errorString());
            file.cancelWriting();
            return false;
        }
        written += n;
    }
    errno = 0;
    if (!file.commit()) {
        const int error = errno;
        if (reason)
            *reason = writeErrorReason(error, file.errorString());
        return false;
    }
    return true;
}

} // namespace dwh
