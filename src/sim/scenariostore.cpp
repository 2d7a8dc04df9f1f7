// SPDX-License-Identifier: MIT
#include "scenariostore.h"

#include "boundedread.h"
#include "scenariogenerator.h"
#include "scenariopatch.h"
#include "simstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace dwh::sim {

namespace {

const QString resourceDir = QStringLiteral(":/scenarios");
const QStringList dataSections{QStringLiteral("dataverse"), QStringLiteral("financeAndOperations"),
                               QStringLiteral("powerPlatform")};
constexpr int MaxBaseDepth = 8;

struct BuiltIn
{
    QString name;
    QString description;
    QString file;
};

QList<BuiltIn> builtIns()
{
    static const QList<BuiltIn> list = [] {
        QList<BuiltIn> out;
        const QStringList files = QDir(resourceDir).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &f : files) {
            QFile file(resourceDir + u'/' + f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
            const QString name = o.value(QStringLiteral("name")).toString();
            if (!name.isEmpty())
                out.append({name, o.value(QStringLiteral("description")).toString(), file.fileName()});
        }
        std::sort(out.begin(), out.end(), [](const BuiltIn &a, const BuiltIn &b) {
            const bool ah = a.name == QLatin1String("healthy");
            const bool bh = b.name == QLatin1String("healthy");
            if (ah != bh)
                return ah;
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        return out;
    }();
    return list;
}

QJsonValue substitute(const QJsonValue &v, const QHash<QString, QString> &placeholders)
{
    if (v.isString()) {
        QString s = v.toString();
        if (s.contains(u'{'))
            for (auto it = placeholders.begin(); it != placeholders.end(); ++it)
                s.replace(u'{' + it.key() + u'}', it.value());
        return s;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(substitute(e, placeholders));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), substitute(it.value(), placeholders));
        return out;
    }
    return v;
}

QList<QJsonObject> rowsOf(const QJsonValue &v)
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toObject());
    return out;
}

} // namespace

QStringList ScenarioStore::builtInNames()
{
    QStringList out;
    for (const BuiltIn &b : builtIns())
        out.append(b.name);
    return out;
}

QString ScenarioStore::description(const QString &name)
{
    for (const BuiltIn &b : builtIns())
        if (b.name.compare(name, Qt::CaseInsensitive) == 0)
            return b.description;
    return QString();
}

bool ScenarioStore::readDocument(const QString &nameOrPath, const QString &relativeTo, QJsonObject *out,
                                 QString *file, QString *error)
{
    QString path;
    for (const BuiltIn &b : builtIns()) {
        if (b.name.compare(nameOrPath, Qt::CaseInsensitive) == 0
            || QFileInfo(b.file).completeBaseName().compare(nameOrPath, Qt::CaseInsensitive) == 0) {
            path = b.file;
            break;
        }
    }
    if (path.isEmpty()) {
        path = nameOrPath;
        if (QFileInfo(path).isRelative() && !relativeTo.isEmpty()
            && QFileInfo::exists(QFileInfo(relativeTo).dir().filePath(path)))
            path = QFileInfo(relativeTo).dir().filePath(path);
    }
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("%1: no built-in scenario of that name and no readable file (known: %2)")
                     .arg(nameOrPath, builtInNames().join(QStringLiteral(", ")));
        return false;
    }
    QString reason;
    const std::optional<QByteArray> content = readFileCapped(path, FileLimits::Scenario, &reason);
    if (!content) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    const QByteArray &data = *content;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = int(data.left(pe.offset).count('\n')) + 1;
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(line)
                     .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                               : QStringLiteral("a scenario must be a JSON object"));
        return false;
    }
    *out = doc.object();
    *file = path;
    return true;
}

bool ScenarioStore::resolve(const QString &nameOrPath, QJsonObject *out, QString *error)
{
    if (!resolveAt(nameOrPath, QString(), 0, out, error))
        return false;
    const QJsonObject gen = out->value(QStringLiteral("generate")).toObject();
    if (!gen.isEmpty() && !ScenarioGenerator::generate(gen, out, error))
        return false;
    return true;
}

bool ScenarioStore::resolveAt(const QString &nameOrPath, const QString &relativeTo, int depth,
                              QJsonObject *out, QString *error)
{
    if (depth > MaxBaseDepth) {
        *error = QStringLiteral("%1: the chain of \"base\" scenarios is too long (a cycle?)").arg(nameOrPath);
        return false;
    }
    QJsonObject doc;
    QString file;
    if (!readDocument(nameOrPath, relativeTo, &doc, &file, error))
        return false;

    QJsonObject result;
    const QJsonValue base = doc.value(QStringLiteral("base"));
    if (base.isString() && !base.toString().isEmpty()) {
        if (!resolveAt(base.toString(), file, depth + 1, &result, error)) {
            *error = file + QStringLiteral(": base: ") + *error;
            return false;
        }
    } else if (!base.isNull() && !base.isUndefined()) {
        *error = file + QStringLiteral(": base: must be a scenario name, a file name or null");
        return false;
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("base") || key == QLatin1String("patch"))
            continue;
        if (dataSections.contains(key) || key == QLatin1String("profile")) {
            // Section-wise: a table (or profile key) given here replaces the base's.
            QJsonObject merged = result.value(key).toObject();
            const QJsonObject mine = it.value().toObject();
            for (auto t = mine.begin(); t != mine.end(); ++t)
                merged.insert(t.key(), t.value());
            result.insert(key, merged);
        } else {
            result.insert(key, it.value());
        }
    }
    const QJsonObject patch = doc.value(QStringLiteral("patch")).toObject();
    if (!patch.isEmpty()) {
        QString patchError;
        if (!ScenarioPatch::apply(patch, &result, &patchError)) {
            *error = file + QStringLiteral(": patch: ") + patchError;
            return false;
        }
    }
    *out = result;
    return true;
}

void ScenarioStore::instantiate(const QJsonObject &scenario, const QHash<QString, QString> &placeholders,
                                SimState *state)
{
    const QJsonObject dv = substitute(scenario.value(QStringLiteral("dataverse")), placeholders).toObject();
    const QJsonObject fo = substitute(scenario.value(QStringLiteral("financeAndOperations")), placeholders).toObject();
    const QJsonObject pp = substitute(scenario.value(QStringLiteral("powerPlatform")), placeholders).toObject();

    state->dataverse.clear();
    state->whoAmI = dv.value(QStringLiteral("whoami")).toObject();
    state->systemUserRoles = rowsOf(dv.value(QStringLiteral("systemuserroles")));
    for (auto it = dv.begin(); it != dv.end(); ++it) {
        if (it.key() == QLatin1String("whoami") || it.key() == QLatin1String("systemuserroles"))
            continue;
        QList<QJsonObject> rows = rowsOf(it.value());
        for (QJsonObject &row : rows)
            if (!row.contains(QStringLiteral("versionnumber")))
                row.insert(QStringLiteral("versionnumber"), double(state->bumpVersion()));
        state->dataverse.insert(it.key(), rows);
    }
    // The $expand of systemuserroles_association reads the pairs from the table map too.
    state->dataverse.insert(QStringLiteral("systemuserroles"), state->systemUserRoles);
    state->financeAndOperations.clear();
    for (auto it = fo.begin(); it != fo.end(); ++it)
        state->financeAndOperations.insert(it.key(), rowsOf(it.value()));
    state->connections = rowsOf(pp.value(QStringLiteral("connections")));
    state->adminEnvironment = pp.value(QStringLiteral("environment")).toObject();
}

} // namespace dwh::sim
