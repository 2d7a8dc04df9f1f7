// SPDX-License-Identifier: MIT
// One subcommand of dwhealth: its option table, its QCommandLineParser, its help and its run.
// To add an option to a command: add a row to its options() table (name, VALUE or none, text),
// read it in its take() with parser.value()/isSet() into its options struct (clioptions.h), and
// add it to resources/completion/dwhealth.bash (tst_completion compares it with `help COMMAND`).
#pragma once

#include "clioptions.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace dwh::cli {

/** One row of a command's option table: `--name VALUE` (valueName empty: a flag). */
struct CliOption
{
    QString name;          // without the dashes: "format"
    QString valueName;     // "FILE", "json|text"; empty for a flag
    QString description;   // translated; wrapped by the help
};

/** What the application object of a command must be (main.cpp creates it). */
enum class AppKind { Core, GuiOffscreen };

/**
 * A subcommand (`dwhealth NAME …`). parse() runs a QCommandLineParser built from options(),
 * names the first unknown option or missing value in a usage error, and hands the parsed
 * values to take(); help() is generated from the same table. Stateless: one const instance each.
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual Command id() const = 0;
    /** The usage line after "dwhealth ": "check --profile FILE | --demo … [OPTIONS]". */
    virtual QString synopsis() const = 0;
    /** What the command does, one paragraph (translated). */
    virtual QString summary() const = 0;
    /** Its options, without --help and --lang (every command has those). */
    virtual QList<CliOption> options() const = 0;
    /** Text after the options: exit codes, notes (translated); may be empty. */
    virtual QString epilogue() const { return QString(); }
    virtual AppKind appKind() const { return AppKind::GuiOffscreen; }
    /** Runs the parsed command in the application main.cpp created; returns the exit code. */
    virtual int run(const ParsedCommand &parsed) const = 0;

    /** Parses the arguments after the command name into `out`; returns a usage error or empty.
     *  `--help` or `-h` makes `out` a Help command for this one. */
    QString parse(const QStringList &args, ParsedCommand *out) const;
    /** `dwhealth NAME --help`: usage, summary, every option of the table, --help, --lang. */
    QString help() const;
    /** options() plus --help (what the help lists and the parser knows). */
    QList<CliOption> allOptions() const;

protected:
    /** Reads the parsed values into `out` and checks them; returns a usage error or empty.
     *  `positional` holds the arguments that are not options, in order. */
    virtual QString take(const QCommandLineParser &parser, const QStringList &positional,
                         ParsedCommand *out) const = 0;
    /** true: "-x" words are arguments (error texts, file names), not options. */
    virtual bool dashWordsArePositional() const { return false; }
    /** The usage error for an argument that is not an option of this command. */
    virtual QString unknownOption(const QString &argument) const;
    /** The usage error for an option given without its value. */
    virtual QString missingValue(const QString &option) const;

private:
    QString diagnose(const QStringList &args) const;
};

/** `--name VALUE` parsed as a whole number in [min, max]; an error naming the option or empty. */
QString intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *out);

} // namespace dwh::cli
