// SPDX-License-Identifier: MIT
#pragma once

#include "backupdigest.h"
#include "writeaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace dwh {

/** One record as it was before a write, and the write about to be made to it. */
struct BackupEntry
{
    WriteAction action;
    bool existed = true;   // false: the record was absent (the write creates it)
    QJsonObject record;    // the full record as the service returned it (when it existed)
};

/**
 * A backup file: every record a run is about to change, read in full just before the first
 * write. `dwhealth restore` turns it back into writes. Holds no token, secret or header.
 *
 * {"format": "dwhealth-backup", "schemaVersion": 1, "tool": {"name", "version"},
 *  "operation": "fix"|"restore", "code": "DWDVEV1004", "createdAt": "…Z",
 *  "profile": {"name", "dataverse", "financeAndOperations"},
 *  "records": [{"service", "entitySet", "keyName", "key", "name", "existed", "record": {…},
 *               "action": {"method", "url", "body", "record": {…}, "reasonCode", "reason"}}],
 *  "digest": "sha256:…"}
 *
 * The file is untrusted input when it is read back: fromJson() only checks its shape (any JSON
 * gives a backup or an error naming the field); what restore may do with it is decided by
 * checkBackup() (backupcheck.h), which rebuilds every address from the profile.
 */
struct Backup
{
    static constexpr int SchemaVersion = 1;

    QString toolVersion = QStringLiteral(DWHEALTH_VERSION);
    QString operation = QStringLiteral("fix");
    QString code;
    QDateTime createdAt;
    QString profileName;
    QUrl dataverseUrl;
    QUrl foUrl;
    QList<BackupEntry> entries;
    /** Set by fromJson(): whether the file's digest matches its content. */
    BackupDigest::State digest = BackupDigest::State::Missing;

    /** The most records a backup file may hold; a larger one is refused as not a backup. */
    static constexpr int MaxEntries = 10000;

    /** The file's object, its "digest" included. */
    QJsonObject toJson() const;
    /** Nothing (and `error` naming the field) when the object is not a usable backup. */
    static std::optional<Backup> fromJson(const QJsonObject &object, QString *error);
};

/** Reads a backup file; the error names the file and the problem. */
std::optional<Backup> loadBackupFile(const QString &path, QString *error);

} // namespace dwh
