// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

class QIODevice;

namespace dwh {

/** The most dwhealth reads from each kind of file that travels between people. */
namespace FileLimits {
constexpr qint64 MiB = 1024LL * 1024;
constexpr qint64 Profile = 1 * MiB;
constexpr qint64 Scenario = 16 * MiB;
constexpr qint64 Report = 64 * MiB;       // a report JSON: diff, history entries
constexpr qint64 Backup = 64 * MiB;
constexpr qint64 Bundle = 256 * MiB;      // the evidence bundle's ZIP file on disk
constexpr qint64 BundleMember = 256 * MiB;  // one file inside it, inflated
constexpr qint64 BundleTotal = 512 * MiB;   // every file inside it, inflated, together
constexpr qint64 ExplainInput = 64 * MiB;   // a log, HAR file or error body given to explain
} // namespace FileLimits

/**
 * Reads the whole of `path`, but never more than `maxBytes`: reads at most maxBytes + 1 bytes,
 * in chunks, so it also ends on a device or FIFO that never ends (/dev/zero). Nothing, with the
 * reason in `reason` ("larger than 1 MiB, the most dwhealth reads from such a file", or the
 * system's reason it could not be opened or read), when the file cannot be read whole within the
 * limit; callers name the file and what it was in their own message, as for saveFileAtomically.
 */
std::optional<QByteArray> readFileCapped(const QString &path, qint64 maxBytes, QString *reason);

/** The same for a device already open for reading (standard input): at most maxBytes + 1 read. */
std::optional<QByteArray> readDeviceCapped(QIODevice &device, qint64 maxBytes, QString *reason);

} // namespace dwh
