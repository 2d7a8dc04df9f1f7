// SPDX-License-Identifier: MIT
#include "boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace dwh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::BoundedRead)
};

constexpr qint64 ChunkBytes = 64 * 1024;

QString tooLargeReason(qint64 maxBytes)
{
    return Tr::tr("larger than %1, the most dwhealth reads from such a file")
        .arg(QLocale().formattedDataSize(maxBytes, 0));
}

} // namespace

std::optional<QByteArray> readFileCapped(const QString &path, qint64 maxBytes, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (reason)
            *reason = Tr::tr("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    // A regular file says its size: refuse it before reading a byte.
    if (!file.isSequential() && file.size() > maxBytes) {
        if (reason)
            *reason = tooLargeReason(maxBytes);
        return std::nullopt;
    }
    return readDeviceCapped(file, maxBytes, reason);
}

std::optional<QByteArray> readDeviceCapped(QIODevice &device, qint64 maxBytes, QString *reason)
{
    QByteArray data;
    if (!device.isSequential())
        data.reserve(qsizetype(std::min(device.size(), maxBytes + 1)));
    // Devices and FIFOs may report size 0 and never end: read at most maxBytes + 1.
    while (data.size() <= maxBytes) {
        const qint64 want = std::min<qint64>(ChunkBytes, maxBytes + 1 - data.size());
        const qsizetype before = data.size();
        data.resize(before + qsizetype(want));
        const qint64 got = device.read(data.data() + before, want);
        if (got < 0) {
            if (reason)
                *reason = Tr::tr("cannot be read: %1").arg(device.errorString());
            return std::nullopt;
        }
        data.resize(before + qsizetype(got));
        if (got == 0)  // the end (a FIFO or a pipe: its writer closed it)
            break;
    }
    if (data.size() > maxBytes) {
        if (reason)
            *reason = tooLargeReason(maxBytes);
        return std::nullopt;
    }
    return data;
}

} // namespace dwh
