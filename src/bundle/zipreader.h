// SPDX-License-Identifier: MIT
#pragma once

#include "boundedread.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh {

/** What ZipReader inflates at most: one file, and all files together. */
struct ZipLimits
{
    qint64 maxFileBytes = FileLimits::BundleMember;
    qint64 maxTotalBytes = FileLimits::BundleTotal;
};

/**
 * Reads the ZIP archives ZipWriter writes (stored and deflated files, no ZIP64, no encryption),
 * and nothing an archive can do makes it use more memory than its limits:
 * - opening checks the central directory only: every file's local header and data lie inside the
 *   archive, before the directory, and no two files share a byte (an "overlapping" zip bomb
 *   points many entries at one compressed stream); a name appears once; each file's declared size
 *   is at most `maxFileBytes` and all of them together at most `maxTotalBytes`;
 * - read() inflates one file when asked, into exactly its declared size (never more), and checks
 *   the size and CRC-32 of what came out. Files nobody reads are never inflated.
 */
class ZipReader
{
public:
    /** Parses `archive`'s directory; nothing with `error` set when it is not a readable ZIP archive. */
    static std::optional<ZipReader> fromData(const QByteArray &archive, QString *error,
                                             const ZipLimits &limits = ZipLimits());
    /** The same for a file, read with at most `maxArchiveBytes`; `error` names the file. */
    static std::optional<ZipReader> fromFile(const QString &path, QString *error,
                                             const ZipLimits &limits = ZipLimits(),
                                             qint64 maxArchiveBytes = FileLimits::Bundle);

    QStringList fileNames() const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    /** The file's content, inflated now; nothing with `error` saying why (absent, damaged). */
    std::optional<QByteArray> read(const QString &name, QString *error) const;

private:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        qsizetype dataStart = 0;
    };

    qsizetype indexOf(const QString &name) const;

    QByteArray m_archive;
    QList<Entry> m_entries;  // in archive order
};

} // namespace dwh
