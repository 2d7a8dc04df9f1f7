// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dwh {

/**
 * A minimal ZIP archive writer (PKWARE APPNOTE 6.3: local headers, central directory, no ZIP64):
 * each file deflated with zlib (or stored when that is not smaller), CRC-32 checked by any unzip.
 * Builds the archive in memory; archives and files above 4 GiB are refused.
 */
class ZipWriter
{
public:
    /** `modified` is written as the DOS time of every file (local time, 2 s precision). */
    explicit ZipWriter(QDateTime modified = QDateTime::currentDateTime());

    /** Adds `data` as `name` ("report.json"; '/' separates folders). False when too large. */
    bool addFile(const QString &name, const QByteArray &data, QString *error);
    /** The complete archive. */
    QByteArray finish() const;
    /** Writes finish() to `path` atomically. */
    bool writeTo(const QString &path, QString *error) const;

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint32 offset = 0;
    };

    QList<Entry> m_entries;
    QByteArray m_data;  // the local headers and file data written so far
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

} // namespace dwh
