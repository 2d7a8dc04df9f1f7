// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace dwh {

struct Profile;

/**
 * The request behind each dataset (docs/wire.md "Datasets"). Pure functions, tested against the
 * exact strings: query values are percent-encoded with spaces as %20, while the OData syntax
 * characters (`$ , ' ( ) / =`) stay as they are.
 */

/**
 * The path and query of `dataset`, relative to its service base: "/api/data/v9.2/solutions?…".
 * `userId` is the WhoAmI UserId, used only by dv.userRoles; `environmentId` the Power Platform
 * environment id, used only by pp.environment; `since` the oldest trace row dv.traceLogs asks
 * for (invalid: no time bound).
 */
QString datasetPathAndQuery(Dataset dataset, const QString &userId = QString(),
                            const QString &environmentId = QString(),
                            const QDateTime &since = QDateTime());

/** The full URL: the service base from the profile (trailing slash dropped) plus the path. */
QUrl datasetUrl(const Profile &profile, Dataset dataset, const QString &userId = QString(),
                const QDateTime &since = QDateTime());

/** The type name prefix of the dual-write runtime plug-ins, as trace log rows name them. */
QString dualWriteRuntimeTypePrefix();

/** False for answers that are one object (WhoAmI), true for OData collections. */
bool isCollection(Dataset dataset);

/** Percent-encodes one query value the way the datasets' URLs are written. */
QByteArray encodeQueryValue(const QString &value);

} // namespace dwh
