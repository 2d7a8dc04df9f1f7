// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace dwh {

/**
 * The integrity digest a backup file carries in its top-level "digest" field:
 * "sha256:" + the lowercase hex SHA-256 of the file's object without that field, written as
 * compact JSON with the keys sorted (QJsonDocument::Compact). It shows that a file was edited
 * after `fix` wrote it; it is not a signature (whoever edits the file can compute it again), so
 * restore validates every entry whatever the digest says (see backupcheck.h).
 */
namespace BackupDigest {

enum class State {
    Intact,   // the digest matches the content
    Edited,   // the digest does not match: the file changed after it was written
    Missing,  // no digest (a backup written before digests existed)
};

QString compute(const QJsonObject &fileObject);
State verify(const QJsonObject &fileObject);
/** "intact", "edited", "missing" (JSON output). */
QString stateName(State state);

} // namespace BackupDigest

} // namespace dwh
