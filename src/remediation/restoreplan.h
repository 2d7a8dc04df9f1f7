// SPDX-License-Identifier: MIT
#pragma once

#include "writeaction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

struct Backup;
struct Profile;

/** The writes that undo a backed-up run, record by record. */
struct RestorePlan
{
    QList<WriteAction> actions;
    QStringList notes;   // what is not restored and why (read-only columns, nothing to undo)
    QString error;       // the backup cannot be restored

    bool ok() const { return error.isEmpty(); }
};

/**
 * The inverse of each backed-up write: a deleted record is created again (POST of its saved
 * columns, without annotations and read-only columns, its key included), a changed lookup is
 * bound back to its old value (PATCH `nav@odata.bind`) or cleared (`DELETE …/nav/$ref`) when it
 * was empty, and a created record is deleted. Pure: no I/O.
 */
RestorePlan planRestore(const Backup &backup);

/** Why `backup` was not taken from `profile`'s environments; empty when it was. */
QString backupEnvironmentMismatch(const Backup &backup, const Profile &profile);

} // namespace dwh
