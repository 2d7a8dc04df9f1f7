// SPDX-License-Identifier: MIT
#include "zipreader.h"

#include "zipformat.h"

#include <QDir>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <iterator>

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

/** The bytes one file takes in the archive: its local header, name, extra field and data. */
struct Span
{
    qsizetype begin;
    qsizetype end;
    QString name;
};

/** The name of a file in `spans` that shares a byte with `span`; empty when none does. */
QString overlapping(const QMap<qsizetype, Span> &spans, const Span &span)
{
    auto next = spans.lowerBound(span.begin);  // the first beginning at or after span.begin
    if (next != spans.cend() && next->begin < span.end)
        return next->name;
    if (next != spans.cbegin() && std::prev(next)->end > span.begin)
        return std::prev(next)->name;
    return QString();
}

} // namespace

std::optional<ZipReader> ZipReader::fromFile(const QString &path, QString *error,
                                             const ZipLimits &limits, qint64 maxArchiveBytes)
{
    QString problem;
    std::optional<ZipReader> reader;
    if (const std::optional<QByteArray> archive = readFileCapped(path, maxArchiveBytes, &problem))
        reader = fromData(*archive, &problem, limits);
    if (!reader)
        fail(error, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem));
    return reader;
}

std::optional<ZipReader> ZipReader::fromData(const QByteArray &archive, QString *error,
                                             const ZipLimits &limits)
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
    reader.m_archive = archive;
    QMap<qsizetype, Span> spans;  // by where they begin
    QSet<QString> names;
    qsizetype at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > end || get32(archive, at) != CentralHeaderSignature) {
            fail(error, QStringLiteral("central directory entry %1 is damaged").arg(i + 1));
            return std::nullopt;
        }
        const quint16 flags = get16(archive, at + 8);
        Entry entry;
        entry.method = get16(archive, at + 10);
        entry.crc = get32(archive, at + 16);
        entry.compressedSize = get32(archive, at + 20);
        entry.size = get32(archive, at + 24);
        const quint16 nameLength = get16(archive, at + 28);
        const quint16 extraLength = get16(archive, at + 30);
        const quint16 commentLength = get16(archive, at + 32);
        const quint32 localOffset = get32(archive, at + 42);
        if (at + CentralHeaderSize + nameLength > end) {
            fail(error, QStringLiteral("central directory entry %1 is damaged").arg(i + 1));
            return std::nullopt;
        }
        const QByteArray rawName = archive.mid(at + CentralHeaderSize, nameLength);
        entry.name = QString::fromUtf8(rawName);
        at += CentralHeaderSize + nameLength + extraLength + commentLength;

        if (flags & 0x0001) {
            fail(error, QStringLiteral("%1 is encrypted").arg(entry.name));
            return std::nullopt;
        }
        if (entry.method != MethodStored && entry.method != MethodDeflated) {
            fail(error, QStringLiteral("%1 uses compression method %2").arg(entry.name, QString::number(entry.method)));
            return std::nullopt;
        }
        if (names.contains(entry.name)) {
            fail(error, QStringLiteral("%1 appears twice in the archive").arg(entry.name));
            return std::nullopt;
        }
        const qsizetype local = localOffset;
        if (local + LocalHeaderSize > qsizetype(directoryOffset)
            || get32(archive, local) != LocalHeaderSignature) {
            fail(error, QStringLiteral("the local header of %1 is damaged").arg(entry.name));
            return std::nullopt;
        }
        const quint16 localNameLength = get16(archive, local + 26);
        entry.dataStart = local + LocalHeaderSize + localNameLength + get16(archive, local + 28);
        if (entry.dataStart + qsizetype(entry.compressedSize) > qsizetype(directoryOffset)) {
            fail(error, QStringLiteral("the data of %1 lies outside the archive").arg(entry.name));
            return std::nullopt;
        }
        // No byte belongs to two files: one compressed stream cannot be inflated again and again.
        const Span span{local, entry.dataStart + qsizetype(entry.compressedSize), entry.name};
        if (const QString other = overlapping(spans, span); !other.isEmpty()) {
            fail(error, QStringLiteral("%1 and %2 overlap (two entries share compressed data, as "
                                       "in a zip bomb)")
                            .arg(other, entry.name));
            return std::nullopt;
        }
        spans.insert(span.begin, span);
        if (archive.mid(local + LocalHeaderSize, localNameLength) != rawName) {
            fail(error, QStringLiteral("the local header of %1 names another file").arg(entry.name));
            return std::nullopt;
        }
        if (entry.method == MethodStored && entry.compressedSize != entry.size) {
            fail(error, QStringLiteral("%1 is damaged (stored, but its two sizes differ)").arg(entry.name));
            return std::nullopt;
        }
        names.insert(entry.name);
        reader.m_entries.append(entry);
    }
    // Then what inflating them all would take, before a byte is inflated.
    qint64 total = 0;
    for (const Entry &entry : std::as_const(reader.m_entries)) {
        if (entry.size > limits.maxFileBytes) {
            fail(error, QStringLiteral("%1 would inflate to %2 bytes, more than the %3 dwhealth "
                                       "reads from one file of an archive")
                            .arg(entry.name, QString::number(entry.size),
                                 QLocale().formattedDataSize(limits.maxFileBytes, 0)));
            return std::nullopt;
        }
        total += entry.size;
        if (total > limits.maxTotalBytes) {
            fail(error, QStringLiteral("its files would inflate to more than %1 together, the "
                                       "most dwhealth reads from one archive")
                            .arg(QLocale().formattedDataSize(limits.maxTotalBytes, 0)));
            return std::nullopt;
        }
    }
    return reader;
}

QStringList ZipReader::fileNames() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        names << entry.name;
    return names;
}

qsizetype ZipReader::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<QByteArray> ZipReader::read(const QString &name, QString *error) const
{
    const qsizetype index = indexOf(name);
    if (index < 0) {
        fail(error, QStringLiteral("%1 is missing").arg(name));
        return std::nullopt;
    }
    const Entry &entry = m_entries.at(index);
    const QByteArray packed = m_archive.mid(entry.dataStart, entry.compressedSize);
    bool ok = entry.method == MethodStored;
    // inflateRaw writes into exactly `size` bytes and fails when the stream holds more or less.
    const QByteArray data = ok ? packed : inflateRaw(packed, entry.size, &ok);
    if (!ok || data.size() != qsizetype(entry.size) || crc32(data) != entry.crc) {
        fail(error, QStringLiteral("%1 is damaged (size or CRC-32 does not match)").arg(name));
        return std::nullopt;
    }
    return data;
}

} // namespace dwh
