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
/** Names for a message: "DEMF, USMF". */
QString nameList(const QStringList &names);
/** Like nameList, but at most `cap` names, then "and N more" (details carry the full list). */
QString cappedNameList(const QStringList &names, int cap = 20);

/** Why a dataset could not be read, classified for messages and details. */
struct DatasetFailure
{
    /** "signInRefused", "accessDenied", "throttled", "unreachable", "serviceError",
     *  "requestRejected", "badAnswer", "cancelled" or "notFetched". */
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
