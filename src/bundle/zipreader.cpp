// SPDX-License-Identifier: MIT
#include "zipreader.h"

#include "zipformat.h"

#include <QDir>
#include <QFile>

namespace dwh {

using namespace zip;

namespace {

/** The offset of the end-of-central-directory record, or -1. */
qsizetype findEndOfCentralDirectory(const QByteArray &archive)
{
    const qsizetype last = archive.size() - EndOfCentralDirectorySize;
    const qsizetype first = std::max<qsizetype>(0, last - 0xffff);  // a comment is ≤ 64 KiB
    for (qsizetype at = last; at >= first; --at) {
        if (get32(archive, at) == EndOfCentralDirectorySignature)
            return at;
    }
    return -1;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<ZipReader> ZipReader::fromFile(const QString &path, QString *error,
                                             quint32 maxFileBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    QString problem;
    std::optional<ZipReader> reader = fromData(file.readAll(), &problem, maxFileBytes);
    if (!reader)
        fail(error, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem));
    return reader;
}

std::optional<ZipReader> ZipReader::fromData(const QByteArray &archive, QString *error,
                                             quint32 maxFileBytes)
{
    const qsizetype end = findEndOfCentralDirectory(archive);
    if (end < 0) {
        fail(error, QStringLiteral("not a ZIP archive (no central directory)"));
        return std::nullopt;
    }
    const quint16 count = get16(archive, end + 10);
    const quint32 directorySize = get32(archive, end + 12);
    const quint32 directoryOffset = get32(archive, end + 16);
    if (qsizetype(directoryOffset) + qsizetype(directorySize) > end) {
        fail(error, QStringLiteral("the central directory lies outside the archive"));
        return std::nullopt;
    }
    ZipReader reader;
    qsizetype at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > end || get32(archive, at) != CentralHeaderSignature) {
            fail(error, QStringLiteral("central directory entry %1 is damaged").arg(i + 1));
            return std::nullopt;
        }
        const quint16 flags = get16(archive, at + 8);
        const quint16 method = get16(archive, at + 10);
        const quint32 crc = get32(archive, at + 16);
        const quint32 compressedSize = get32(archive, at + 20);
        const quint32 size = get32(archive, at + 24);
        const quint16 nameLength = get16(archive, at + 28);
        const quint16 extraLength = get16(archive, at + 30);
        const quint16 commentLength = get16(archive, at + 32);
        const quint32 localOffset = get32(archive, at + 42);
        if (at + CentralHeaderSize + nameLength > end) {
            fail(error, QStringLiteral("central directory entry %1 is damaged").arg(i + 1));
            return std::nullopt;
        }
        const QString name =
            QString::fromUtf8(archive.mid(at + CentralHeaderSize, nameLength));
        at += CentralHeaderSize + nameLength + extraLength + commentLength;

        if (flags & 0x0001) {
            fail(error, QStringLiteral("%1 is encrypted").arg(name));
            return std::nullopt;
        }
        if (size > maxFileBytes) {
            fail(error, QStringLiteral("%1 is larger than %2 bytes").arg(name, QString::number(maxFileBytes)));
            return std::nullopt;
        }
        const qsizetype local = localOffset;
        if (local + LocalHeaderSize > directoryOffset
            || get32(archive, local) != LocalHeaderSignature) {
            fail(error, QStringLiteral("the local header of %1 is damaged").arg(name));
            return std::nullopt;
        }
        const qsizetype dataStart =
            local + LocalHeaderSize + get16(archive, local + 26) + get16(archive, local + 28);
        if (dataStart + qsizetype(compressedSize) > directoryOffset) {
            fail(error, QStringLiteral("the data of %1 lies outside the archive").arg(name));
            return std::nullopt;
        }
        const QByteArray packed = archive.mid(dataStart, compressedSize);
        QByteArray data;
        bool ok = false;
        if (method == MethodStored) {
            ok = packed.size() == qsizetype(size);
            data = packed;
        } else if (method == MethodDeflated) {
            data = inflateRaw(packed, size, &ok);
        } else {
            fail(error, QStringLiteral("%1 uses compression method %2").arg(name, QString::number(method)));
            return std::nullopt;
        }
        if (!ok || crc32(data) != crc) {
            fail(error, QStringLiteral("%1 is damaged (size or CRC-32 does not match)").arg(name));
            return std::nullopt;
        }
        reader.m_names << name;
        reader.m_files.insert(name, data);
    }
    return reader;
}

} // namespace dwh
