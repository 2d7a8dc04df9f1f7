// SPDX-License-Identifier: MIT
// The parsing, error naming and help layout every subcommand shares (clicommand.h).
#include "clicommand.h"

#include "clistr.h"
#include "language.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace dwh::cli {

namespace {

constexpr int HELP_COLUMN = 29;  // where option descriptions start, as in `dwhealth --help`
constexpr int HELP_WIDTH = 92;   // the right margin of wrapped help text

/** `text` wrapped at HELP_WIDTH: its first line starts at `column`, the others after `indent`
 *  spaces; a newline in `text` starts a new line. */
QString wrapped(const QString &text, int column, int indent)
{
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        if (l > 0) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        }
        bool first = true;
        for (const QString &word : lines.at(l).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!first && column + 1 + word.size() > HELP_WIDTH) {
                out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
                column = indent;
            } else if (!first) {
                out += QLatin1Char(' ');
                ++column;
            }
            out += word;
            column += int(word.size());
            first = false;
        }
    }
    return out;
}

QString optionLine(const CliOption &o)
{
    QString head = QStringLiteral("  --") + o.name;
    if (!o.valueName.isEmpty())
        head += QLatin1Char(' ') + o.valueName;
    if (head.size() + 1 > HELP_COLUMN)
        head += QLatin1Char('\n') + QString(HELP_COLUMN, QLatin1Char(' '));
    else
        head += QString(HELP_COLUMN - head.size(), QLatin1Char(' '));
    return head + wrapped(o.description, HELP_COLUMN, HELP_COLUMN) + QLatin1Char('\n');
}

QString secretOnTheCommandLine()
{
    return CliTexts::tr("secrets are never taken on the command line; use the DWHEALTH_CLIENT_SECRET "
                        "environment variable or --client-secret-stdin");
}

/** A word that stands for a "-x" argument while QCommandLineParser reads the others. */
QString dashWordPlaceholder()
{
    return QString(QChar(0xFDD0)) + QStringLiteral("dwhealth-argument");
}

} // namespace

QList<CliOption> CliCommand::allOptions() const
{
    return options() << CliOption{QStringLiteral("help"), QString(),
                                  CliTexts::tr("show this command's options and exit")};
}

QString CliCommand::unknownOption(const QString &argument) const
{
    return CliTexts::tr("unknown option for %1: %2").arg(name(), argument);
}

QString CliCommand::missingValue(const QString &option) const
{
    return CliTexts::tr("%1 needs a value").arg(option);
}

QString CliCommand::diagnose(const QStringList &args) const
{
    const QList<CliOption> known = allOptions();
    const auto find = [&known](const QString &optionName) -> const CliOption * {
        for (const CliOption &o : known) {
            if (o.name == optionName)
                return &o;
        }
        return nullptr;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1String("--"))) {
            const bool hasValue = a.contains(QLatin1Char('='));
            const CliOption *o = find(a.mid(2).section(QLatin1Char('='), 0, 0));
            const bool flagWithValue = o && o->valueName.isEmpty() && hasValue;
            // Never echo what follows --client-secret: it may be the secret.
            if (a.startsWith(QLatin1String("--client-secret")) && (!o || flagWithValue))
                return secretOnTheCommandLine();
            if (!o || flagWithValue)
                return unknownOption(a);
            if (!o->valueName.isEmpty() && !hasValue) {
                if (i + 1 >= args.size())
                    return missingValue(QStringLiteral("--") + o->name);
                ++i;
            }
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")
                   && !dashWordsArePositional()) {
            return unknownOption(a);
        }
    }
    return QString();
}

QString CliCommand::parse(const QStringList &args, ParsedCommand *out) const
{
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out->command = Command::Help;
            out->helpFor = name();
            return QString();
        }
    }
    if (const QString problem = diagnose(args); !problem.isEmpty())
        return problem;

    // "-x" words that are arguments (explain's text, diff's files) pass the parser as a
    // placeholder and are put back in order.
    QStringList input{QStringLiteral("dwhealth")};
    QStringList dashWords;
    bool afterDoubleDash = false;
    for (const QString &a : args) {
        afterDoubleDash = afterDoubleDash || a == QLatin1String("--");
        if (!afterDoubleDash && dashWordsArePositional() && a.startsWith(QLatin1Char('-'))
            && !a.startsWith(QLatin1String("--")) && a != QLatin1String("-")) {
            dashWords << a;
            input << dashWordPlaceholder();
        } else {
            input << a;
        }
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const CliOption &o : allOptions())
        parser.addOption(QCommandLineOption(o.name, o.description, o.valueName));
    if (!parser.parse(input))
        return parser.errorText();
    QStringList positional = parser.positionalArguments();
    for (QString &p : positional) {
        if (p == dashWordPlaceholder() && !dashWords.isEmpty())
            p = dashWords.takeFirst();
    }
    return take(parser, positional, out);
}

QString CliCommand::help() const
{
    QString text = CliTexts::tr("Usage: dwhealth %1").arg(synopsis()) + QStringLiteral("\n\n")
                   + wrapped(summary(), 0, 0) + QStringLiteral("\n\n") + CliTexts::tr("Options:")
                   + QLatin1Char('\n');
    for (const CliOption &o : allOptions())
        text += optionLine(o);
    text += CliTexts::tr("\n"
                         "Options of every command:\n"
                         "  --lang CODE                the language of the texts and reports: %1\n"
                         "                             (default: the wizard's setting, else the system's)\n")
                .arg(Language::available().join(QStringLiteral(", ")));
    const QString more = epilogue();
    if (!more.isEmpty())
        text += QLatin1Char('\n') + wrapped(more.trimmed(), 0, 0) + QLatin1Char('\n');
    return text;
}

QString intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *out)
{
    if (!parser.isSet(name))
        return QString();
    const QString text = parser.value(name);
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        return CliTexts::tr("%1 takes a whole number from %2 to %3, not \"%4\"")
            .arg(QStringLiteral("--") + name)
            .arg(min)
            .arg(max)
            .arg(text);
    }
    *out = v;
    return QString();
}

} // namespace dwh::cli
