// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "dataset.h"
#include "snapshot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dwh {

/** Small helpers shared by the rule files: row access, result building, failure reasons. */

/** A row's string column; empty when absent, null or not a string. */
QString columnText(const QJsonObject &row, const QString &column);
/** True when a lookup column (e.g. `_cdm_defaultowningteam_value`) holds no id. */
bool isNullLookup(const QJsonObject &row, const QString &column);

CheckResult makeResult(CheckStatus status, const QStringList &codes, const QString &message,
                       const QJsonObject &details = {});

QJsonArray toJsonArray(const QStringList &list);

/** How many names a message lists before "and N more" (a report stays small at any scale). */
constexpr int ListedNamesCap = 20;
/** How many records a details list keeps; the rest are counted in details.notListed. */
constexpr int ListedRecordsCap = 100;

/** Names for a message: "DEMF, USMF"; past ListedNamesCap names, "… and N more". */
QString nameList(const QStringList &names);
/** Like nameList, but at most `cap` names, then "and N more". */
QString cappedNameList(const QStringList &names, int cap = ListedNamesCap);
/**
 * Keeps at most `cap` records of the array details[key]; the number left out goes into
 * details.notListed[key] (the evidence bundle holds the facts in full). Not for the lists a fix
 * planner acts on (the stale configurations, the companies without a team).
 */
void capListed(QJsonObject *details, const QString &key, int cap = ListedRecordsCap);

/** Why a dataset could not be read, classified for messages and details. */
struct DatasetFailure
{
    /** "signInRefused", "accessDenied", "throttled", "unreachable", "serviceError",
     *  "requestRejected", "badAnswer", "cancelled", "notFetched" or "pageCap" (more pages than
     *  --max-pages allows). */
    QString reason;
    QString error;       // the collector's text (or "not fetched")
    int httpStatus = 0;  // of the failing exchange, 0 when none answered

    QJsonObject toJson(Dataset dataset) const;
};
DatasetFailure describeFailure(const DatasetResult &result);

/** "the Company table (cdm_companies)": what a dataset holds, for messages. */
QString datasetDescription(Dataset dataset);
/** "Could not read <description> from <service>: <error>" */
QString unreadableMessage(Dataset dataset, const DatasetResult &result);

} // namespace dwh
