// SPDX-License-Identifier: MIT
// The fleet options of `dwhealth check`: many environments in one run.
#include "fleetoptions.h"

#include "clicommand.h"
#include "clioptions.h"
#include "clistr.h"
#include "concurrencyplan.h"

#include <QCommandLineParser>

namespace dwh::cli {

QList<CliOption> fleetOptionRows()
{
    return {
        {QStringLiteral("profiles"), QStringLiteral("DIR"),
         CliTexts::tr("check every profile (*.json) in DIR; --profile may also be repeated "
                      "(docs/fleet.md)")},
        {QStringLiteral("output-dir"), QStringLiteral("OUT"),
         CliTexts::tr("several profiles: write OUT/<profile file name>.<format> per environment, "
                      "OUT/fleet.json and, for html, md and pdf, OUT/fleet.<format>")},
        {QStringLiteral("parallel"), QStringLiteral("N"),
         CliTexts::tr("several profiles: environments checked at once, 1-52 (default 8)")},
        {QStringLiteral("parallel-per-tenant"), QStringLiteral("N"),
         CliTexts::tr("several profiles: environments of one tenant at once, 1-52 (default 4)")},
        {QStringLiteral("notify"), QStringLiteral("URL|env:NAME"),
         CliTexts::tr("several profiles: when a result changed since its previous run, post a "
                      "summary to a Teams/Slack incoming webhook (https; never printed)")},
    };
}

QString takeFleetOptions(const QCommandLineParser &p, CheckOptions *o)
{
    o->profilePaths = p.values(QStringLiteral("profile"));
    if (p.isSet(QStringLiteral("profiles")))
        o->profilesDir = p.value(QStringLiteral("profiles"));
    if (p.isSet(QStringLiteral("output-dir")))
        o->outputDir = p.value(QStringLiteral("output-dir"));
    if (p.isSet(QStringLiteral("notify"))) {
        // The value is never echoed: an incoming webhook's address is its credential.
        o->notify = p.value(QStringLiteral("notify"));
        if (o->notify.isEmpty())
            return CliTexts::tr("--notify needs a webhook address or env:VARIABLE");
    }
    for (const QString &problem :
         {intOption(p, QStringLiteral("parallel"), 1, fleet::ServiceConcurrencyBudget, &o->parallel),
          intOption(p, QStringLiteral("parallel-per-tenant"), 1, fleet::ServiceConcurrencyBudget,
                    &o->parallelPerTenant)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
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
