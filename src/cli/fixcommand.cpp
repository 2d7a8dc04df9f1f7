// SPDX-License-Identifier: MIT
// `dwhealth fix CODE`: its option table and what it accepts; the run is FixRunner.
#include "clistr.h"
#include "commandtable.h"
#include "fixrunner.h"
#include "interrupthandler.h"
#include "recordaddress.h"
#include "remediationplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dwh::cli {

namespace {

/** The combinations fix refuses; empty when `o` is complete. */
QString checkFix(const FixOptions &o)
{
    if (o.code.isEmpty())
        return CliTexts::tr("fix needs a code: one of %1").arg(fixableCodes().join(QStringLiteral(", ")));
    if (!isFixableCode(o.code)) {
        return CliTexts::tr("%1 cannot be fixed by dwhealth; fix takes one of %2")
            .arg(o.code, fixableCodes().join(QStringLiteral(", ")));
    }
    if (int(o.demo) + int(!o.profilePath.isEmpty()) + int(!o.profileName.isEmpty()) != 1)
        return environmentChoiceProblem(QStringLiteral("fix"));
    if (o.overrideUnconfirmedLink && o.code == QLatin1String("DWDVEV1007"))
        return CliTexts::tr("--override-unconfirmed-link is only for DWDVEV1004 and DWFOEV1004");
    if (!o.teamId.isEmpty() && o.code != QLatin1String("DWDVEV1007"))
        return CliTexts::tr("--team is only for DWDVEV1007");
    if (!o.teamId.isEmpty() && !RecordAddress::isGuid(o.teamId))
        return CliTexts::tr("--team takes a team id (a GUID), not \"%1\"").arg(o.teamId);
    return QString();
}

class FixCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("fix"); }
    Command id() const override { return Command::Fix; }
    QString synopsis() const override
    {
        return QStringLiteral("fix CODE --profile FILE | --profile-name NAME | --demo "
                              "[--scenario NAME] [--apply [--yes]] [OPTIONS]");
    }
    QString summary() const override
    {
        return CliTexts::tr("Fixes DWDVEV1004, DWFOEV1004 or DWDVEV1007: runs the check, previews "
                            "every write record by record; with --apply backs the records up, "
                            "writes, and checks again.");
    }
    QList<CliOption> options() const override
    {
        return writeOptionRows() + QList<CliOption>{
            {QStringLiteral("demo"), QString(),
             CliTexts::tr("fix the embedded simulator instead (scenario: the code by default)")},
            {QStringLiteral("scenario"), QStringLiteral("NAME"),
             CliTexts::tr("with --demo: the simulator's scenario")},
            {QStringLiteral("team"), QStringLiteral("TEAMID"),
             CliTexts::tr("DWDVEV1007: the team to set (default: each company's own owner team, "
                          "else the root business unit's default team)")},
            {QStringLiteral("override-unconfirmed-link"), QString(),
             CliTexts::tr("DWDVEV1004/DWFOEV1004: delete even though the linked Dataverse "
                          "environment could not be confirmed or the other side returned no "
                          "configuration (refused without it)")},
            {QStringLiteral("force-dependencies"), QString(),
             CliTexts::tr("run dependency validation even if a prerequisite failed")},
            {QStringLiteral("no-progress"), QString(), CliTexts::tr("no progress on stderr")},
        };
    }
    QString epilogue() const override
    {
        return CliTexts::tr("Exit codes: 0 the code now passes (nothing to fix included), 1 not all "
                            "fixed (a dry run with records to fix, or a write failed), 2 usage error "
                            "or bad input, 3 could not complete (check unknown, backup not written, "
                            "not confirmed).\n");
    }
    int run(const ParsedCommand &parsed) const override
    {
        FixRunner runner(parsed.fix);
        QObject::connect(&runner, &FixRunner::done, QCoreApplication::instance(),
                         &QCoreApplication::exit);
        InterruptHandler interrupt;  // Ctrl+C: no more writes; each record's result is printed
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &runner, &FixRunner::cancel);
        runner.start();
        return QCoreApplication::exec();
    }

protected:
    QString unknownOption(const QString &argument) const override
    {
        return CliTexts::tr("unknown option for fix: %1").arg(argument);
    }
    QString take(const QCommandLineParser &p, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        FixOptions &o = out->fix;
        if (positional.size() > 1)
            return CliTexts::tr("fix takes one code, not also \"%1\"").arg(positional.at(1));
        o.code = positional.value(0).trimmed().toUpper();
        if (const QString e = takeWriteOptions(p, &o); !e.isEmpty())
            return e;
        o.demo = p.isSet(QStringLiteral("demo"));
        if (p.isSet(QStringLiteral("scenario")))
            o.scenario = p.value(QStringLiteral("scenario"));
        if (p.isSet(QStringLiteral("team")))
            o.teamId = p.value(QStringLiteral("team"));
        o.overrideUnconfirmedLink = p.isSet(QStringLiteral("override-unconfirmed-link"));
        o.forceDependencies = p.isSet(QStringLiteral("force-dependencies"));
        o.progress = !p.isSet(QStringLiteral("no-progress"));
        return checkFix(o);
    }
};

} // namespace

const CliCommand &fixCommand()
{
    static const FixCommand command;
    return command;
}

} // namespace dwh::cli
