// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot.h"

#include <QJsonObject>

namespace dwh {

/**
 * The datasets of a bundle's facts.json, checked the way a server's answer is checked before a
 * rule sees it: a recorded dataset is an object whose `state` is "ok", "failed" or "notFetched",
 * whose `rows` is an array of objects (as `value` of an OData page must be), whose `error` is a
 * string and whose `evidence` is an array of objects with string and number fields where they
 * belong. A dataset that is not so becomes a failed one whose error says what was wrong, so the
 * checks that need it are `unknown` with that reason: never findings from garbage. When
 * `datasets` itself is not an object, every dataset is failed so.
 */
Snapshot recordedSnapshot(const QJsonValue &datasets);

} // namespace dwh
