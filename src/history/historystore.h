// SPDX-License-Identifier: MIT
#pragma once

#include "historyentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dwh {

struct Report;

/**
 * The reports of past runs, one JSON file per run:
 * `<root>/<profile name, sanitised>/<startedAt>.json` with the root in the user's data folder
 * (QStandardPaths::AppDataLocation + "/history"). Storing a report again with the same start
 * time replaces it (the wizard stores step 1's report, then the complete one).
 */
class HistoryStore
{
public:
    explicit HistoryStore(QString root = defaultRoot());

    static QString defaultRoot();
    /** A folder name for the profile: letters, digits, '.', '_' and '-' only; never empty. */
    static QString profileFolderName(const QString &profileName);
    /** "2026-11-23T10-00-00.123Z.json": the start time in UTC, safe as a file name everywhere. */
    static QString fileNameFor(const QDateTime &startedAt);

    QString root() const { return m_root; }
    QString folderFor(const QString &profileName) const;

    /** Writes `report` (atomically); returns the file's path, or empty with `error` set. */
    QString store(const Report &report, QString *error) const;
    /** The runs of `profileName`, newest first; unreadable files are left out. */
    QList<HistoryEntry> list(const QString &profileName) const;
    /** The newest run of `profileName` stored before the run at `path`. */
    std::optional<HistoryEntry> previousRun(const QString &profileName, const QString &path) const;

    /** Reads one stored report; nothing with `error` set when it is not a JSON object. */
    static std::optional<QJsonObject> load(const QString &path, QString *error);

private:
    QString m_root;
};

} // namespace dwh
