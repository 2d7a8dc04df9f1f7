// SPDX-License-Identifier: MIT
// The fleet options of `dwhealth check`: many environments in one run.
#include "fleetoptions.h"

#include "clioptions.h"
#include "clistr.h"
#include "concurrencyplan.h"

namespace dwh::cli {

namespace {

bool takeValue(const QStringList &args, int *i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(*i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (*i + 1 >= args.size()) {
        *error = CliTexts::tr("%1 needs a value").arg(name);
        return false;
    }
    *value = args.at(++*i);
    return true;
}

bool takeInt(const QStringList &args, int *i, const QString &name, int min, int max, int *out,
             QString *error)
{
    QString text;
    if (!takeValue(args, i, name, &text, error))
        return false;
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

bool is(const QString &arg, const char *name)
{
    const QLatin1String n(name);
    return arg == n || arg.startsWith(n + QLatin1Char('='));
}

} // namespace

bool parseFleetOption(const QStringList &args, int *i, CheckOptions *o, QString *error)
{
    const QString &a = args.at(*i);
    if (is(a, "--profiles"))
        return takeValue(args, i, QStringLiteral("--profiles"), &o->profilesDir, error), true;
    if (is(a, "--output-dir"))
        return takeValue(args, i, QStringLiteral("--output-dir"), &o->outputDir, error), true;
    if (is(a, "--parallel-per-tenant"))
        return takeInt(args, i, QStringLiteral("--parallel-per-tenant"), 1,
                       fleet::ServiceConcurrencyBudget, &o->parallelPerTenant, error), true;
    if (is(a, "--parallel"))
        return takeInt(args, i, QStringLiteral("--parallel"), 1, fleet::ServiceConcurrencyBudget,
                       &o->parallel, error), true;
    if (is(a, "--notify")) {
        // The value is never echoed: an incoming webhook's address is its credential.
        if (takeValue(args, i, QStringLiteral("--notify"), &o->notify, error) && o->notify.isEmpty())
            *error = CliTexts::tr("--notify needs a webhook address or env:VARIABLE");
        return true;
    }
    return false;
}

QString fleetOptionsProblem(const CheckOptions &o)
{
    if (!o.isFleet()) {
        if (!o.notify.isEmpty())
            return CliTexts::tr("--notify is for runs of several profiles (--profiles DIR, "
                                "repeated --profile, or --output-dir)");
        return QString();
    }
    if (o.demo || !o.replayPath.isEmpty())
        return CliTexts::tr("--profiles, repeated --profile and --output-dir run profiles; "
                            "not with --demo or --replay");
    if (!o.bundlePath.isEmpty())
        return CliTexts::tr("--bundle records one run; it is not available for several profiles");
    if (!o.outputDir.isEmpty() && !o.outputPath.isEmpty())
        return CliTexts::tr("--output-dir writes every report and the fleet summary; --output "
                            "does not apply");
    if (o.outputDir.isEmpty() && o.format == QLatin1String("junit"))
        return CliTexts::tr("--format junit writes one file per environment: use --output-dir OUT");
    return QString();
}

QString fleetOptionsHelp()
{
    return CliTexts::tr(
        "\n"
        "Several environments (fleet) options of check:\n"
        "  --profiles DIR             check every profile (*.json) in DIR; --profile FILE may\n"
        "                             also be repeated. Each profile's secret: the variable\n"
        "                             named by its auth.clientSecretEnv, else\n"
        "                             DWHEALTH_CLIENT_SECRET (or --client-secret-stdin)\n"
        "  --output-dir OUT           write OUT/<profile file name>.<format> per environment,\n"
        "                             OUT/fleet.json and, for html, md and pdf, OUT/fleet.<format>\n"
        "                             (without it: the fleet summary on stdout or --output)\n"
        "  --parallel N               environments checked at once, 1-52 (default 8)\n"
        "  --parallel-per-tenant N    environments of one tenant at once, 1-52 (default 4);\n"
        "                             environments sharing a service host share its 52\n"
        "                             concurrent requests\n"
        "  --notify URL|env:NAME      when a result changed since its previous run, post a\n"
        "                             summary to a Teams/Slack incoming webhook (https; the\n"
        "                             address is never printed; env:NAME reads it from the\n"
        "                             variable NAME, which keeps it off the command line)\n"
        "  Exit code: the worst of all environments: 2 (a profile could not run) before 1\n"
        "  before 3 before 0. --deadline applies to each environment.\n");
}

} // namespace dwh::cli
