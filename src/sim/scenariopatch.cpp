// SPDX-License-Identifier: MIT
#include "scenariopatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dwh::sim {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool patchObject(const QJsonObject &ops, QJsonObject *target, const QString &where, QString *error)
{
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        if (it.key() != QLatin1String("set")) {
            *error = QStringLiteral("%1: unknown operation \"%2\" (an object table takes \"set\")").arg(where, it.key());
            return false;
        }
        const QJsonObject set = it.value().toObject();
        for (auto s = set.begin(); s != set.end(); ++s)
            target->insert(s.key(), s.value());
    }
    return true;
}

bool patchRows(const QJsonObject &ops, QJsonArray *rows, const QString &where, QString *error)
{
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        const QString &op = it.key();
        if (op != QLatin1String("remove") && op != QLatin1String("update") && op != QLatin1String("add")) {
            *error = QStringLiteral("%1: unknown operation \"%2\" (use remove, update, add)").arg(where, op);
            return false;
        }
    }
    for (const QJsonValue &m : ops.value(QStringLiteral("remove")).toArray()) {
        const QJsonObject match = m.toObject();
        int removed = 0;
        for (int i = int(rows->size()) - 1; i >= 0; --i) {
            if (ScenarioPatch::matches(rows->at(i).toObject(), match)) {
                rows->removeAt(i);
                ++removed;
            }
        }
        if (removed == 0) {
            *error = QStringLiteral("%1: remove %2 matches no row").arg(where, compact(match));
            return false;
        }
    }
    for (const QJsonValue &u : ops.value(QStringLiteral("update")).toArray()) {
        const QJsonObject match = u.toObject().value(QStringLiteral("match")).toObject();
        const QJsonObject set = u.toObject().value(QStringLiteral("set")).toObject();
        int updated = 0;
        for (int i = 0; i < rows->size(); ++i) {
            QJsonObject row = rows->at(i).toObject();
            if (!ScenarioPatch::matches(row, match))
                continue;
            for (auto s = set.begin(); s != set.end(); ++s)
                row.insert(s.key(), s.value());
            rows->replace(i, row);
            ++updated;
        }
        if (updated == 0) {
            *error = QStringLiteral("%1: update %2 matches no row").arg(where, compact(match));
            return false;
        }
    }
    for (const QJsonValue &a : ops.value(QStringLiteral("add")).toArray())
        rows->append(a);
    return true;
}

} // namespace

bool ScenarioPatch::matches(const QJsonObject &row, const QJsonObject &match)
{
    if (match.isEmpty())
        return false;
    for (auto it = match.begin(); it != match.end(); ++it) {
        const QJsonValue v = row.value(it.key());
        if (it.value().isString() && v.isString()) {
            if (v.toString().compare(it.value().toString(), Qt::CaseInsensitive) != 0)
                return false;
        } else if (v != it.value() && !(it.value().isNull() && v.isUndefined())) {
            return false;
        }
    }
    return true;
}

bool ScenarioPatch::apply(const QJsonObject &patch, QJsonObject *scenario, QString *error)
{
    for (auto sec = patch.begin(); sec != patch.end(); ++sec) {
        const QString &section = sec.key();
        if (section == QLatin1String("profile")) {
            QJsonObject profile = scenario->value(section).toObject();
            if (!patchObject(sec.value().toObject(), &profile, section, error))
                return false;
            scenario->insert(section, profile);
            continue;
        }
        if (!scenario->value(section).isObject()) {
            *error = QStringLiteral("%1: the base has no such section").arg(section);
            return false;
        }
        QJsonObject tables = scenario->value(section).toObject();
        const QJsonObject tableOps = sec.value().toObject();
        for (auto t = tableOps.begin(); t != tableOps.end(); ++t) {
            const QString where = section + u'.' + t.key();
            const QJsonValue current = tables.value(t.key());
            if (current.isObject()) {
                QJsonObject obj = current.toObject();
                if (!patchObject(t.value().toObject(), &obj, where, error))
                    return false;
                tables.insert(t.key(), obj);
            } else {
                QJsonArray rows = current.toArray();
                if (!patchRows(t.value().toObject(), &rows, where, error))
                    return false;
                tables.insert(t.key(), rows);
            }
        }
        scenario->insert(section, tables);
    }
    return true;
}

} // namespace dwh::sim
