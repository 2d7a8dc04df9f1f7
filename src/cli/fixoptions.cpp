// SPDX-License-Identifier: MIT
#include "fixoptions.h"

#include "clistr.h"
#include "recordaddress.h"
#include "remediationplan.h"

#include <QCoreApplication>

namespace dwh::cli {

namespace {

/** Walks `--name VALUE` / `--name=VALUE` options; the parsers ask it for each one they know. */
class ArgReader
{
public:
    explicit ArgReader(const QStringList &args) : m_args(args) {}

    bool atEnd() const { return m_i >= m_args.size(); }
    const QString &current() const { return m_args.at(m_i); }
    void next() { ++m_i; }

    bool is(const char *name) const
    {
        const QString &a = current();
        return a == QLatin1String(name) || a.startsWith(QLatin1String(name) + QLatin1Char('='));
    }
    /** The value of the current option; false (and `error`) when it has none. */
    bool value(const char *name, QString *out, QString *error)
    {
        const QString prefix = QLatin1String(name) + QLatin1Char('=');
        if (current().startsWith(prefix)) {
            *out = current().mid(prefix.size());
            return true;
        }
        if (m_i + 1 >= m_args.size()) {
            *error = CliTexts::tr("%1 needs a value").arg(QLatin1String(name));
            return false;
        }
        *out = m_args.at(++m_i);
        return true;
    }
    bool intValue(const char *name, int min, int max, int *out, QString *error)
    {
        QString text;
        if (!value(name, &text, error))
            return false;
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < min || v > max) {
            *error = CliTexts::tr("%1 takes a whole number from %2 to %3, not \"%4\"")
                         .arg(QLatin1String(name)).arg(min).arg(max).arg(text);
            return false;
        }
        *out = v;
        return true;
    }

private:
    const QStringList &m_args;
    int m_i = 0;
};

bool takeFormat(ArgReader &r, QString *format, QString *error)
{
    if (!r.value("--format", format, error))
        return false;
    *format = format->toLower();
    if (*format != QLatin1String("text") && *format != QLatin1String("json")) {
        *error = CliTexts::tr("--format \"%1\" is not available here; use text or json").arg(*format);
        return false;
    }
    return true;
}

QString secretOnArgv()
{
    return CliTexts::tr("secrets are never taken on the command line; use the DWHEALTH_CLIENT_SECRET "
              "environment variable or --client-secret-stdin");
}

/** Takes the current argument when it is an option both commands share; false when it is not.
 *  `ok` turns false (with `error`) when the option's value is wrong. */
bool takeWriteOption(ArgReader &r, WriteOptions *o, bool *ok, QString *error)
{
    const QString &a = r.current();
    if (r.is("--profile"))
        *ok = r.value("--profile", &o->profilePath, error);
    else if (a == QLatin1String("--apply"))
        o->apply = true;
    else if (a == QLatin1String("--yes"))
        o->yes = true;
    else if (r.is("--backup-dir"))
        *ok = r.value("--backup-dir", &o->backupDir, error);
    else if (r.is("--format"))
        *ok = takeFormat(r, &o->format, error);
    else if (a == QLatin1String("--client-secret-stdin"))
        o->secretFromStdin = true;
    else if (r.is("--timeout"))
        *ok = r.intValue("--timeout", 1, 600, &o->timeoutSeconds, error);
    else if (r.is("--allow-authority")) {
        QString host;
        *ok = r.value("--allow-authority", &host, error);
        if (*ok)
            o->allowedAuthorities << host.trimmed().toLower();
    }
    else if (a.startsWith(QLatin1String("--client-secret"))) {
        *error = secretOnArgv();
        *ok = false;
    } else {
        return false;
    }
    return true;
}

} // namespace

QString parseFixOptions(const QStringList &args, FixOptions *o)
{
    QString err;
    ArgReader r(args);
    for (; !r.atEnd(); r.next()) {
        const QString &a = r.current();
        bool ok = true;
        if (takeWriteOption(r, o, &ok, &err)) {
            // shared: --profile, --apply, --yes, --backup-dir, --format, --timeout, secrets
        } else if (a == QLatin1String("--demo"))
            o->demo = true;
        else if (r.is("--scenario"))
            ok = r.value("--scenario", &o->scenario, &err);
        else if (r.is("--team"))
            ok = r.value("--team", &o->teamId, &err);
        else if (a == QLatin1String("--force-dependencies"))
            o->forceDependencies = true;
        else if (a == QLatin1String("--override-unconfirmed-link"))
            o->overrideUnconfirmedLink = true;
        else if (a == QLatin1String("--no-progress"))
            o->progress = false;
        else if (a.startsWith(QLatin1Char('-')))
            return CliTexts::tr("unknown option for fix: %1").arg(a);
        else if (o->code.isEmpty())
            o->code = a.trimmed().toUpper();
        else
            return CliTexts::tr("fix takes one code, not also \"%1\"").arg(a);
        if (!ok)
            return err;
    }
    if (o->code.isEmpty())
        return CliTexts::tr("fix needs a code: one of %1").arg(fixableCodes().join(QStringLiteral(", ")));
    if (!isFixableCode(o->code)) {
        return CliTexts::tr("%1 cannot be fixed by dwhealth; fix takes one of %2")
            .arg(o->code, fixableCodes().join(QStringLiteral(", ")));
    }
    if (o->demo == !o->profilePath.isEmpty())
        return CliTexts::tr("fix needs exactly one of --profile FILE or --demo");
    if (o->overrideUnconfirmedLink && o->code == QLatin1String("DWDVEV1007"))
        return CliTexts::tr("--override-unconfirmed-link is only for DWDVEV1004 and DWFOEV1004");
    if (!o->teamId.isEmpty() && o->code != QLatin1String("DWDVEV1007"))
        return CliTexts::tr("--team is only for DWDVEV1007");
    if (!o->teamId.isEmpty() && !RecordAddress::isGuid(o->teamId))
        return CliTexts::tr("--team takes a team id (a GUID), not \"%1\"").arg(o->teamId);
    return QString();
}

QString parseRestoreOptions(const QStringList &args, RestoreOptions *o)
{
    QString err;
    ArgReader r(args);
    for (; !r.atEnd(); r.next()) {
        const QString &a = r.current();
        bool ok = true;
        if (takeWriteOption(r, o, &ok, &err)) {
            // shared: --profile, --apply, --yes, --backup-dir, --format, --timeout, secrets
        } else if (a == QLatin1String("--accept-edited-backup"))
            o->acceptEdited = true;
        else if (a.startsWith(QLatin1Char('-')))
            return CliTexts::tr("unknown option for restore: %1").arg(a);
        else if (o->backupPath.isEmpty())
            o->backupPath = a;
        else
            return CliTexts::tr("restore takes one backup file, not also \"%1\"").arg(a);
        if (!ok)
            return err;
    }
    if (o->backupPath.isEmpty())
        return CliTexts::tr("restore needs a backup file: dwhealth restore BACKUP.json --profile FILE");
    if (o->profilePath.isEmpty())
        return CliTexts::tr("restore needs --profile FILE (the environment the backup was taken from)");
    return QString();
}

QString fixCommandsHelp()
{
    return CliTexts::tr(
        "  fix CODE --profile FILE | --demo [--scenario NAME] [--apply [--yes]]\n"
        "                             fix DWDVEV1004, DWFOEV1004 or DWDVEV1007: runs the check,\n"
        "                             previews every write record by record; with --apply\n"
        "                             backs the records up, writes, and checks again\n"
        "                             (--demo: the scenario named as the code by default)\n"
        "  restore BACKUP.json --profile FILE [--apply [--yes]] [--accept-edited-backup]\n"
        "                             undo a fix from its backup file (preview without --apply);\n"
        "                             only the writes that fix makes, on the profile's own hosts;\n"
        "                             records already as the backup has them are skipped\n");
}

QString fixOptionsHelp()
{
    return CliTexts::tr(
        "\n"
        "Options of fix and restore:\n"
        "  --apply                    make the writes (without it: a dry run that writes nothing)\n"
        "  --yes                      confirm --apply without the prompt (needed when stdin is\n"
        "                             not a terminal; a terminal asks for the host name)\n"
        "  --backup-dir DIR           where the backup file goes (default: current directory)\n"
        "  --team TEAMID              DWDVEV1007: the team to set (default: each company's own\n"
        "                             owner team, else the root business unit's default team)\n"
        "  --override-unconfirmed-link\n"
        "                             DWDVEV1004/DWFOEV1004: delete even though the linked\n"
        "                             Dataverse environment could not be confirmed or the other\n"
        "                             side returned no configuration (refused without it)\n"
        "  --format text|json         output on stdout (default text)\n"
        "  --accept-edited-backup     restore: apply a backup whose digest does not match its\n"
        "                             content (edited since fix wrote it); without it such a\n"
        "                             backup is only previewed\n"
        "  --client-secret-stdin, --timeout S, --force-dependencies (fix), --no-progress (fix)\n"
        "\n"
        "Exit codes of fix: 0 the code now passes (nothing to fix included), 1 not all fixed\n"
        "(a dry run with records to fix, or a write failed), 2 usage error or bad input,\n"
        "3 could not complete (check unknown, backup not written, not confirmed).\n"
        "Exit codes of restore: 0 every record restored (or a preview), 1 a record failed,\n"
        "2 usage error, bad or edited backup file or another environment, 3 could not complete.\n");
}

} // namespace dwh::cli
