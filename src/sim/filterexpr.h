// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace dwh::sim {

struct FilterNode;

/** Looks up a (possibly navigation) property path such as `businessunitid/name` on a row. */
class FieldResolver
{
public:
    virtual ~FieldResolver();
    /** The value at `path`; undefined or null when absent. */
    virtual QJsonValue value(const QJsonObject &row, const QStringList &path) const = 0;
};

/** Resolves single-segment paths directly on the row (no navigation). */
class PlainResolver final : public FieldResolver
{
public:
    QJsonValue value(const QJsonObject &row, const QStringList &path) const override;
};

/**
 * An OData `$filter` expression: `eq ne gt ge lt le and or not`, parentheses, `null true false`,
 * integers and decimals, 'strings' ('' escapes a quote), unquoted GUIDs, enum literals
 * (`Ns.Type'Value'`), property paths `a/b`, and `contains/startswith/endswith(path,'x')`.
 * Parsing is bounded (length, token count, nesting depth) and never throws: bad input gives an
 * error message in the style of the OData libraries ("Syntax error at position 7 in '...'.").
 * String comparisons are case-insensitive, as in Dataverse and F&O.
 */
class FilterExpr final
{
public:
    static constexpr int MaxLength = 8192;
    static constexpr int MaxDepth = 32;
    static constexpr int MaxTokens = 2048;

    FilterExpr();
    ~FilterExpr();
    FilterExpr(const FilterExpr &other);
    FilterExpr &operator=(const FilterExpr &other);

    /** Parses `text`; returns false and sets `error` when it is not a valid filter. */
    static bool parse(const QString &text, FilterExpr *out, QString *error);

    bool isEmpty() const;
    /** Evaluates the filter on a row; an empty filter matches every row. */
    bool matches(const QJsonObject &row, const FieldResolver &resolver) const;
    /** Every property path the filter reads, e.g. {"isdefault"}, {"businessunitid", "name"}. */
    QList<QStringList> paths() const;
    /** F&O semantics: `eq '*text*'` is a wildcard match. */
    void setWildcardEquals(bool on);

private:
    std::shared_ptr<const FilterNode> m_root;
    bool m_wildcard = false;
};

} // namespace dwh::sim
