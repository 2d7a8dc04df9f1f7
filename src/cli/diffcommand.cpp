// SPDX-License-Identifier: MIT
// `dwhealth diff`: its option table and what it accepts; the run is diffrunner.cpp.
#include "clistr.h"
#include "commandtable.h"
#include "diffrunner.h"

#include <QCommandLineParser>

namespace dwh::cli {

namespace {

class DiffCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    Command id() const override { return Command::Diff; }
    QString synopsis() const override
    {
        return QStringLiteral("diff OLD.json NEW.json [--format text|json]");
    }
    QString summary() const override
    {
        return CliTexts::tr("What changed between two runs (reports or evidence bundles): new, "
                            "fixed and still failing findings, status changes.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("format"), QStringLiteral("text|json"),
                 CliTexts::tr("output on stdout (default text)")}};
    }
    QString epilogue() const override
    {
        return CliTexts::tr("Exit codes: 0 no change, 1 changes, 2 usage error or unreadable file.\n");
    }
    AppKind appKind() const override { return AppKind::Core; }  // two reports in, text out
    int run(const ParsedCommand &parsed) const override { return runDiff(parsed.diff); }

protected:
    bool dashWordsArePositional() const override { return true; }  // file names
    QString unknownOption(const QString &argument) const override
    {
        return QStringLiteral("diff: ") + CliTexts::tr("unknown option: %1").arg(argument);
    }
    QString missingValue(const QString &option) const override
    {
        return QStringLiteral("diff: ") + CliCommand::missingValue(option);
    }
    QString take(const QCommandLineParser &p, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        DiffOptions &o = out->diff;
        if (p.isSet(QStringLiteral("format"))) {
            o.format = p.value(QStringLiteral("format")).toLower();
            if (o.format != QLatin1String("text") && o.format != QLatin1String("json"))
                return QStringLiteral("diff: ")
                       + CliTexts::tr("--format takes text or json, not \"%1\"").arg(o.format);
        }
        o.files = positional;
        if (o.files.size() != 2)
            return QStringLiteral("diff: ")
                   + CliTexts::tr("needs two reports: dwhealth diff OLD.json NEW.json [--format text|json]");
        return QString();
    }
};

} // namespace

const CliCommand &diffCommand()
{
    static const DiffCommand command;
    return command;
}

} // namespace dwh::cli
