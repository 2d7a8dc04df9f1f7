// SPDX-License-Identifier: MIT
#pragma once

#include "filterexpr.h"
#include "odataquery.h"
#include "schema.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace dwh::sim {

/** A service's tables: entity set name → rows. */
using TableMap = QHash<QString, QList<QJsonObject>>;

/** Resolves `$filter` paths on rows of `set`, following the schema's navigation properties. */
class TableResolver final : public FieldResolver
{
public:
    TableResolver(const Schema &schema, const TableMap &tables, const QString &set);
    QJsonValue value(const QJsonObject &row, const QStringList &path) const override;
    /** The row of `set` whose key equals `key` (GUIDs compare case-insensitively), or null. */
    const QJsonObject *find(const QString &set, const QString &key) const;

private:
    const Schema &m_schema;
    const TableMap &m_tables;
    QString m_set;
    mutable QHash<QString, QHash<QString, int>> m_index;   // set → lowercased key → row index
};

/** Evaluates an ODataQuery against a table: validation, filter, order, projection. */
class TableQuery final
{
public:
    TableQuery(const Schema &schema, const TableMap &tables, const QString &set, const ODataQuery &query);

    /** Checks that every selected, filtered, ordered and expanded property exists. */
    bool validate(QString *error) const;
    /** The rows of `source` (default: the set's table) that match, in `$orderby` order. */
    QList<QJsonObject> matchingRows(const QList<QJsonObject> &source) const;
    QList<QJsonObject> matchingRows() const;
    /** One row as the service returns it: selected columns (+ key) and expanded properties. */
    QJsonObject project(const QJsonObject &row) const;
    /** The `(cols,nav(cols))` part of `@odata.context`, or empty without `$select`. */
    QString contextSelection() const;

    /** Every column a row of `set` may have (from the data and the schema). */
    QSet<QString> knownColumns(const QString &set) const;

private:
    bool validatePath(const QStringList &path, QString *error) const;
    bool validateColumn(const QString &set, const QString &column, QString *error) const;
    /** The target rows of a collection-valued navigation for the row whose key is `key`. */
    QList<const QJsonObject *> related(const CollectionNavigationInfo &nav, const QString &key) const;
    QString unknownProperty(const QString &set, const QString &name) const;

    const Schema &m_schema;
    const TableMap &m_tables;
    QString m_set;
    const ODataQuery &m_query;
    TableResolver m_resolver;
    mutable QHash<QString, QHash<QString, QStringList>> m_pairs;  // intersect → from → [to]
};

} // namespace dwh::sim
