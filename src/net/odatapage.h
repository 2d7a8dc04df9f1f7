// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dwh {

/** One page of an OData answer, or why it could not be read. */
struct ODataPage
{
    QList<QJsonObject> rows;
    QString nextLink;   // `@odata.nextLink` exactly as sent; empty on the last page
    QString error;      // "malformed answer: …" when the body is unusable; rows are then empty

    bool ok() const { return error.isEmpty(); }
};

/**
 * Parses a collection page `{"value":[{…},…], "@odata.nextLink":"…"}`. Rejects anything else:
 * not JSON, not an object, `value` missing or not an array, a row that is not an object, a
 * nextLink that is not a non-empty string. Pure; safe on any input.
 */
ODataPage parseCollectionPage(const QByteArray &body);

/**
 * The `@odata.nextLink` of a collection page found without parsing the page: the value when the
 * body ends with it as the last member of the top-level object (where Dataverse and F&O put it),
 * empty otherwise. Lets the next page be asked for while this one is parsed; the parse remains
 * the judge (parseCollectionPage() must find the same link). Pure; safe on any input.
 */
QString scanNextLink(const QByteArray &body);

/** Parses a single-object answer (such as WhoAmI): the object itself is the one row. */
ODataPage parseSingleObject(const QByteArray &body);

} // namespace dwh
