// SPDX-License-Identifier: MIT
// `dwhealth maps` and `dwhealth errors`: one command class for both views (option table, help,
// what each accepts); the read and the output are MapsRunner's (mapsrunner.h).
#include "clistr.h"
#include "commandtable.h"
#include "fixoptions.h"
#include "interrupthandler.h"
#include "mapsrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dwh::cli {

namespace {

class MapsCommand final : public CliCommand
{
public:
    explicit MapsCommand(MapsView view) : m_view(view) {}

    QString name() const override
    {
        return m_view == MapsView::Maps ? QStringLiteral("maps") : QStringLiteral("errors");
    }
    Command id() const override { return m_view == MapsView::Maps ? Command::Maps : Command::Errors; }
    QString synopsis() const override
    {
        return name() + QStringLiteral(" --profile FILE | --profile-name NAME | --demo [--scenario NAME] "
                                       "[--since 24h] [OPTIONS]");
    }
    QString summary() const override
    {
        if (m_view == MapsView::Maps) {
            return CliTexts::tr("The dual-write table maps: state, tables, legal entities, recent "
                                "errors with their documented fix; a fact that cannot be read names "
                                "the missing right.");
        }
        return CliTexts::tr("The recent live-sync errors from both sides, grouped by cause, with "
                            "the documented fix; a fact that cannot be read names the missing right.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("profile"), QStringLiteral("FILE"),
             CliTexts::tr("the profile (JSON, never a secret) of the environment to read")},
            profileNameRow(),
            {QStringLiteral("demo"), QString(),
             CliTexts::tr("read the embedded simulator instead")},
            {QStringLiteral("scenario"), QStringLiteral("NAME"),
             CliTexts::tr("with --demo: the simulator's scenario (default healthy)")},
            {QStringLiteral("since"), QStringLiteral("TIME"),
             CliTexts::tr("the errors since then: 30m, 24h, 7d or a past ISO 8601 time with its "
                          "offset; at most 30 days (default 24h)")},
            {QStringLiteral("format"), mapsFormats(m_view).join(QLatin1Char('|')),
             CliTexts::tr("output format (default text)")},
            {QStringLiteral("output"), QStringLiteral("FILE"),
             CliTexts::tr("write the output to FILE instead of stdout")},
            {QStringLiteral("client-secret-stdin"), QString(),
             CliTexts::tr("read the client secret from standard input (otherwise from the "
                          "DWHEALTH_CLIENT_SECRET variable)")},
            {QStringLiteral("timeout"), QStringLiteral("S"),
             CliTexts::tr("seconds per HTTP exchange and per sign-in request (default 30)")},
            {QStringLiteral("allow-authority"), QStringLiteral("HOST"),
             CliTexts::tr("send the client secret to the profile's authority HOST although it is not a "
                          "Microsoft Entra ID sign-in host (refused without it)")},
        };
    }
    QString epilogue() const override
    {
        if (m_view == MapsView::Maps) {
            return CliTexts::tr("Exit codes: 0 nothing to report, 1 a map in error or recent errors, "
                                "2 usage error, 3 could not read.\n");
        }
        return CliTexts::tr("Exit codes: 0 no error in the window, 1 errors in the window, 2 usage "
                            "error, 3 could not read.\n");
    }
    int run(const ParsedCommand &parsed) const override
    {
        MapsRunner runner(parsed.maps);
        QObject::connect(&runner, &MapsRunner::done, QCoreApplication::instance(),
                         &QCoreApplication::exit);
        InterruptHandler interrupt;  // Ctrl+C: stop reading; nothing is written
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &runner, &MapsRunner::cancel);
        runner.start();
        return QCoreApplication::exec();
    }

protected:
    QString take(const QCommandLineParser &p, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        MapsOptions &o = out->maps;
        o.view = m_view;
        if (!positional.isEmpty())
            return CliTexts::tr("%1 takes no arguments, not \"%2\"").arg(name(), positional.first());
        if (p.isSet(QStringLiteral("profile")))
            o.profilePath = p.value(QStringLiteral("profile"));
        if (p.isSet(QStringLiteral("profile-name"))) {
            o.profileName = p.value(QStringLiteral("profile-name"));
            if (o.profileName.trimmed().isEmpty())
                return CliTexts::tr("--profile-name takes the name of a saved profile");
        }
        o.demo = p.isSet(QStringLiteral("demo"));
        if (p.isSet(QStringLiteral("scenario")))
            o.scenario = p.value(QStringLiteral("scenario"));
        if (p.isSet(QStringLiteral("format"))) {
            o.format = p.value(QStringLiteral("format")).toLower();
            if (!mapsFormats(m_view).contains(o.format)) {
                return CliTexts::tr("--format \"%1\" is not available for %2; use one of: %3")
                    .arg(o.format, name(), mapsFormats(m_view).join(QStringLiteral(", ")));
            }
        }
        if (p.isSet(QStringLiteral("output")))
            o.outputPath = p.value(QStringLiteral("output"));
        if (p.isSet(QStringLiteral("since")))
            o.since = p.value(QStringLiteral("since"));
        o.secretFromStdin = p.isSet(QStringLiteral("client-secret-stdin"));
        for (const QString &v : p.values(QStringLiteral("allow-authority"))) {
            if (v.contains(QLatin1Char('/')) || v.trimmed().isEmpty())
                return CliTexts::tr("--allow-authority takes a host name such as "
                                    "sts.contoso.example, not \"%1\"").arg(v);
            o.allowedAuthorities << v.trimmed().toLower();
        }
        if (const QString e = intOption(p, QStringLiteral("timeout"), 1, 600, &o.timeoutSeconds);
            !e.isEmpty())
            return e;
        if (int(o.demo) + int(!o.profilePath.isEmpty()) + int(!o.profileName.isEmpty()) != 1)
            return environmentChoiceProblem(name());
        if (!parseSince(o.since, QDateTime::currentDateTimeUtc(), &o.sinceTime)) {
            return CliTexts::tr("--since takes a duration such as 30m, 24h or 7d (at most 30 days) "
                                "or a past ISO 8601 time with its offset, not \"%1\"").arg(o.since);
        }
        return QString();
    }

private:
    MapsView m_view;
};

} // namespace

const CliCommand &mapsCommand()
{
    static const MapsCommand command(MapsView::Maps);
    return command;
}

const CliCommand &errorsCommand()
{
    static const MapsCommand command(MapsView::Errors);
    return command;
}

} // namespace dwh::cli
