// SPDX-License-Identifier: MIT
#include "zipwriter.h"

#include "savefile.h"
#include "zipformat.h"

#include <QDir>

#include <limits>
#include <utility>

namespace dwh {

using namespace zip;

namespace {

constexpr quint16 VersionNeeded = 20;              // 2.0: deflate
constexpr quint16 VersionMadeBy = (3 << 8) | 20;   // Unix, 2.0 (file modes in the attributes)
constexpr quint32 RegularFileMode = 0100644;
constexpr qint64 MaxSize = std::numeric_limits<quint32>::max();

} // namespace

ZipWriter::ZipWriter(QDateTime modified)
{
    const QDate date = modified.date();
    const QTime time = modified.time();
    if (date.isValid() && date.year() >= 1980 && date.year() <= 2107) {
        m_dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
        m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    } else {
        m_dosDate = quint16((1 << 5) | 1);  // 1980-01-01
    }
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, QString *error)
{
    Entry e;
    e.name = name.toUtf8();
    if (e.name.isEmpty() || e.name.size() > 0xffff || e.name.startsWith('/')
        || e.name.contains("..")) {
        if (error)
            *error = QStringLiteral("\"%1\" is not a file name for a ZIP archive").arg(name);
        return false;
    }
    if (data.size() > MaxSize || m_data.size() > MaxSize) {
        if (error)
            *error = QStringLiteral("%1 is too large for a ZIP archive without ZIP64").arg(name);
        return false;
    }
    bool ok = false;
    QByteArray packed = deflateRaw(data, &ok);
    e.method = MethodDeflated;
    if (!ok || packed.size() >= data.size()) {
        packed = data;
        e.method = MethodStored;
    }
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.compressedSize = quint32(packed.size());
    e.offset = quint32(m_data.size());

    put32(&m_data, LocalHeaderSignature);
    put16(&m_data, VersionNeeded);
    put16(&m_data, FlagUtf8Names);
    put16(&m_data, e.method);
    put16(&m_data, m_dosTime);
    put16(&m_data, m_dosDate);
    put32(&m_data, e.crc);
    put32(&m_data, e.compressedSize);
    put32(&m_data, e.size);
    put16(&m_data, quint16(e.name.size()));
    put16(&m_data, 0);  // no extra field
    m_data.append(e.name);
    m_data.append(packed);
    m_entries.append(std::move(e));
    return true;
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const quint32 directoryOffset = quint32(out.size());
    for (const Entry &e : m_entries) {
        put32(&out, CentralHeaderSignature);
        put16(&out, VersionMadeBy);
        put16(&out, VersionNeeded);
        put16(&out, FlagUtf8Names);
        put16(&out, e.method);
        put16(&out, m_dosTime);
        put16(&out, m_dosDate);
        put32(&out, e.crc);
        put32(&out, e.compressedSize);
        put32(&out, e.size);
        put16(&out, quint16(e.name.size()));
        put16(&out, 0);  // extra
        put16(&out, 0);  // comment
        put16(&out, 0);  // disk number
        put16(&out, 0);  // internal attributes
        put32(&out, RegularFileMode << 16);
        put32(&out, e.offset);
        out.append(e.name);
    }
    const quint32 directorySize = quint32(out.size()) - directoryOffset;
    put32(&out, EndOfCentralDirectorySignature);
    put16(&out, 0);  // this disk
    put16(&out, 0);  // the disk with the central directory
    put16(&out, quint16(m_entries.size()));
    put16(&out, quint16(m_entries.size()));
    put32(&out, directorySize);
    put32(&out, directoryOffset);
    put16(&out, 0);  // no comment
    return out;
}

bool ZipWriter::writeTo(const QString &path, QString *error) const
{
    const QByteArray archive = finish();
    if (archive.size() > MaxSize) {
        if (error)
            *error = QStringLiteral("the archive is too large for ZIP without ZIP64");
        return false;
    }
    QString reason;
    if (!saveFileAtomically(path, archive, &reason)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

} // namespace dwh
