// SPDX-License-Identifier: MIT
#include "tablequery.h"

#include <QJsonArray>

#include <algorithm>

namespace dwh::sim {

namespace {

QString keyText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString().toLower();
}

int compareForOrder(const QJsonValue &a, const QJsonValue &b)
{
    const bool an = a.isNull() || a.isUndefined();
    const bool bn = b.isNull() || b.isUndefined();
    if (an || bn)
        return an == bn ? 0 : (an ? -1 : 1);   // nulls first, as in SQL Server
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return QString::compare(a.toVariant().toString(), b.toVariant().toString(), Qt::CaseInsensitive);
}

} // namespace

TableResolver::TableResolver(const Schema &schema, const TableMap &tables, const QString &set)
    : m_schema(schema), m_tables(tables), m_set(set)
{
}

const QJsonObject *TableResolver::find(const QString &set, const QString &key) const
{
    const EntitySetInfo *info = m_schema.entitySet(set);
    const auto table = m_tables.constFind(set);
    if (!info || table == m_tables.constEnd() || key.isEmpty())
        return nullptr;
    auto idx = m_index.find(set);
    if (idx == m_index.end()) {
        QHash<QString, int> built;
        for (int i = 0; i < table->size(); ++i)
            built.insert(keyText(table->at(i).value(info->key)), i);
        idx = m_index.insert(set, built);
    }
    const int i = idx->value(key.toLower(), -1);
    return i < 0 || i >= table->size() ? nullptr : &table->at(i);
}

QJsonValue TableResolver::value(const QJsonObject &row, const QStringList &path) const
{
    const QJsonObject *current = &row;
    QString set = m_set;
    for (int i = 0; i < path.size() - 1; ++i) {
        const NavigationInfo *nav = m_schema.navigation(set, path[i]);
        if (!nav)
            return QJsonValue();
        current = find(nav->targetSet, current->value(nav->lookupColumn).toString());
        if (!current)
            return QJsonValue(QJsonValue::Null);
        set = nav->targetSet;
    }
    return path.isEmpty() ? QJsonValue() : current->value(path.last());
}

TableQuery::TableQuery(const Schema &schema, const TableMap &tables, const QString &set,
                       const ODataQuery &query)
    : m_schema(schema), m_tables(tables), m_set(set), m_query(query), m_resolver(schema, tables, set)
{
}

QSet<QString> TableQuery::knownColumns(const QString &set) const
{
    QSet<QString> cols;
    if (const EntitySetInfo *info = m_schema.entitySet(set))
        cols.insert(info->key);
    for (const NavigationInfo &nav : m_schema.navigations(set))
        cols.insert(nav.lookupColumn);
    for (const QJsonObject &row : m_tables.value(set))
        for (auto it = row.begin(); it != row.end(); ++it)
            cols.insert(it.key());
    return cols;
}

QString TableQuery::unknownProperty(const QString &set, const QString &name) const
{
    const EntitySetInfo *info = m_schema.entitySet(set);
    return QStringLiteral("Could not find a property named '%1' on type '%2'.")
        .arg(name, info ? info->typeName : set);
}

bool TableQuery::validatePath(const QStringList &path, QString *error) const
{
    QString set = m_set;
    for (int i = 0; i < path.size() - 1; ++i) {
        const NavigationInfo *nav = m_schema.navigation(set, path[i]);
        if (!nav) {
            *error = unknownProperty(set, path[i]);
            return false;
        }
        set = nav->targetSet;
    }
    // Without data we cannot know the columns; accept.
    if (m_tables.value(set).isEmpty())
        return true;
    if (!knownColumns(set).contains(path.last())) {
        *error = unknownProperty(set, path.last());
        return false;
    }
    return true;
}

bool TableQuery::validateColumn(const QString &set, const QString &column, QString *error) const
{
    if (m_tables.value(set).isEmpty() || knownColumns(set).contains(column))
        return true;
    *error = unknownProperty(set, column);
    return false;
}

QList<const QJsonObject *> TableQuery::related(const CollectionNavigationInfo &nav,
                                               const QString &key) const
{
    auto pairs = m_pairs.find(nav.intersectTable);
    if (pairs == m_pairs.end()) {
        QHash<QString, QStringList> built;
        for (const QJsonObject &link : m_tables.value(nav.intersectTable))
            built[link.value(nav.fromColumn).toString().toLower()]
                << link.value(nav.toColumn).toString();
        pairs = m_pairs.insert(nav.intersectTable, built);
    }
    QList<const QJsonObject *> out;
    for (const QString &target : pairs->value(key.toLower())) {
        if (const QJsonObject *row = m_resolver.find(nav.targetSet, target))
            out << row;
    }
    return out;
}

bool TableQuery::validate(QString *error) const
{
    for (const QString &col : m_query.select)
        if (!validatePath({col}, error))
            return false;
    for (const QStringList &path : m_query.filter.paths())
        if (!validatePath(path, error))
            return false;
    for (const OrderByItem &o : m_query.orderBy)
        if (!validatePath({o.column}, error))
            return false;
    for (const ExpandItem &e : m_query.expand) {
        if (const CollectionNavigationInfo *many =
                m_schema.collectionNavigation(m_set, e.navigation)) {
            for (const QString &col : e.select)
                if (!validateColumn(many->targetSet, col, error))
                    return false;
            continue;
        }
        const NavigationInfo *nav = m_schema.navigation(m_set, e.navigation);
        if (!nav) {
            *error = unknownProperty(m_set, e.navigation);
            return false;
        }
        for (const QString &col : e.select)
            if (!validatePath({e.navigation, col}, error))
                return false;
    }
    return true;
}

QList<QJsonObject> TableQuery::matchingRows() const
{
    return matchingRows(m_tables.value(m_set));
}

QList<QJsonObject> TableQuery::matchingRows(const QList<QJsonObject> &source) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &row : source)
        if (m_query.filter.matches(row, m_resolver))
            out.append(row);
    if (!m_query.orderBy.isEmpty()) {
        std::stable_sort(out.begin(), out.end(), [this](const QJsonObject &a, const QJsonObject &b) {
            for (const OrderByItem &o : m_query.orderBy) {
                const int c = compareForOrder(a.value(o.column), b.value(o.column));
                if (c != 0)
                    return o.descending ? c > 0 : c < 0;
            }
            return false;
        });
    }
    return out;
}

QJsonObject TableQuery::project(const QJsonObject &row) const
{
    QJsonObject out;
    if (m_query.select.isEmpty()) {
        out = row;
    } else {
        for (const QString &col : m_query.select)
            out.insert(col, row.value(col).isUndefined() ? QJsonValue(QJsonValue::Null) : row.value(col));
        if (const EntitySetInfo *info = m_schema.entitySet(m_set))
            out.insert(info->key, row.value(info->key));
    }
    for (const ExpandItem &e : m_query.expand) {
        if (const CollectionNavigationInfo *many =
                m_schema.collectionNavigation(m_set, e.navigation)) {
            const EntitySetInfo *self = m_schema.entitySet(m_set);
            const EntitySetInfo *target = m_schema.entitySet(many->targetSet);
            QJsonArray list;
            for (const QJsonObject *related :
                 this->related(*many, self ? row.value(self->key).toString() : QString())) {
                QJsonObject sub;
                if (e.select.isEmpty()) {
                    sub = *related;
                } else {
                    for (const QString &col : e.select)
                        sub.insert(col, related->value(col).isUndefined()
                                            ? QJsonValue(QJsonValue::Null)
                                            : related->value(col));
                }
                if (target)
                    sub.insert(target->key, related->value(target->key));
                list.append(sub);
            }
            out.insert(e.navigation, list);
            continue;
        }
        const NavigationInfo *nav = m_schema.navigation(m_set, e.navigation);
        if (!nav)
            continue;
        const QJsonObject *target = m_resolver.find(nav->targetSet, row.value(nav->lookupColumn).toString());
        if (!target) {
            out.insert(e.navigation, QJsonValue(QJsonValue::Null));
            continue;
        }
        QJsonObject sub;
        if (e.select.isEmpty()) {
            sub = *target;
        } else {
            for (const QString &col : e.select)
                sub.insert(col, target->value(col).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                 : target->value(col));
        }
        if (const EntitySetInfo *info = m_schema.entitySet(nav->targetSet))
            sub.insert(info->key, target->value(info->key));
        out.insert(e.navigation, sub);
    }
    return out;
}

QString TableQuery::contextSelection() const
{
    if (m_query.select.isEmpty() && m_query.expand.isEmpty())
        return QString();
    QStringList parts = m_query.select;
    for (const ExpandItem &e : m_query.expand)
        parts.append(e.navigation + u'(' + e.select.join(u',') + u')');
    return u'(' + parts.join(u',') + u')';
}

} // namespace dwh::sim
