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

/** Parses a single-object answer (such as WhoAmI): the object itself is the one row. */
ODataPage parseSingleObject(const QByteArray &body);

} // namespace dwh
