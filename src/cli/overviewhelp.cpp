// SPDX-License-Identifier: MIT
// The overview that `dwhealth --help` and `dwhealth help` print: every command, option and exit
// code. Its texts keep their translation keys; each command's own help is generated from its
// option table (clicommand.cpp).
#include "clioptions.h"

#include "clistr.h"
#include "fleetoptions.h"
#include "language.h"
#include "mapsrunner.h"

namespace dwh::cli {

namespace {

/** The `fix` and `restore` lines of the command list. */
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

/** Their options and exit codes, for the end of the overview. */
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

/** The help lines of explain's whole-input forms (--file, HAR, JSON); kept apart from the main
 *  help text so that its translations stay valid. */
QString explainInputHelp()
{
    return CliTexts::tr(
        "  explain --file FILE | -    explain every known error in a log, a HAR file or a JSON\n"
        "                             error body (from FILE or stdin), best match first, with\n"
        "                             the lines it matched; nothing known: the closest symptoms\n");
}

} // namespace

QString helpText()
{
    QString help = CliTexts::tr(
        "Usage: dwhealth [COMMAND] [OPTIONS]\n"
        "\n"
        "Runs the Dynamics 365 dual-write health check from outside the product.\n"
        "\n"
        "Commands:\n"
        "  (none)                     open the wizard\n"
        "  --demo [--scenario NAME]   open the wizard against the embedded simulator\n"
        "  check --profile FILE       run the health check headless; report on stdout\n"
        "  check --demo [--scenario NAME]\n"
        "                             the same against the embedded simulator\n"
        "  simulate --scenario NAME [--port N] [--latency-ms N]\n"
        "                             serve the simulator on 127.0.0.1 until killed; prints one\n"
        "                             JSON line with a ready profile on stdout\n"
        "  scenarios                  list the simulator's scenarios (name TAB description)\n"
        "  explain \"ERROR TEXT\" | - | --list | --symptom ID [--format text|json]\n"
        "                             explain a dual-write error message: cause, fix, doc link\n"
        "                             and the checks to run (- reads the text from stdin);\n"
        "                             exit 0 recognised, 1 nothing matched, 2 usage error\n"
        "  check --replay BUNDLE.zip  evaluate the rules again on a bundle's recorded facts,\n"
        "                             offline; same --format/--output options and exit codes\n"
        "  diff OLD.json NEW.json [--format text|json]\n"
        "                             what changed between two runs (reports or bundles): new,\n"
        "                             fixed and still failing findings, status changes;\n"
        "                             exit 0 no change, 1 changes, 2 usage error\n"
        "%1"
        "  --version, --help\n"
        "\n"
        "Options of check:\n"
        "  --format json|junit|md|html|pdf\n"
        "                             report format (default json); html is one self-contained\n"
        "                             file, pdf a customer-ready document (a PDF is written to\n"
        "                             stdout only when stdout is not a terminal: use --output\n"
        "                             FILE or a redirect)\n"
        "  --output FILE              write the report to FILE instead of stdout\n"
        "  --redact                   mask the tenant and environment ids, URLs, user names,\n"
        "                             user ids and e-mail addresses (every format)\n"
        "  --customer NAME            pdf, html: the customer named on the cover\n"
        "                             (default: the profile name)\n"
        "  --consultant NAME          pdf, html: \"Prepared by\" on the cover\n"
        "  --logo FILE                pdf, html: an image (PNG, JPEG, ...) on the cover\n"
        "  --page-size A4|Letter      pdf, html (printing): the paper size (default A4)\n"
        "  --force-dependencies       run dependency validation even if a prerequisite failed\n"
        "  --client-secret-stdin      read the client secret from standard input\n"
        "                             (otherwise from the DWHEALTH_CLIENT_SECRET variable)\n"
        "  --concurrency N            parallel requests per service, 1-52 (default 16)\n"
        "  --timeout S                seconds per HTTP exchange (default 30)\n"
        "  --latency-ms N             with --demo: simulated network latency\n"
        "  --no-progress              no progress on stderr\n"
        "  --bundle FILE.zip          also write the evidence bundle: report.json, the HTTP\n"
        "                             trace trace.har (HAR 1.2, no Authorization header, no\n"
        "                             secret, no token) and facts.json (the data as read);\n"
        "                             --redact applies to the report output, not the bundle\n"
        "  --no-history               with --profile: do not store the run in the history\n"
        "                             (the user's data folder, dwhealth/history/PROFILE/);\n"
        "                             --demo and --replay runs are never stored\n"
        "\n"
        "Exit codes of check:\n"
        "  0  every check passed (warnings allowed)\n"
        "  1  at least one check failed\n"
        "  2  usage error or bad input file (the message names the file, field and problem)\n"
        "  3  the run could not complete: a check is unknown (unreachable, unauthorized,\n"
        "     throttled past the retry budget, malformed answer) and none failed\n%2")
        .arg(fixCommandsHelp() + explainInputHelp() + mapsCommandsHelp(), fixOptionsHelp() + fleetOptionsHelp())
        + CliTexts::tr("\n"
                 "Time and sign-in options of check:\n"
                 "  --timeout S                also applies to each sign-in (token) request\n"
                 "  --deadline S               seconds for the whole run (default 600); the checks not\n"
                 "                             read by then are unknown (\"deadline of S s reached\"),\n"
                 "                             the report is still written and the exit code is 3\n"
                 "  --allow-authority HOST     send the client secret to the profile's authority HOST\n"
                 "                             although it is not a Microsoft Entra ID sign-in host\n"
                 "                             (login.microsoftonline.com or .us,\n"
                 "                             login.partner.microsoftonline.cn,\n"
                 "                             login.chinacloudapi.cn, or loopback); without it such\n"
                 "                             an authority is refused (exit 2)\n"
                 "  --redact                   also masks host names written without a scheme\n")
        + CliTexts::tr("\n"
                 "Limits of check:\n"
                 "  --max-pages N              pages read per dataset at most (default: 5,000,000 rows\n"
                 "                             over the page size, at least 1000); a dataset with more\n"
                 "                             makes its checks unknown, reason pageCap\n"
                 "  --history-max-runs N       runs kept in a profile's history, the oldest removed\n"
                 "                             (default: the wizard's setting, else 100)\n"
                 "  --history-max-mb N         megabytes kept in a profile's history, the oldest runs\n"
                 "                             removed (default: the wizard's setting, else 50)\n")
        // A text of its own, so the catalogues' translation of the texts above stays in use.
        + CliTexts::tr("\n"
                 "A customer's tenant from its evidence bundle:\n"
                 "  simulate --from-bundle BUNDLE.zip [--port N] [--latency-ms N]\n"
                 "                             serve what the bundle recorded (the same rows, pages,\n"
                 "                             statuses and errors) like simulate --scenario; writes\n"
                 "                             change its state\n"
                 "  --demo --from-bundle BUNDLE.zip\n"
                 "                             open the wizard on a bundle served so\n"
                 "  bundle anonymise IN.zip OUT.zip\n"
                 "                             replace names, hosts, ids and e-mail addresses in the\n"
                 "                             bundle consistently, so it can be shared\n")
        // A text of its own, so the catalogues' translation of the texts above stays in use.
        + CliTexts::tr("\n"
                 "Saved profiles:\n"
                 "  --profile-name NAME        check, fix, restore, maps, errors: the profile the\n"
                 "                             wizard saved as NAME instead of --profile FILE; its\n"
                 "                             client secret from the system keychain unless\n"
                 "                             DWHEALTH_CLIENT_SECRET or --client-secret-stdin\n"
                 "                             gives one\n")
        + CliTexts::tr("\n"
                 "Options of every command:\n"
                 "  --lang CODE                the language of the texts and reports: %1\n"
                 "                             (default: the wizard's setting, else the system's)\n")
              .arg(Language::available().join(QStringLiteral(", ")))
        + CliTexts::tr("\n"
                       "Each command's own options: dwhealth help COMMAND, or dwhealth COMMAND --help\n");
    // The history lives in the application's folder (dwhealth/dwhealth), and each profile's folder
    // ends in a hash of its name. The catalogues carry the path untranslated inside the text, so it
    // is corrected here, in every language.
    return help.replace(QLatin1String("dwhealth/history/PROFILE/"),
                        QLatin1String("dwhealth/dwhealth/history/PROFILE-HASH/"));
}

} // namespace dwh::cli
