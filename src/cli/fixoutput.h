// SPDX-License-Identifier: MIT
#pragma once

#include "remediationrun.h"
#include "writeaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwh::cli {

/** What `fix` and `restore` print: the preview record by record, and each record's result. */
namespace FixOutput {

/** "  1. DELETE https://…" with the record, why, and the body, one block per action. */
QString actionsText(const QList<WriteAction> &actions);
/** "  1. done          DWM_… (HTTP 204)", one line per record, then the counts. */
QString outcomeText(const RunOutcome &outcome);
QJsonArray actionsJson(const QList<WriteAction> &actions);
/** The distinct hosts of the environments the actions write to, in order. */
QStringList hostsOf(const QList<WriteAction> &actions);

void out(const QString &text);    // stdout (terminalSafe)
void err(const QString &line);    // stderr, "dwhealth: " + line + newline
void printJson(const QJsonObject &object);
/** The end of a fix or restore run: the error on stderr, and in JSON mode (`json` non-empty)
 *  the result object with "error" and "exitCode" on stdout. */
void printEnd(QJsonObject json, bool textFormat, int exitCode, const QString &error);

} // namespace FixOutput

} // namespace dwh::cli
