// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace dwh {

/**
 * Writes `data` to `path` atomically (QSaveFile): the file appears whole or not at all, and an
 * existing file is replaced only once everything was written. With `permissions`, the file gets
 * them before any byte is written (ReadOwner | WriteOwner for backups and snapshots), where the
 * file system keeps them. False, with
 * the system's reason in `reason`, when the file could not be opened, written in full or committed;
 * callers name the file and what it was in their own message.
 */
bool saveFileAtomically(const QString &path, const QByteArray &data, QString *reason,
                        QFileDevice::Permissions permissions = {});

} // namespace dwh
