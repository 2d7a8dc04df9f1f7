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

/** How much history a profile keeps: the newest runs within both bounds (0: no bound). */
struct HistoryLimits
{
    int maxRuns = 100;                      // --history-max-runs, wizard setting history/maxRuns
    qint64 maxBytes = 50LL * 1024 * 1024;   // --history-max-mb, wizard setting history/maxMb

    /** The wizard's settings (QSettings history/maxRuns, history/maxMb), these defaults else. */
    static HistoryLimits fromSettings();
};

/**
 * The reports of past runs, one JSON file per run:
 * `<root>/<profile name, sanitised>-<hash of the exact name>/<startedAt>[_NN].json` with the root
 * in the user's data folder (QStandardPaths::AppDataLocation + "/history"). Folders are created
 * owner-only (0700) and files 0600, whatever the umask. Two profiles whose names differ only in
 * characters the folder name drops keep apart histories; two runs that start in the same
 * millisecond keep two files (`_02`, … reserved with an exclusive create). Storing the same run
 * again (the wizard stores step 1's report, then the complete one) names the file it replaces.
 * Folders of earlier versions (the sanitised name alone) are still read, for the runs of the
 * exact profile name.
 */
class HistoryStore
{
public:
    explicit HistoryStore(QString root = defaultRoot());

    static QString defaultRoot();
    /**
     * A folder name for the profile: letters, digits, '.', '_' and '-' only, then '-' and 8 hex
     * digits of the SHA-256 of the exact name, so that names that sanitise alike stay apart.
     */
    static QString profileFolderName(const QString &profileName);
    /** "2026-11-23T10-00-00.123Z.json": the start time in UTC, safe as a file name everywhere. */
    static QString fileNameFor(const QDateTime &startedAt);

    QString root() const { return m_root; }
    QString folderFor(const QString &profileName) const;

    /**
     * Writes `report` (atomically, owner-only) into a new file, or over `replacing` (the path an
     * earlier store() of the same run returned); returns the file's path, or empty with `error`.
     */
    QString store(const Report &report, QString *error, const QString &replacing = QString()) const;
    /** The same for the report's JSON already built with live secrets redacted (one
     *  serialisation per run, shared with the report writer). Written compact. */
    QString storeJson(const QJsonObject &liveJson, const QString &profileName,
                      const QDateTime &startedAt, QString *error,
                      const QString &replacing = QString()) const;
    /**
     * Removes the oldest runs of `profileName` (its folder of this version) until at most
     * `limits.maxRuns` runs of at most `limits.maxBytes` in all are left. The run at `keep` (the
     * one just stored) is never removed, even when it alone is over the size bound. Returns how
     * many runs were removed.
     */
    int prune(const QString &profileName, const HistoryLimits &limits,
              const QString &keep = QString()) const;
    /** The runs of `profileName`, newest first; unreadable files are left out. */
    QList<HistoryEntry> list(const QString &profileName) const;
    /** The newest run of `profileName` stored before the run at `path`. */
    std::optional<HistoryEntry> previousRun(const QString &profileName, const QString &path) const;

    /** Reads one stored report; nothing with `error` set when it is not a JSON object. */
    static std::optional<QJsonObject> load(const QString &path, QString *error);

private:
    /** The folder of earlier versions: the sanitised name alone, shared by look-alike names. */
    QString legacyFolderFor(const QString &profileName) const;
    /** A new file of `folder` for a run started at `startedAt`, created empty, exclusively. */
    QString reserveFile(const QString &folder, const QDateTime &startedAt, QString *error) const;
    bool makeOwnerOnlyFolder(const QString &folder, QString *error) const;

    QString m_root;
};

} // namespace dwh
