// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh::cli {

/**
 * The CLI's output functions: every text on stdout and stderr goes through terminalSafe()
 * (control characters stripped, live secrets redacted) before it is written.
 */
void writeOut(const QString &text);   // stdout, as given, flushed
void writeErr(const QString &text);   // stderr, as given, flushed
void errLine(const QString &line);    // stderr: "dwhealth: " + line + newline

} // namespace dwh::cli
