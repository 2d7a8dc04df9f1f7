// SPDX-License-Identifier: MIT
// `dwhealth check`: its option table, what it accepts together, and its run (CheckRunner).
#include "checkrunner.h"
#include "clistr.h"
#include "commandtable.h"
#include "fleetoptions.h"
#include "fleetrunner.h"
#include "interrupthandler.h"
#include "reportwriter.h"
#include "samefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dwh::cli {

namespace {

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

/** The values of --allow-authority (host names, lower case); an error for one that is not. */
QString takeAuthorities(const QCommandLineParser &p, QStringList *out)
{
    for (const QString &v : p.values(QStringLiteral("allow-authority"))) {
        if (v.contains(QLatin1Char('/')) || v.trimmed().isEmpty()) {
            return CliTexts::tr("--allow-authority takes a host name such as "
                                "sts.contoso.example, not \"%1\"").arg(v);
        }
        *out << v.trimmed().toLower();
    }
    return QString();
}

/** The options that go with each other; an error for a combination that does not. */
QString checkCombination(const CheckOptions &o, bool pageSizeGiven)
{
    const bool profiles = !o.profilePath.isEmpty() || !o.profilesDir.isEmpty();  // fleetoptions.h
    const bool saved = !o.profileName.isEmpty();
    const int sources = int(o.demo) + int(profiles) + int(saved) + int(!o.replayPath.isEmpty());
    if (saved && o.isFleet())
        return CliTexts::tr("--profile-name runs one saved profile; not with --profiles, repeated "
                            "--profile or --output-dir");
    if (const QString fleet = fleetOptionsProblem(o); !fleet.isEmpty() && sources == 1)
        return fleet;
    if (sources != 1)
        return CliTexts::tr("check needs exactly one of --profile FILE, --profile-name NAME, --demo "
                            "or --replay BUNDLE");
    if (!o.replayPath.isEmpty() && (!o.bundlePath.isEmpty() || o.forceDependencies))
        return CliTexts::tr("--replay re-evaluates a recorded run; --bundle and --force-dependencies "
                            "do not apply");
    if (!o.demo && o.latencyMs > 0)
        return CliTexts::tr("--latency-ms is only for --demo");
    if (const QString clash = overwrittenInput(o); !clash.isEmpty())
        return clash;
    const bool document = o.format == QLatin1String("pdf") || o.format == QLatin1String("html");
    if (!document && (!o.document.consultant.isEmpty() || !o.document.customer.isEmpty()
                      || !o.document.logoPath.isEmpty() || pageSizeGiven))
        return CliTexts::tr("--consultant, --customer, --logo and --page-size are only for --format pdf or html");
    return QString();
}

class CheckCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    Command id() const override { return Command::Check; }
    QString synopsis() const override
    {
        return QStringLiteral("check --profile FILE | --profile-name NAME | --demo [--scenario NAME] "
                              "| --replay BUNDLE.zip [OPTIONS]");
    }
    QString summary() const override
    {
        return CliTexts::tr("Runs the health check headless and writes the report (JSON on stdout "
                            "unless --format or --output say otherwise).");
    }
    QList<CliOption> options() const override
    {
        return QList<CliOption>{
            {QStringLiteral("profile"), QStringLiteral("FILE"), CliTexts::tr("the profile (JSON, never a secret) of the environments to check")},
            {QStringLiteral("profile-name"), QStringLiteral("NAME"), CliTexts::tr("the profile the wizard saved as NAME; its client secret "
                                               "from the system keychain unless DWHEALTH_CLIENT_SECRET "
                                               "or --client-secret-stdin gives one")},
            {QStringLiteral("demo"), QString(), CliTexts::tr("check the embedded simulator instead")},
            {QStringLiteral("scenario"), QStringLiteral("NAME"), CliTexts::tr("with --demo: the simulator's scenario (default healthy; "
                                           "see dwhealth scenarios)")},
            {QStringLiteral("replay"), QStringLiteral("BUNDLE.zip"), CliTexts::tr("evaluate the rules again on a bundle's recorded facts, "
                                               "offline; same formats and exit codes")},
            {QStringLiteral("format"), reportFormats().join(QLatin1Char('|')),
             CliTexts::tr("report format (default json); html is one self-contained file, pdf a customer-ready "
               "document (a PDF is written to stdout only when stdout is not a terminal)")},
            {QStringLiteral("output"), QStringLiteral("FILE"), CliTexts::tr("write the report to FILE instead of stdout")},
            {QStringLiteral("redact"), QString(), CliTexts::tr("mask the tenant and environment ids, URLs, host names, user names, "
                                  "user ids and e-mail addresses (every format)")},
            {QStringLiteral("customer"), QStringLiteral("NAME"), CliTexts::tr("pdf, html: the customer named on the cover (default: the "
                                           "profile name)")},
            {QStringLiteral("consultant"), QStringLiteral("NAME"), CliTexts::tr("pdf, html: \"Prepared by\" on the cover")},
            {QStringLiteral("logo"), QStringLiteral("FILE"), CliTexts::tr("pdf, html: an image (PNG, JPEG, ...) on the cover")},
            {QStringLiteral("page-size"), QStringLiteral("A4|Letter"), CliTexts::tr("pdf, html (printing): the paper size (default A4)")},
            {QStringLiteral("force-dependencies"), QString(), CliTexts::tr("run dependency validation even if a prerequisite failed")},
            {QStringLiteral("client-secret-stdin"), QString(), CliTexts::tr("read the client secret from standard input (otherwise "
                                               "from the DWHEALTH_CLIENT_SECRET variable)")},
            {QStringLiteral("concurrency"), QStringLiteral("N"), CliTexts::tr("parallel requests per service, 1-52 (default 16)")},
            {QStringLiteral("timeout"), QStringLiteral("S"), CliTexts::tr("seconds per HTTP exchange and per sign-in request (default 30)")},
            {QStringLiteral("deadline"), QStringLiteral("S"), CliTexts::tr("seconds for the whole run (default 600); the checks not read "
                                        "by then are unknown and the exit code is 3")},
            {QStringLiteral("allow-authority"), QStringLiteral("HOST"), CliTexts::tr("send the client secret to the profile's authority "
                                                  "HOST although it is not a Microsoft Entra ID sign-in "
                                                  "host (refused without it)")},
            {QStringLiteral("latency-ms"), QStringLiteral("N"), CliTexts::tr("with --demo: simulated network latency")},
            {QStringLiteral("no-progress"), QString(), CliTexts::tr("no progress on stderr")},
            {QStringLiteral("bundle"), QStringLiteral("FILE.zip"), CliTexts::tr("also write the evidence bundle: report.json, the HTTP "
                                             "trace trace.har (no Authorization header, secret or "
                                             "token) and facts.json (the data as read)")},
            {QStringLiteral("no-history"), QString(), CliTexts::tr("with --profile or --profile-name: do not store the run in the history")},
            {QStringLiteral("max-pages"), QStringLiteral("N"), CliTexts::tr("pages read per dataset at most (default: 5,000,000 rows over "
                                         "the page size, at least 1000); a dataset with more makes "
                                         "its checks unknown, reason pageCap")},
            {QStringLiteral("history-max-runs"), QStringLiteral("N"), CliTexts::tr("runs kept in a profile's history, the oldest removed "
                                                "(default: the wizard's setting, else 100)")},
            {QStringLiteral("history-max-mb"), QStringLiteral("N"), CliTexts::tr("megabytes kept in a profile's history, the oldest runs "
                                              "removed (default: the wizard's setting, else 50)")},
        } + fleetOptionRows();  // several profiles (issue 18)
    }
    QString epilogue() const override
    {
        return CliTexts::tr("Exit codes: 0 every check passed (warnings allowed), 1 at least one check "
                            "failed, 2 usage error or bad input file, 3 the run could not complete "
                            "(a check is unknown and none failed).\n");
    }
    int run(const ParsedCommand &parsed) const override
    {
        if (parsed.check.isFleet()) {  // several profiles (issue 18)
            FleetRunner fleet(parsed.check);
            QObject::connect(&fleet, &FleetRunner::done, QCoreApplication::instance(),
                             &QCoreApplication::exit);
            InterruptHandler interrupt;  // Ctrl+C: running checks stop, the summary is written
            QObject::connect(&interrupt, &InterruptHandler::interrupted, &fleet, &FleetRunner::cancel);
            fleet.start();
            return QCoreApplication::exec();
        }
        CheckRunner runner(parsed.check);
        QObject::connect(&runner, &CheckRunner::done, QCoreApplication::instance(),
                         &QCoreApplication::exit);
        InterruptHandler interrupt;  // Ctrl+C cancels; the report is still written
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &runner, &CheckRunner::cancel);
        runner.start();
        return QCoreApplication::exec();
    }

protected:
    QString unknownOption(const QString &argument) const override
    {
        return CliTexts::tr("unknown option for check: %1").arg(argument);
    }
    QString take(const QCommandLineParser &p, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        // An address where an option belongs (a mistyped --notify) is not echoed: it may be a
        // webhook's secret address.
        if (!positional.isEmpty() && positional.first().contains(QLatin1String("://")))
            return CliTexts::tr("unexpected argument for check: an address (not shown); "
                                "did you mean --notify env:NAME?");
        if (!positional.isEmpty())
            return unknownOption(positional.first());
        CheckOptions &o = out->check;
        const auto text = [&p](const char *option, QString *to) {
            if (p.isSet(QLatin1String(option)))
                *to = p.value(QLatin1String(option));
        };
        text("profile", &o.profilePath);
        text("profile-name", &o.profileName);
        if (p.isSet(QStringLiteral("profile-name")) && o.profileName.trimmed().isEmpty())
            return CliTexts::tr("--profile-name takes the name of a saved profile");
        if (const QString fleet = takeFleetOptions(p, &o); !fleet.isEmpty())
            return fleet;
        text("scenario", &o.scenario);
        text("output", &o.outputPath);
        text("bundle", &o.bundlePath);
        text("replay", &o.replayPath);
        text("consultant", &o.document.consultant);
        text("customer", &o.document.customer);
        text("logo", &o.document.logoPath);
        o.demo = p.isSet(QStringLiteral("demo"));
        o.forceDependencies = p.isSet(QStringLiteral("force-dependencies"));
        o.secretFromStdin = p.isSet(QStringLiteral("client-secret-stdin"));
        o.progress = !p.isSet(QStringLiteral("no-progress"));
        o.redact = p.isSet(QStringLiteral("redact"));
        o.history = !p.isSet(QStringLiteral("no-history"));
        if (p.isSet(QStringLiteral("format"))) {
            o.format = p.value(QStringLiteral("format")).toLower();
            if (!reportFormats().contains(o.format))
                return CliTexts::tr("--format \"%1\" is not available; use one of: %2")
                    .arg(o.format, reportFormats().join(QStringLiteral(", ")));
        }
        for (const QString &problem :
             {intOption(p, QStringLiteral("concurrency"), 1, 52, &o.concurrency),
              intOption(p, QStringLiteral("timeout"), 1, 600, &o.timeoutSeconds),
              intOption(p, QStringLiteral("deadline"), 1, 86400, &o.deadlineSeconds),
              intOption(p, QStringLiteral("latency-ms"), 0, 60000, &o.latencyMs),
              intOption(p, QStringLiteral("max-pages"), 1, 1000000, &o.maxPages),
              intOption(p, QStringLiteral("history-max-runs"), 1, 100000, &o.historyMaxRuns),
              intOption(p, QStringLiteral("history-max-mb"), 1, 100000, &o.historyMaxMb),
              takeAuthorities(p, &o.allowedAuthorities)}) {
            if (!problem.isEmpty())
                return problem;
        }
        const bool pageSizeGiven = p.isSet(QStringLiteral("page-size"));
        if (pageSizeGiven && !pageSizeFromString(p.value(QStringLiteral("page-size")), &o.document.pageSize))
            return CliTexts::tr("--page-size takes A4 or Letter, not \"%1\"").arg(p.value(QStringLiteral("page-size")));
        o.history = o.history && (!o.profilePath.isEmpty() || !o.profileName.isEmpty()
                                  || !o.profilesDir.isEmpty());  // not for --demo or --replay
        return checkCombination(o, pageSizeGiven);
    }
};

} // namespace

const CliCommand &checkCommand()
{
    static const CheckCommand command;
    return command;
}

} // namespace dwh::cli
