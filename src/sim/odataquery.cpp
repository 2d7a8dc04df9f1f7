// SPDX-License-Identifier: MIT
#include "odataquery.h"

#include <QRegularExpression>

namespace dwh::sim {

namespace {

// Splits at commas that are not inside parentheses; nullopt-like empty list + error on imbalance.
bool splitTopLevel(const QString &text, QChar sep, QStringList *out)
{
    int depth = 0;
    QString cur;
    for (const QChar c : text) {
        if (c == u'(') ++depth;
        if (c == u')' && --depth < 0) return false;
        if (c == sep && depth == 0) {
            out->append(cur.trimmed());
            cur.clear();
            continue;
        }
        cur += c;
    }
    if (depth != 0) return false;
    out->append(cur.trimmed());
    return true;
}

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(s).hasMatch();
}

bool parseSelect(const QString &value, QStringList *out, QString *error)
{
    for (const QString &part : value.split(u',')) {
        const QString col = part.trimmed();
        if (!isIdentifier(col)) {
            *error = QStringLiteral("Term '%1' is not valid in a $select or $expand expression.").arg(value);
            return false;
        }
        if (!out->contains(col))
            out->append(col);
    }
    return true;
}

bool parseExpand(const QString &value, QList<ExpandItem> *out, QString *error)
{
    QStringList items;
    if (!splitTopLevel(value, u',', &items)) {
        *error = QStringLiteral("Term '%1' is not valid in a $select or $expand expression.").arg(value);
        return false;
    }
    static const QRegularExpression re(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\((.*)\\))?$"));
    for (const QString &item : items) {
        const auto m = re.match(item);
        if (!m.hasMatch()) {
            *error = QStringLiteral("Term '%1' is not valid in a $select or $expand expression.").arg(item);
            return false;
        }
        ExpandItem e;
        e.navigation = m.captured(1);
        const QString nested = m.captured(2).trimmed();
        if (!nested.isEmpty()) {
            for (const QString &opt : nested.split(u';')) {
                const int eq = int(opt.indexOf(u'='));
                const QString name = opt.left(eq).trimmed();
                if (eq < 0 || name != QLatin1String("$select")) {
                    *error = QStringLiteral("The query option '%1' is not supported inside $expand.").arg(name);
                    return false;
                }
                if (!parseSelect(opt.mid(eq + 1), &e.select, error))
                    return false;
            }
        }
        out->append(e);
    }
    return true;
}

bool parseOrderBy(const QString &value, QList<OrderByItem> *out, QString *error)
{
    for (const QString &part : value.split(u',')) {
        const QStringList words = part.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 2 || !isIdentifier(words[0])
            || (words.size() == 2 && words[1] != QLatin1String("asc") && words[1] != QLatin1String("desc"))) {
            *error = QStringLiteral("Syntax error in $orderby '%1'.").arg(value);
            return false;
        }
        out->append({words[0], words.size() == 2 && words[1] == QLatin1String("desc")});
    }
    return true;
}

bool parseNonNegative(const QString &name, const QString &value, int *out, QString *error)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    if (!ok || v < 0) {
        *error = QStringLiteral("Invalid value '%1' for $%2 query option found. The $%2 query option "
                                "requires a non-negative integer value.").arg(value, name);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

bool ODataQuery::parse(const QUrlQuery &query, const Dialect &dialect, ODataQuery *out, QString *error)
{
    *out = ODataQuery();
    out->filter.setWildcardEquals(dialect.wildcardEquals);
    QStringList seen;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString &key = item.first;
        const QString &value = item.second;
        if (!key.startsWith(u'$')) {
            out->customOptions.append(key);
            continue;
        }
        if (seen.contains(key)) {
            *error = QStringLiteral("Query option '%1' was specified more than once, but it must be "
                                    "specified at most once.").arg(key);
            return false;
        }
        seen.append(key);
        if (key == QLatin1String("$select")) {
            if (!parseSelect(value, &out->select, error)) return false;
        } else if (key == QLatin1String("$filter")) {
            if (!FilterExpr::parse(value, &out->filter, error)) return false;
            out->filter.setWildcardEquals(dialect.wildcardEquals);
        } else if (key == QLatin1String("$top")) {
            if (!parseNonNegative(QStringLiteral("top"), value, &out->top, error)) return false;
        } else if (key == QLatin1String("$skip")) {
            if (!dialect.allowSkip) {
                *error = QStringLiteral("The query parameter $skip is not supported.");
                return false;
            }
            if (!parseNonNegative(QStringLiteral("skip"), value, &out->skip, error)) return false;
        } else if (key == QLatin1String("$expand")) {
            if (!dialect.allowExpand || !parseExpand(value, &out->expand, error)) {
                if (error->isEmpty()) *error = QStringLiteral("The query parameter $expand is not supported.");
                return false;
            }
        } else if (key == QLatin1String("$orderby")) {
            if (!parseOrderBy(value, &out->orderBy, error)) return false;
        } else if (key == QLatin1String("$skiptoken")) {
            out->skipToken = value;
        } else if (key == QLatin1String("$count")) {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                *error = QStringLiteral("'%1' is not a valid count option.").arg(value);
                return false;
            }
            out->count = value == QLatin1String("true");
        } else {
            *error = QStringLiteral("The query parameter %1 is not supported.").arg(key);
            return false;
        }
    }
    return true;
}

Preferences Preferences::parse(const QList<QByteArray> &preferHeaders)
{
    Preferences p;
    for (const QByteArray &header : preferHeaders) {
        for (const QByteArray &raw : header.split(',')) {
            const QByteArray pref = raw.trimmed();
            const int eq = int(pref.indexOf('='));
            const QByteArray name = (eq < 0 ? pref : pref.left(eq)).trimmed().toLower();
            const QByteArray value = eq < 0 ? QByteArray() : pref.mid(eq + 1).trimmed();
            if (name == "odata.maxpagesize") {
                bool ok = false;
                const int n = value.toInt(&ok);
                if (ok && n > 0)
                    p.maxPageSize = n;
            } else if (name == "return" && value == "representation") {
                p.returnRepresentation = true;
            } else if (name == "odata.include-annotations") {
                p.includeAnnotations = true;
            }
        }
    }
    return p;
}

} // namespace dwh::sim
