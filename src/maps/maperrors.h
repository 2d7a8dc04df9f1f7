// SPDX-License-Identifier: MIT
// Live-sync errors from the dual-write plug-in's trace log rows, each with its troubleshooter cause.
#pragma once

#include "tablemaps.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace dwh {

class Troubleshooter;

struct TraceErrors
{
    QList<MapError> errors;    // newest first
    QList<ErrorGroup> groups;  // most errors first, then the newest
};

/**
 * The errors in `rows` (dv.traceLogs: plugintracelog rows) that the dual-write runtime plug-in
 * logged at or after `since` with exception details. `tableToMap` gives the map of a Dataverse
 * table (logical name → ProjectName). Each message goes through `troubleshooter` once (repeated
 * messages are matched once); messages no symptom recognises are grouped under "unrecognised".
 */
TraceErrors readTraceErrors(const QList<QJsonObject> &rows, const QDateTime &since,
                            const QHash<QString, QString> &tableToMap,
                            const Troubleshooter &troubleshooter);

/** The message as shown: control characters removed, whitespace collapsed, at most 2000 chars. */
QString cleanedErrorMessage(const QString &text);

} // namespace dwh
