// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {

/** The result of one check. `Unknown` means the data could not be read; it never hides a pass. */
enum class CheckStatus { Pass, Fail, Warning, Unknown, Skipped };

/** The two steps of the product's health check. */
enum class Step { Prerequisites, Dependencies };

QString toString(CheckStatus status);          // "pass", "fail", …
bool checkStatusFromString(const QString &text, CheckStatus *status);
QString toString(Step step);                   // "prerequisites", "dependencies"
bool stepFromString(const QString &text, Step *step);

/** Worst-of ordering used to roll checks up into a step status: fail > unknown > warning > pass. */
int severity(CheckStatus status);

} // namespace dwh
