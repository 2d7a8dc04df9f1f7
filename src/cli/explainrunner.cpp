// SPDX-License-Identifier: MIT
#include "explainrunner.h"

#include "clioptions.h"
#include "clistr.h"
#include "ruleset.h"
#include "troubleshooter.h"
#include "terminalout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace dwh::cli {

namespace {

struct ExplainOptions
{
    QString format = QStringLiteral("text");
    bool list = false;
    bool fromStdin = false;
    QString symptomId;
    QStringList textParts;
};

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

// The value of `--name VALUE` or `--name=VALUE`; empty when it is missing.
QString valueOf(const QStringList &args, int *i)
{
    const QString &a = args.at(*i);
    const qsizetype eq = a.indexOf(QLatin1Char('='));
    if (eq >= 0)
        return a.mid(eq + 1);
    return *i + 1 < args.size() ? args.at(++*i) : QString();
}

bool isOption(const QString &arg, const char *name)
{
    return arg == QLatin1String(name) || arg.startsWith(QLatin1String(name) + QLatin1Char('='));
}

bool parseArguments(const QStringList &args, ExplainOptions *o, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (isOption(a, "--format")) {
            o->format = valueOf(args, &i).toLower();
            if (o->format != QLatin1String("text") && o->format != QLatin1String("json"))
                return fail(error, CliTexts::tr("explain --format takes text or json, not \"%1\"")
                                       .arg(o->format));
        } else if (a == QLatin1String("--list")) {
            o->list = true;
        } else if (isOption(a, "--symptom")) {
            o->symptomId = valueOf(args, &i);
            if (o->symptomId.isEmpty())
                return fail(error, CliTexts::tr("--symptom needs a symptom id (see dwhealth explain --list)"));
        } else if (a == QLatin1String("-")) {
            o->fromStdin = true;
        } else if (a == QLatin1String("--")) {
            o->textParts << args.mid(i + 1);
            break;
        } else if (a.startsWith(QLatin1String("--"))) {
            return fail(error, CliTexts::tr("unknown option for explain: %1").arg(a));
        } else {
            o->textParts << a;
        }
    }
    const int modes = int(o->list) + int(!o->symptomId.isEmpty()) + int(o->fromStdin)
                      + int(!o->textParts.isEmpty());
    if (modes != 1) {
        return fail(error, CliTexts::tr("explain needs exactly one of: the error text (quoted), - to read "
                              "it from standard input, --list, or --symptom ID"));
    }
    return true;
}

QString checkCommand()
{
    return QStringLiteral("dwhealth check --profile PROFILE.json");
}

// "prereq.user-roles (DWHC0401): <title>" for the checks a symptom names.
QStringList describeChecks(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        QString line = id;
        for (const Rule &rule : allRules()) {
            if (rule.descriptor.id != id)
                continue;
            line = QStringLiteral("%1 (%2): %3")
                       .arg(id, rule.descriptor.codes.join(QStringLiteral(", ")),
                            QCoreApplication::translate("dwh::Rules",
                                                        rule.descriptor.title.toUtf8().constData()));
        }
        out << line;
    }
    return out;
}

QString versionLine(const VersionMismatch &v)
{
    QString where;
    if (!v.map.isEmpty() || !v.entitySet.isEmpty())
        where = QStringLiteral(" (%1)").arg(QStringList{v.map, v.entitySet}.join(QStringLiteral(", ")));
    const QString verdict = v.installedIsOlder()
        ? (v.package.isEmpty() ? CliTexts::tr("upgrade it")
                               : CliTexts::tr("upgrade the package %1").arg(v.package))
        : CliTexts::tr("the installed version is not older than the required one; check that the message "
             "comes from this environment");
    return CliTexts::tr("%1%2: installed %3, required %4: %5")
        .arg(v.solution, where, v.installed, v.required, verdict);
}

QString symptomText(const Symptom &s, const SymptomMatch *match)
{
    QStringList l;
    l << (match ? CliTexts::tr("Recognised: %1").arg(s.title) : CliTexts::tr("Symptom: %1").arg(s.title));
    l << CliTexts::tr("Symptom id: %1").arg(s.id);
    if (!s.requiredRole.isEmpty())
        l << CliTexts::tr("Who can fix it: %1").arg(s.requiredRole);
    l << QString() << CliTexts::tr("Cause:");
    for (const QString &c : s.causes)
        l << QStringLiteral("  - ") + c;
    l << QString() << CliTexts::tr("Fix:");
    for (int i = 0; i < s.fixSteps.size(); ++i)
        l << QStringLiteral("  %1. %2").arg(QString::number(i + 1), s.fixSteps.at(i));
    for (const RecommendedSetting &r : s.settings)
        l << CliTexts::tr("  %1: recommended %2 (%3)").arg(r.name, QString::number(r.recommended), r.meaning);
    if (!s.settingsNote.isEmpty())
        l << QStringLiteral("  ") + s.settingsNote;
    if (match && !match->versionMismatches.isEmpty()) {
        l << QString() << CliTexts::tr("Solutions named in the message:");
        for (const VersionMismatch &v : match->versionMismatches)
            l << QStringLiteral("  - ") + versionLine(v);
    }
    if (match && !match->fields.isEmpty()) {
        l << QString() << CliTexts::tr("Found in the message:");
        for (const SymptomPattern &p : s.patterns) {  // in pattern order: Session ID first
            for (const QString &name : p.regex.namedCaptureGroups()) {
                if (!name.isEmpty() && match->fields.contains(name))
                    l << QStringLiteral("  %1: %2").arg(s.fieldLabels.value(name, name),
                                                       match->fields.value(name));
            }
        }
    }
    l << QString() << CliTexts::tr("Documentation: %1").arg(s.docUrl) << QString();
    if (s.checkIds.isEmpty()) {
        l << CliTexts::tr("Checks to run: none.");
    } else {
        l << CliTexts::tr("Checks to run: %1").arg(checkCommand()) << CliTexts::tr("  The checks that matter:");
        for (const QString &c : describeChecks(s.checkIds))
            l << QStringLiteral("  - ") + c;
    }
    if (!s.checkNote.isEmpty())
        l << QStringLiteral("  ") + s.checkNote;
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject symptomJson(const Symptom &s, const SymptomMatch *match)
{
    QJsonObject o = symptomToJson(s);
    if (!s.checkIds.isEmpty())
        o.insert(QStringLiteral("checkCommand"), checkCommand());
    if (!match)
        return o;
    o.insert(QStringLiteral("score"), match->score);
    o.insert(QStringLiteral("matched"), QJsonArray::fromStringList(match->matchedText));
    QJsonObject fields;
    for (auto it = match->fields.cbegin(); it != match->fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), fields);
    QJsonArray versions;
    for (const VersionMismatch &v : match->versionMismatches) {
        versions.append(QJsonObject{{QStringLiteral("solution"), v.solution},
                                    {QStringLiteral("installed"), v.installed},
                                    {QStringLiteral("required"), v.required},
                                    {QStringLiteral("map"), v.map},
                                    {QStringLiteral("entitySet"), v.entitySet},
                                    {QStringLiteral("installedIsOlder"), v.installedIsOlder()},
                                    {QStringLiteral("package"), v.package}});
    }
    if (!versions.isEmpty())
        o.insert(QStringLiteral("versionMismatches"), versions);
    return o;
}

QStringList whatToTry()
{
    return {
        CliTexts::tr("Paste the complete message, including its first line and any IDs, in quotes or "
           "through standard input (dwhealth explain -)."),
        CliTexts::tr("Pick the symptom by name: dwhealth explain --list, then dwhealth explain --symptom ID."),
        CliTexts::tr("Run the health check, which finds most setup problems by itself: %1").arg(checkCommand()),
        CliTexts::tr("Read the troubleshooting article: https://learn.microsoft.com/dynamics365/fin-ops-core/"
           "dev-itpro/data-entities/dual-write/dual-write-troubleshooting-dual-write-module"),
    };
}

void print(const QString &text)
{
    writeOut(text);
}

void printJson(const QJsonObject &o)
{
    writeOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

int explainText(const Troubleshooter &t, const QString &text, bool json)
{
    const QList<SymptomMatch> matches = t.explain(text);
    if (json) {
        QJsonArray list;
        for (const SymptomMatch &m : matches)
            list.append(symptomJson(m.symptom, &m));
        QJsonObject o{{QStringLiteral("recognised"), !matches.isEmpty()},
                      {QStringLiteral("matches"), list}};
        if (matches.isEmpty())
            o.insert(QStringLiteral("whatToTry"), QJsonArray::fromStringList(whatToTry()));
        printJson(o);
    } else if (matches.isEmpty()) {
        QString out = CliTexts::tr("No known dual-write problem matches this text.") + QLatin1Char('\n')
                      + CliTexts::tr("What to try:") + QLatin1Char('\n');
        for (const QString &hint : whatToTry())
            out += QStringLiteral("  - ") + hint + QLatin1Char('\n');
        print(out);
    } else {
        QString out = symptomText(matches.first().symptom, &matches.first());
        // Only close runners-up: a shared fragment ("403 Forbidden") of a far better match is noise.
        QString others;
        for (qsizetype i = 1; i < matches.size(); ++i) {
            if (2 * matches.at(i).score < matches.first().score)
                continue;
            others += CliTexts::tr("  - %1 (dwhealth explain --symptom %2)")
                          .arg(matches.at(i).symptom.title, matches.at(i).symptom.id)
                      + QLatin1Char('\n');
        }
        if (!others.isEmpty())
            out += QLatin1Char('\n') + CliTexts::tr("Also possible:") + QLatin1Char('\n') + others;
        print(out);
    }
    return matches.isEmpty() ? ExitFail : ExitPass;
}

} // namespace

int runExplain(const QStringList &arguments)
{
    ExplainOptions o;
    QString error;
    if (!parseArguments(arguments, &o, &error)) {
        errLine(error);
        return ExitUsage;
    }
    const bool json = o.format == QLatin1String("json");
    const Troubleshooter troubleshooter;
    if (o.list) {
        QJsonArray list;
        QString out;
        for (const Symptom &s : troubleshooter.symptoms()) {
            list.append(symptomJson(s, nullptr));
            out += s.id + QLatin1Char('\t') + s.title + QLatin1Char('\n');
        }
        json ? printJson(QJsonObject{{QStringLiteral("symptoms"), list}}) : print(out);
        return ExitPass;
    }
    if (!o.symptomId.isEmpty()) {
        Symptom s;
        if (!troubleshooter.symptom(o.symptomId, &s)) {
            errLine(CliTexts::tr("no symptom \"%1\"; dwhealth explain --list shows them")
                        .arg(o.symptomId));
            return ExitUsage;
        }
        json ? printJson(symptomJson(s, nullptr)) : print(symptomText(s, nullptr));
        return ExitPass;
    }
    QString text = o.textParts.join(QLatin1Char(' '));
    if (o.fromStdin) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            text = QString::fromUtf8(in.readAll());
    }
    if (text.trimmed().isEmpty()) {
        errLine(CliTexts::tr("explain: the error text is empty"));
        return ExitUsage;
    }
    return explainText(troubleshooter, text, json);
}

} // namespace dwh::cli
