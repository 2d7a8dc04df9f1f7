// SPDX-License-Identifier: MIT
#include "explainformat.h"

#include "clistr.h"
#include "ruleset.h"

#include <QCoreApplication>

namespace dwh::cli {

namespace {

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

QString fixCommand(const QString &code)
{
    return QStringLiteral("dwhealth fix %1 --profile PROFILE.json").arg(code);
}

QString sourceText(const SymptomSource &src)
{
    QString out = src.repo.isEmpty() ? src.path : QStringLiteral("%1:%2@%3").arg(src.repo, src.path, src.commit);
    if (!src.note.isEmpty())
        out += QStringLiteral(" (%1)").arg(src.note);
    return out;
}

// "  line 12: <text>", at most kShownLines of them; long lines shortened.
constexpr int kShownLines = 5;
constexpr int kLineChars = 240;

QStringList matchedLines(const QList<MatchedLine> &lines)
{
    QStringList out;
    for (qsizetype i = 0; i < lines.size() && i < kShownLines; ++i) {
        QString text = lines.at(i).text.simplified();
        if (text.size() > kLineChars)
            text = text.left(kLineChars - 1) + QChar(0x2026);
        out << QStringLiteral("  %1: %2").arg(lines.at(i).where, text);
    }
    if (lines.size() > kShownLines)
        out << CliTexts::tr("  … and more lines: %1").arg(lines.size() - kShownLines);
    return out;
}

} // namespace

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
    if (match && !match->lines.isEmpty()) {
        l << QString() << CliTexts::tr("Matched lines:");
        l << matchedLines(match->lines);
    }
    if (!s.codes.isEmpty())
        l << QString() << CliTexts::tr("Codes: %1").arg(s.codes.join(QStringLiteral(", ")));
    l << QString() << CliTexts::tr("Documentation: %1").arg(s.docUrl);
    for (const SymptomSource &src : s.sources)
        l << CliTexts::tr("Source: %1").arg(sourceText(src));
    l << QString();
    if (s.checkIds.isEmpty()) {
        l << CliTexts::tr("Checks to run: none.");
    } else {
        l << CliTexts::tr("Checks to run: %1").arg(checkCommand()) << CliTexts::tr("  The checks that matter:");
        for (const QString &c : describeChecks(s.checkIds))
            l << QStringLiteral("  - ") + c;
    }
    if (!s.checkNote.isEmpty())
        l << QStringLiteral("  ") + s.checkNote;
    for (const QString &code : s.guidedFixes)
        l << CliTexts::tr("Guided fix: %1").arg(fixCommand(code));
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
    QJsonArray lines;
    for (const MatchedLine &l : match->lines)
        lines.append(QJsonObject{{QStringLiteral("where"), l.where}, {QStringLiteral("text"), l.text}});
    o.insert(QStringLiteral("lines"), lines);
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

QString inputKind(PastedText::Kind kind)
{
    switch (kind) {
    case PastedText::Kind::Har:
        return QStringLiteral("har");
    case PastedText::Kind::Json:
        return QStringLiteral("json");
    case PastedText::Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

QJsonArray suggestionsJson(const QList<SymptomSuggestion> &suggestions)
{
    QJsonArray out;
    for (const SymptomSuggestion &s : suggestions) {
        out.append(QJsonObject{{QStringLiteral("id"), s.symptom.id},
                               {QStringLiteral("title"), s.symptom.title},
                               {QStringLiteral("similarity"), qRound(s.similarity * 100) / 100.0},
                               {QStringLiteral("sharedWords"), QJsonArray::fromStringList(s.sharedWords)}});
    }
    return out;
}

// Runners-up of one error: other readings of the same lines, when close enough to the best.
QString alsoPossible(const QList<SymptomMatch> &matches, qsizetype primary)
{
    QString others;
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const SymptomMatch &m = matches.at(i);
        if (m.alternativeTo != primary || 2 * m.score < matches.at(primary).score)
            continue;
        others += CliTexts::tr("  - %1 (dwhealth explain --symptom %2)").arg(m.symptom.title, m.symptom.id)
                  + QLatin1Char('\n');
    }
    return others.isEmpty() ? QString()
                            : QLatin1Char('\n') + CliTexts::tr("Also possible:") + QLatin1Char('\n') + others;
}

} // namespace dwh::cli
