// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "clistr.h"
#include "explainrunner.h"
#include "language.h"
#include "reportwriter.h"
#include "samefile.h"

#include <QCoreApplication>

namespace dwh::cli {

namespace {

// Takes the value of `--name VALUE` or `--name=VALUE`; false with an error when it is missing.
bool takeValue(const QStringList &args, int *i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(*i);
    const QString prefix = name + QLatin1Char('=');
    if (arg.startsWith(prefix)) {
        *value = arg.mid(prefix.size());
        return true;
    }
    if (*i + 1 >= args.size()) {
        *error = CliTexts::tr("%1 needs a value").arg(name);
        return false;
    }
    *value = args.at(++*i);
    return true;
}

bool matches(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}

bool toInt(const QString &text, const QString &name, int min, int max, int *out, QString *error)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = CliTexts::tr("%1 takes a whole number from %2 to %3, not \"%4\"")
                     .arg(name).arg(min).arg(max).arg(text);
        return false;
    }
    *out = v;
    return true;
}

bool hasOption(const QStringList &args, int start, const QString &name)
{
    for (int i = start; i < args.size(); ++i) {
        if (matches(args.at(i), name))
            return true;
    }
    return false;
}

/** Why an output of `check` would overwrite one of its inputs; empty when none would. */
QString overwrittenInput(const CheckOptions &o)
{
    const QList<QPair<QString, QString>> outputs{{QStringLiteral("--output"), o.outputPath},
                                                 {QStringLiteral("--bundle"), o.bundlePath}};
    const QList<QPair<QString, QString>> inputs{{QStringLiteral("--profile"), o.profilePath},
                                                {QStringLiteral("--replay"), o.replayPath},
                                                {QStringLiteral("--logo"), o.document.logoPath},
                                                {QStringLiteral("--bundle"), o.bundlePath}};
    for (const auto &[outputOption, output] : outputs) {
        for (const auto &[inputOption, input] : inputs) {
            if (outputOption != inputOption && isSameFile(output, input))
                return CliTexts::tr("%1 and %2 name the same file (%3): the output would overwrite "
                                    "it; choose another file")
                    .arg(outputOption, inputOption, input);
        }
    }
    return QString();
}

void parseCheck(const QStringList &args, int start, ParsedCommand *out)
{
    CheckOptions &o = out->check;
    QString v;
    for (int i = start; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString &err = out->error;
        if (matches(a, QStringLiteral("--profile"))) {
            if (!takeValue(args, &i, QStringLiteral("--profile"), &o.profilePath, &err))
                return;
        } else if (a == QLatin1String("--demo")) {
            o.demo = true;
        } else if (matches(a, QStringLiteral("--scenario"))) {
            if (!takeValue(args, &i, QStringLiteral("--scenario"), &o.scenario, &err))
                return;
        } else if (matches(a, QStringLiteral("--format"))) {
            if (!takeValue(args, &i, QStringLiteral("--format"), &o.format, &err))
                return;
            o.format = o.format.toLower();
            const QStringList formats = reportFormats();
            if (!formats.contains(o.format)) {
                err = CliTexts::tr("--format \"%1\" is not available; use one of: %2")
                          .arg(o.format, formats.join(QStringLiteral(", ")));
                return;
            }
        } else if (matches(a, QStringLiteral("--output"))) {
            if (!takeValue(args, &i, QStringLiteral("--output"), &o.outputPath, &err))
                return;
        } else if (a == QLatin1String("--force-dependencies")) {
            o.forceDependencies = true;
        } else if (a == QLatin1String("--client-secret-stdin")) {
            o.secretFromStdin = true;
        } else if (a == QLatin1String("--no-progress")) {
            o.progress = false;
        } else if (matches(a, QStringLiteral("--concurrency"))) {
            if (!takeValue(args, &i, QStringLiteral("--concurrency"), &v, &err)
                || !toInt(v, QStringLiteral("--concurrency"), 1, 52, &o.concurrency, &err))
                return;
        } else if (matches(a, QStringLiteral("--timeout"))) {
            if (!takeValue(args, &i, QStringLiteral("--timeout"), &v, &err)
                || !toInt(v, QStringLiteral("--timeout"), 1, 600, &o.timeoutSeconds, &err))
                return;
        } else if (matches(a, QStringLiteral("--max-pages"))) {
            if (!takeValue(args, &i, QStringLiteral("--max-pages"), &v, &err)
                || !toInt(v, QStringLiteral("--max-pages"), 1, 1000000, &o.maxPages, &err))
                return;
        } else if (matches(a, QStringLiteral("--deadline"))) {
            if (!takeValue(args, &i, QStringLiteral("--deadline"), &v, &err)
                || !toInt(v, QStringLiteral("--deadline"), 1, 86400, &o.deadlineSeconds, &err))
                return;
        } else if (matches(a, QStringLiteral("--allow-authority"))) {
            if (!takeValue(args, &i, QStringLiteral("--allow-authority"), &v, &err))
                return;
            if (v.contains(QLatin1Char('/')) || v.trimmed().isEmpty()) {
                err = CliTexts::tr("--allow-authority takes a host name such as "
                                   "sts.contoso.example, not \"%1\"").arg(v);
                return;
            }
            o.allowedAuthorities << v.trimmed().toLower();
        } else if (matches(a, QStringLiteral("--latency-ms"))) {
            if (!takeValue(args, &i, QStringLiteral("--latency-ms"), &v, &err)
                || !toInt(v, QStringLiteral("--latency-ms"), 0, 60000, &o.latencyMs, &err))
                return;
        } else if (a == QLatin1String("--redact")) {
            o.redact = true;
        } else if (matches(a, QStringLiteral("--bundle"))) {
            if (!takeValue(args, &i, QStringLiteral("--bundle"), &o.bundlePath, &err))
                return;
        } else if (matches(a, QStringLiteral("--replay"))) {
            if (!takeValue(args, &i, QStringLiteral("--replay"), &o.replayPath, &err))
                return;
        } else if (a == QLatin1String("--no-history")) {
            o.history = false;
        } else if (matches(a, QStringLiteral("--history-max-runs"))) {
            if (!takeValue(args, &i, QStringLiteral("--history-max-runs"), &v, &err)
                || !toInt(v, QStringLiteral("--history-max-runs"), 1, 100000, &o.historyMaxRuns,
                          &err))
                return;
        } else if (matches(a, QStringLiteral("--history-max-mb"))) {
            if (!takeValue(args, &i, QStringLiteral("--history-max-mb"), &v, &err)
                || !toInt(v, QStringLiteral("--history-max-mb"), 1, 100000, &o.historyMaxMb, &err))
                return;
        } else if (matches(a, QStringLiteral("--consultant"))) {
            if (!takeValue(args, &i, QStringLiteral("--consultant"), &o.document.consultant, &err))
                return;
        } else if (matches(a, QStringLiteral("--customer"))) {
            if (!takeValue(args, &i, QStringLiteral("--customer"), &o.document.customer, &err))
                return;
        } else if (matches(a, QStringLiteral("--logo"))) {
            if (!takeValue(args, &i, QStringLiteral("--logo"), &o.document.logoPath, &err))
                return;
        } else if (matches(a, QStringLiteral("--page-size"))) {
            if (!takeValue(args, &i, QStringLiteral("--page-size"), &v, &err))
                return;
            if (!pageSizeFromString(v, &o.document.pageSize)) {
                err = CliTexts::tr("--page-size takes A4 or Letter, not \"%1\"").arg(v);
                return;
            }
        } else if (a.startsWith(QLatin1String("--client-secret"))) {
            err = CliTexts::tr("secrets are never taken on the command line; use the DWHEALTH_CLIENT_SECRET "
                     "environment variable or --client-secret-stdin");
            return;
        } else {
            err = CliTexts::tr("unknown option for check: %1").arg(a);
            return;
        }
    }
    const int sources = int(o.demo) + int(!o.profilePath.isEmpty()) + int(!o.replayPath.isEmpty());
    o.history = o.history && !o.profilePath.isEmpty();  // not for --demo or --replay
    if (sources != 1)
        out->error = CliTexts::tr("check needs exactly one of --profile FILE, --demo or --replay BUNDLE");
    else if (!o.replayPath.isEmpty() && (!o.bundlePath.isEmpty() || o.forceDependencies))
        out->error = CliTexts::tr("--replay re-evaluates a recorded run; --bundle and --force-dependencies "
                        "do not apply");
    else if (!o.demo && o.latencyMs > 0)
        out->error = CliTexts::tr("--latency-ms is only for --demo");
    else if (const QString clash = overwrittenInput(o); !clash.isEmpty())
        out->error = clash;
    else if (o.format != QLatin1String("pdf") && o.format != QLatin1String("html")
             && (!o.document.consultant.isEmpty() || !o.document.customer.isEmpty()
                 || !o.document.logoPath.isEmpty() || hasOption(args, start, QStringLiteral("--page-size"))))
        out->error = CliTexts::tr("--consultant, --customer, --logo and --page-size are only for --format pdf or html");
}

void parseSimulate(const QStringList &args, int start, ParsedCommand *out)
{
    SimulateOptions &o = out->simulate;
    QString v;
    for (int i = start; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString &err = out->error;
        if (matches(a, QStringLiteral("--scenario"))) {
            if (!takeValue(args, &i, QStringLiteral("--scenario"), &o.scenario, &err))
                return;
        } else if (matches(a, QStringLiteral("--port"))) {
            if (!takeValue(args, &i, QStringLiteral("--port"), &v, &err)
                || !toInt(v, QStringLiteral("--port"), 1024, 65532, &o.port, &err))
                return;
        } else if (matches(a, QStringLiteral("--latency-ms"))) {
            if (!takeValue(args, &i, QStringLiteral("--latency-ms"), &v, &err)
                || !toInt(v, QStringLiteral("--latency-ms"), 0, 60000, &o.latencyMs, &err))
                return;
        } else {
            err = CliTexts::tr("unknown option for simulate: %1").arg(a);
            return;
        }
    }
}

} // namespace

ParsedCommand parseCommandLine(const QStringList &arguments)
{
    ParsedCommand out;
    // --lang CODE may stand anywhere; it is taken out before the command is parsed.
    QStringList args;
    for (int i = 0; i < arguments.size(); ++i) {
        if (!matches(arguments.at(i), QStringLiteral("--lang"))) {
            args << arguments.at(i);
            continue;
        }
        if (!takeValue(arguments, &i, QStringLiteral("--lang"), &out.language, &out.error))
            return out;
        out.language = out.language.toLower();
        if (!Language::isAvailable(out.language)) {
            out.error = Language::usageError(out.language);
            return out;
        }
    }
    if (args.isEmpty())
        return out;
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out.command = Command::Version;
    } else if (first == QLatin1String("--help") || first == QLatin1String("-h")
               || first == QLatin1String("help")) {
        out.command = Command::Help;
    } else if (first == QLatin1String("check")) {
        out.command = Command::Check;
        parseCheck(args, 1, &out);
    } else if (first == QLatin1String("simulate")) {
        out.command = Command::Simulate;
        parseSimulate(args, 1, &out);
    } else if (first == QLatin1String("explain")) {
        out.command = Command::Explain;
        out.explainArguments = args.mid(1);
    } else if (first == QLatin1String("diff")) {
        out.command = Command::Diff;
        out.diffArguments = args.mid(1);
    } else if (first == QLatin1String("fix")) {
        out.command = Command::Fix;
        out.error = parseFixOptions(args.mid(1), &out.fix);
    } else if (first == QLatin1String("restore")) {
        out.command = Command::Restore;
        out.error = parseRestoreOptions(args.mid(1), &out.restore);
    } else if (first == QLatin1String("scenarios")) {
        out.command = Command::Scenarios;
        if (args.size() > 1)
            out.error = CliTexts::tr("scenarios takes no options");
    } else if (first.startsWith(QLatin1String("--demo")) || first == QLatin1String("--scenario")
               || first.startsWith(QLatin1String("--scenario="))) {
        out.command = Command::Gui;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (a == QLatin1String("--demo")) {
                out.demo = true;
            } else if (matches(a, QStringLiteral("--scenario"))) {
                if (!takeValue(args, &i, QStringLiteral("--scenario"), &out.check.scenario,
                               &out.error))
                    break;
            } else {
                out.error = CliTexts::tr("unknown option: %1").arg(a);
                break;
            }
        }
    } else {
        out.error = CliTexts::tr("unknown command \"%1\"; see dwhealth --help").arg(first);
    }
    return out;
}

QString helpText()
{
    return CliTexts::tr(
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
        "  --max-pages N              pages read per dataset at most (default: 5,000,000 rows\n"
        "                             over the page size, at least 1000); a dataset with more\n"
        "                             makes its checks unknown, reason pageCap\n"
        "  --latency-ms N             with --demo: simulated network latency\n"
        "  --no-progress              no progress on stderr\n"
        "  --bundle FILE.zip          also write the evidence bundle: report.json, the HTTP\n"
        "                             trace trace.har (HAR 1.2, no Authorization header, no\n"
        "                             secret, no token) and facts.json (the data as read);\n"
        "                             --redact applies to the report output, not the bundle\n"
        "  --no-history               with --profile: do not store the run in the history\n"
        "                             (the user's data folder, dwhealth/history/PROFILE/);\n"
        "                             --demo and --replay runs are never stored\n"
        "  --history-max-runs N       runs kept in a profile's history, the oldest removed\n"
        "                             (default: the wizard's setting, else 100)\n"
        "  --history-max-mb N         megabytes kept in a profile's history, the oldest runs\n"
        "                             removed (default: the wizard's setting, else 50)\n"
        "\n"
        "Exit codes of check:\n"
        "  0  every check passed (warnings allowed)\n"
        "  1  at least one check failed\n"
        "  2  usage error or bad input file (the message names the file, field and problem)\n"
        "  3  the run could not complete: a check is unknown (unreachable, unauthorized,\n"
        "     throttled past the retry budget, malformed answer) and none failed\n%2")
        .arg(fixCommandsHelp() + explainInputHelp(), fixOptionsHelp())
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
                 "Options of every command:\n"
                 "  --lang CODE                the language of the texts and reports: %1\n"
                 "                             (default: the wizard's setting, else the system's)\n")
              .arg(Language::available().join(QStringLiteral(", ")));
}

} // namespace dwh::cli
