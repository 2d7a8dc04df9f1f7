// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"
#include "recordresult.h"
#include "writeaction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {
struct RunOutcome;
}

namespace dwh::gui {

/*
 * Words for the write-run panel (pure functions): the preview of the exact requests, each
 * record's outcome, and the plain-text results for the clipboard. No token or header value
 * other than the ones the preview documents (If-Match) is ever part of them.
 */

/** Every request in sending order: method and URL, headers, body, record, reason, backup read. */
QString requestsPreviewText(const QList<WriteAction> &actions);
/** The hosts the writes go to, lower case, in first-seen order. */
QStringList writeHosts(const QList<WriteAction> &actions);
/** True when `typed` names every host of `hosts` (case-insensitive; spaces or commas between). */
bool confirmationMatches(const QString &typed, const QStringList &hosts);

/** "Done", "Failed (HTTP 500)", "Not attempted", "Unknown — may have been applied". */
QString outcomeText(const RecordResult &result);
/** The check state whose icon shows `outcome` (next to outcomeText(), never alone). */
CheckStatus outcomeStatus(RecordResult::Outcome outcome);
/** "Done: 1, failed: 1, not attempted: 0, unknown: 0." */
QString outcomeCounts(const RunOutcome &outcome);
/** The backup path, then one line per record, for the clipboard. */
QString outcomeClipboardText(const RunOutcome &outcome);

} // namespace dwh::gui
