// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace dwh::cli {

/** What `fix` and `restore` share: the environment, the write confirmation, the backup folder. */
struct WriteOptions
{
    QString profilePath;
    bool apply = false;            // false: dry run, nothing is written
    bool yes = false;              // confirms --apply without a prompt (required when not a terminal)
    QString backupDir;             // empty: the current directory
    QString format = QStringLiteral("text");  // text or json (stdout)
    bool secretFromStdin = false;
    int timeoutSeconds = 30;
    QStringList allowedAuthorities;  // --allow-authority HOST
};

/** `dwhealth fix CODE …` as parsed from the command line. */
struct FixOptions : WriteOptions
{
    QString code;                  // DWDVEV1004, DWFOEV1004 or DWDVEV1007 (upper case)
    bool demo = false;
    QString scenario;              // --demo: the simulator scenario (default: the code's own)
    QString teamId;                // DWDVEV1007: the team to set (default: the company's own team)
    bool overrideUnconfirmedLink = false;  // DWDVEV1004/DWFOEV1004: delete without a confirmed link
    bool forceDependencies = false;
    bool progress = true;
};

/** `dwhealth restore BACKUP.json …` as parsed from the command line; backupDir is where the
 *  backup of the records that restore overwrites goes. */
struct RestoreOptions : WriteOptions
{
    QString backupPath;
    /** --accept-edited-backup: apply a backup whose digest does not match its content. */
    bool acceptEdited = false;
};

/** Parses the arguments after `fix`; returns an error message (usage, exit 2) or empty. */
QString parseFixOptions(const QStringList &args, FixOptions *out);
/** Parses the arguments after `restore`; returns an error message or empty. */
QString parseRestoreOptions(const QStringList &args, RestoreOptions *out);

/** The `fix` and `restore` lines of the command list of `dwhealth --help`. */
QString fixCommandsHelp();
/** Their options and exit codes, for the end of `dwhealth --help`. */
QString fixOptionsHelp();

} // namespace dwh::cli
