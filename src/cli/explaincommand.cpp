// SPDX-License-Identifier: MIT
// `dwhealth explain`: its option table and what it accepts; the run is explainrunner.cpp.
#include "clistr.h"
#include "commandtable.h"
#include "explainrunner.h"

#include <QCommandLineParser>

namespace dwh::cli {

namespace {

class ExplainCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("explain"); }
    Command id() const override { return Command::Explain; }
    QString synopsis() const override
    {
        return QStringLiteral("explain \"ERROR TEXT\" | - | --file FILE | --list | --symptom ID "
                              "[--format text|json]");
    }
    QString summary() const override
    {
        return CliTexts::tr("Explains a dual-write error message, a log, a HAR file or a JSON error "
                            "body: for every known error in it the cause, the fix, the lines it "
                            "matched, the documentation link and the checks to run (- reads the "
                            "text from standard input).");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("file"), QStringLiteral("FILE"),
             CliTexts::tr("read the text from FILE (a log, a HAR file or a JSON error body)")},
            {QStringLiteral("list"), QString(), CliTexts::tr("list the known symptoms (id TAB title)")},
            {QStringLiteral("symptom"), QStringLiteral("ID"),
             CliTexts::tr("show one symptom (ids: dwhealth explain --list)")},
            {QStringLiteral("format"), QStringLiteral("text|json"),
             CliTexts::tr("output on stdout (default text)")},
        };
    }
    QString epilogue() const override
    {
        return CliTexts::tr("Exit codes: 0 recognised (or --list, --symptom), 1 nothing matched, "
                            "2 usage error.\n");
    }
    AppKind appKind() const override { return AppKind::Core; }  // text in, text out
    int run(const ParsedCommand &parsed) const override { return runExplain(parsed.explain); }

protected:
    bool dashWordsArePositional() const override { return true; }  // "-2147… error" is text
    QString unknownOption(const QString &argument) const override
    {
        return CliTexts::tr("unknown option for explain: %1").arg(argument);
    }
    QString missingValue(const QString &option) const override
    {
        if (option == QLatin1String("--symptom"))
            return CliTexts::tr("--symptom needs a symptom id (see dwhealth explain --list)");
        if (option == QLatin1String("--file"))
            return CliTexts::tr("--file needs a file: a log, a HAR file or a JSON error body");
        return CliCommand::missingValue(option);
    }
    QString take(const QCommandLineParser &p, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        ExplainOptions &o = out->explain;
        if (p.isSet(QStringLiteral("format"))) {
            o.format = p.value(QStringLiteral("format")).toLower();
            if (o.format != QLatin1String("text") && o.format != QLatin1String("json"))
                return CliTexts::tr("explain --format takes text or json, not \"%1\"").arg(o.format);
        }
        o.list = p.isSet(QStringLiteral("list"));
        if (p.isSet(QStringLiteral("symptom"))) {
            o.symptomId = p.value(QStringLiteral("symptom"));
            if (o.symptomId.isEmpty())
                return missingValue(QStringLiteral("--symptom"));
        }
        if (p.isSet(QStringLiteral("file"))) {
            o.filePath = p.value(QStringLiteral("file"));
            if (o.filePath.isEmpty())
                return missingValue(QStringLiteral("--file"));
        }
        for (const QString &word : positional) {
            if (word == QLatin1String("-"))
                o.fromStdin = true;
            else
                o.textParts << word;
        }
        const int modes = int(o.list) + int(!o.symptomId.isEmpty()) + int(o.fromStdin)
                          + int(!o.textParts.isEmpty()) + int(!o.filePath.isEmpty());
        if (modes != 1) {
            return CliTexts::tr("explain needs exactly one of: the error text (quoted), - to read "
                                "it from standard input, --file FILE (a log, HAR file or JSON error "
                                "body), --list, or --symptom ID");
        }
        return QString();
    }
};

} // namespace

const CliCommand &explainCommand()
{
    static const ExplainCommand command;
    return command;
}

} // namespace dwh::cli
