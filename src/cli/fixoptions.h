// SPDX-License-Identifier: MIT
// The options of `fix` and `restore`, and the option rows the two commands share.
#pragma once

#include "environmentsession.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace dwh::cli {

/** What `fix` and `restore` share: the environment, the write confirmation, the backup folder. */
struct WriteOptions
{
    QString profilePath;
    QString profileName;           // --profile-name NAME: a profile the wizard saved
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

struct CliOption;

/** The rows of the option table that fix and restore share (--profile, --apply, --yes, …). */
QList<CliOption> writeOptionRows();
/** Reads the shared options; returns a usage error or empty. */
QString takeWriteOptions(const QCommandLineParser &parser, WriteOptions *out);
/** The --profile-name row: the same for every command that takes it. */
CliOption profileNameRow();
/** The usage error of `command` (fix, maps, errors) given none or more than one of --profile,
 *  --profile-name and --demo. */
QString environmentChoiceProblem(const QString &command);
/** The environment `o` names (a profile file or a saved profile), its secret and sign-in. */
session::EnvironmentRequest environmentRequest(const WriteOptions &o);

} // namespace dwh::cli
