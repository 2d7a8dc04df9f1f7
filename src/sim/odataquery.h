// SPDX-License-Identifier: MIT
#pragma once

#include "filterexpr.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace dwh::sim {

/** One `$expand` item: a single-valued navigation property with an optional nested `$select`. */
struct ExpandItem
{
    QString navigation;
    QStringList select;   // empty: every column
};

struct OrderByItem
{
    QString column;
    bool descending = false;
};

/** The system query options of one OData request. */
struct ODataQuery
{
    /** Which options the service accepts. */
    struct Dialect
    {
        bool allowSkip = false;       // F&O: yes; Dataverse: no
        bool allowExpand = true;
        bool wildcardEquals = false;  // F&O: `eq '*x*'`
    };

    QStringList select;               // empty: every column
    FilterExpr filter;
    int top = -1;                     // -1: not given
    int skip = 0;
    QList<ExpandItem> expand;
    QList<OrderByItem> orderBy;
    QString skipToken;                // decoded
    bool count = false;
    QStringList customOptions;        // non-$ parameters (e.g. cross-company)

    /** Parses `query`; returns false with an OData-style message when an option is invalid. */
    static bool parse(const QUrlQuery &query, const Dialect &dialect, ODataQuery *out, QString *error);
};

/** What the client asked for in its `Prefer` header(s). */
struct Preferences
{
    int maxPageSize = -1;             // -1: not given
    bool returnRepresentation = false;
    bool includeAnnotations = false;

    static Preferences parse(const QList<QByteArray> &preferHeaders);
};

} // namespace dwh::sim
