// SPDX-License-Identifier: MIT
#include "symptom.h"

#include "troubleshootstr.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace dwh {

namespace {

bool readString(const QJsonObject &o, const char *key, const QString &where, bool required,
                QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        *error = Troubleshoot::tr("%1.%2: must be a non-empty string")
                     .arg(where, QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

bool readStrings(const QJsonObject &o, const char *key, const QString &where, bool required,
                 QStringList *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return true;
    const QJsonArray array = v.toArray();
    if (!v.isArray() || (required && array.isEmpty())) {
        *error = Troubleshoot::tr("%1.%2: must be a non-empty list of strings")
                     .arg(where, QLatin1String(key));
        return false;
    }
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            *error = Troubleshoot::tr("%1.%2: every item must be a non-empty string")
                         .arg(where, QLatin1String(key));
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool readPatterns(const QJsonObject &o, const QString &where, QList<SymptomPattern> *out,
                  QString *error)
{
    const QJsonArray array = o.value(QLatin1String("patterns")).toArray();
    bool counts = false;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1.patterns[%2]").arg(where, QString::number(i));
        const QJsonObject p = array.at(i).toObject();
        SymptomPattern pattern;
        pattern.regex = QRegularExpression(p.value(QLatin1String("regex")).toString(),
                                           QRegularExpression::CaseInsensitiveOption);
        pattern.weight = p.value(QLatin1String("weight")).toInt(10);
        if (pattern.regex.pattern().isEmpty() || !pattern.regex.isValid()) {
            *error = Troubleshoot::tr("%1.regex: not a valid regular expression (%2)")
                         .arg(at, pattern.regex.errorString());
            return false;
        }
        if (pattern.weight < 0) {
            *error = Troubleshoot::tr("%1.weight: must be 0 or more").arg(at);
            return false;
        }
        counts = counts || pattern.weight > 0;
        out->append(pattern);
    }
    if (!counts) {
        *error = Troubleshoot::tr("%1.patterns: needs at least one pattern with a weight above 0")
                     .arg(where);
        return false;
    }
    return true;
}

bool readSettings(const QJsonObject &o, const QString &where, QList<RecommendedSetting> *out,
                  QString *error)
{
    const QJsonArray array = o.value(QLatin1String("settings")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1.settings[%2]").arg(where, QString::number(i));
        const QJsonObject s = array.at(i).toObject();
        RecommendedSetting setting;
        if (!readString(s, "name", at, true, &setting.name, error)
            || !readString(s, "meaning", at, true, &setting.meaning, error))
            return false;
        setting.recommended = s.value(QLatin1String("recommended")).toInt(-1);
        if (setting.recommended < 0) {
            *error = Troubleshoot::tr("%1.recommended: must be a whole number").arg(at);
            return false;
        }
        out->append(setting);
    }
    return true;
}

bool readSources(const QJsonObject &o, const QString &where, QList<SymptomSource> *out,
                 QString *error)
{
    static const QRegularExpression commitPattern(QStringLiteral("^[0-9a-f]{40}$"));
    const QJsonArray array = o.value(QLatin1String("sources")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1.sources[%2]").arg(where, QString::number(i));
        const QJsonObject s = array.at(i).toObject();
        SymptomSource source;
        if (!readString(s, "repo", at, false, &source.repo, error)
            || !readString(s, "path", at, true, &source.path, error)
            || !readString(s, "commit", at, false, &source.commit, error)
            || !readString(s, "note", at, false, &source.note, error))
            return false;
        if (!source.repo.isEmpty() && !commitPattern.match(source.commit).hasMatch()) {
            *error = Troubleshoot::tr("%1.commit: must be the 40 hex digits of the commit read")
                         .arg(at);
            return false;
        }
        out->append(source);
    }
    return true;
}

QString translate(const QString &text)
{
    return text.isEmpty() ? text : Symptoms::tr(text.toUtf8().constData());
}

QStringList translate(const QStringList &texts)
{
    QStringList out;
    for (const QString &t : texts)
        out << translate(t);
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

bool symptomFromJson(const QJsonObject &o, const QString &where, Symptom *s, QString *error)
{
    if (!readString(o, "id", where, true, &s->id, error)
        || !readString(o, "title", where, true, &s->title, error)
        || !readPatterns(o, where, &s->patterns, error)
        || !readStrings(o, "causes", where, true, &s->causes, error)
        || !readStrings(o, "fixSteps", where, true, &s->fixSteps, error)
        || !readString(o, "requiredRole", where, false, &s->requiredRole, error)
        || !readStrings(o, "checks", where, false, &s->checkIds, error)
        || !readString(o, "checkNote", where, false, &s->checkNote, error)
        || !readString(o, "docUrl", where, true, &s->docUrl, error)
        || !readStrings(o, "examples", where, false, &s->examples, error)
        || !readSettings(o, where, &s->settings, error)
        || !readString(o, "settingsNote", where, false, &s->settingsNote, error)
        || !readString(o, "parser", where, false, &s->parser, error)
        || !readStrings(o, "codes", where, false, &s->codes, error)
        || !readStrings(o, "guidedFixes", where, false, &s->guidedFixes, error)
        || !readSources(o, where, &s->sources, error))
        return false;
    if (!s->docUrl.startsWith(QLatin1String("https://learn.microsoft.com/"))) {
        *error = Troubleshoot::tr("%1.docUrl: must be a https://learn.microsoft.com/ page").arg(where);
        return false;
    }
    if (!s->parser.isEmpty() && s->parser != QLatin1String("versionMismatch")) {
        *error = Troubleshoot::tr("%1.parser: unknown parser \"%2\"").arg(where, s->parser);
        return false;
    }
    const QJsonObject labels = o.value(QLatin1String("fieldLabels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        s->fieldLabels.insert(it.key(), it.value().toString(it.key()));
    return true;
}

Symptom translatedSymptom(const Symptom &symptom)
{
    Symptom t = symptom;
    t.title = translate(symptom.title);
    t.causes = translate(symptom.causes);
    t.fixSteps = translate(symptom.fixSteps);
    t.requiredRole = translate(symptom.requiredRole);
    t.checkNote = translate(symptom.checkNote);
    t.settingsNote = translate(symptom.settingsNote);
    for (auto it = t.fieldLabels.begin(); it != t.fieldLabels.end(); ++it)
        it.value() = translate(it.value());
    for (RecommendedSetting &s : t.settings) {
        s.name = translate(s.name);
        s.meaning = translate(s.meaning);
    }
    return t;
}

QJsonObject symptomToJson(const Symptom &s)
{
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("causes"), toArray(s.causes)},
        {QStringLiteral("fixSteps"), toArray(s.fixSteps)},
        {QStringLiteral("checks"), toArray(s.checkIds)},
        {QStringLiteral("docUrl"), s.docUrl},
    };
    if (!s.requiredRole.isEmpty())
        o.insert(QStringLiteral("requiredRole"), s.requiredRole);
    if (!s.checkNote.isEmpty())
        o.insert(QStringLiteral("checkNote"), s.checkNote);
    if (!s.examples.isEmpty())
        o.insert(QStringLiteral("examples"), toArray(s.examples));
    if (!s.codes.isEmpty())
        o.insert(QStringLiteral("codes"), toArray(s.codes));
    if (!s.guidedFixes.isEmpty()) {
        QStringList commands;
        for (const QString &code : s.guidedFixes)
            commands << QStringLiteral("dwhealth fix %1 --profile PROFILE.json").arg(code);
        o.insert(QStringLiteral("guidedFixes"), toArray(s.guidedFixes));
        o.insert(QStringLiteral("fixCommands"), toArray(commands));
    }
    if (!s.sources.isEmpty()) {
        QJsonArray sources;
        for (const SymptomSource &src : s.sources) {
            QJsonObject j{{QStringLiteral("path"), src.path}};
            if (!src.repo.isEmpty())
                j.insert(QStringLiteral("repo"), src.repo);
            if (!src.commit.isEmpty())
                j.insert(QStringLiteral("commit"), src.commit);
            if (!src.note.isEmpty())
                j.insert(QStringLiteral("note"), src.note);
            sources.append(j);
        }
        o.insert(QStringLiteral("sources"), sources);
    }
    if (!s.settings.isEmpty()) {
        QJsonArray settings;
        for (const RecommendedSetting &r : s.settings) {
            settings.append(QJsonObject{{QStringLiteral("name"), r.name},
                                        {QStringLiteral("meaning"), r.meaning},
                                        {QStringLiteral("recommended"), r.recommended}});
        }
        o.insert(QStringLiteral("settings"), settings);
        o.insert(QStringLiteral("settingsNote"), s.settingsNote);
    }
    return o;
}

} // namespace dwh
