// SPDX-License-Identifier: MIT
#pragma once

#include "tracerecorder.h"

#include <QJsonObject>
#include <QList>

namespace dwh {

/**
 * The HTTP trace as a HAR 1.2 log (http://www.softwareishard.com/blog/har-12-spec/): one entry
 * per exchange with its method, URL, query, request headers, status, response headers, body (as
 * text, base64 when it is not UTF-8) and timings. The entries come from a TraceRecorder, so they
 * hold no credential; `_service` and `_error` are dwhealth's own fields.
 */
QJsonObject harLog(const QList<TraceEntry> &entries);

} // namespace dwh
