// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh {

/**
 * Reads the ZIP archives ZipWriter writes (stored and deflated files, no ZIP64, no encryption):
 * finds the central directory, checks each file's CRC-32 and size, and refuses files above
 * `maxFileBytes` before inflating them.
 */
class ZipReader
{
public:
    static constexpr quint32 DEFAULT_MAX_FILE_BYTES = 512U * 1024 * 1024;

    /** Parses `archive`; nothing with `error` set when it is not a readable ZIP archive. */
    static std::optional<ZipReader> fromData(const QByteArray &archive, QString *error,
                                             quint32 maxFileBytes = DEFAULT_MAX_FILE_BYTES);
    static std::optional<ZipReader> fromFile(const QString &path, QString *error,
                                             quint32 maxFileBytes = DEFAULT_MAX_FILE_BYTES);

    QStringList fileNames() const { return m_names; }
    bool contains(const QString &name) const { return m_files.contains(name); }
    /** The file's content; empty when absent. */
    QByteArray file(const QString &name) const { return m_files.value(name); }

private:
    QStringList m_names;  // in archive order
    QMap<QString, QByteArray> m_files;
};

} // namespace dwh
