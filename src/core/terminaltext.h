// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace dwh {

/**
 * `text` fit for a terminal: C0 control characters (except line feed and tab), DEL and C1
 * control characters (U+0080–U+009F) removed, so that a company name or a server message with an
 * escape sequence (ESC[2J, an OSC title, a CSI that moves the cursor) is shown as text and never
 * acts on the terminal; and every live secret redacted (SecretRedactor::live()). Everything the
 * CLI writes on stdout and stderr goes through it.
 */
QString terminalSafe(const QString &text);
/** The same for UTF-8 text (a report written to stdout). */
QByteArray terminalSafe(const QByteArray &utf8);

} // namespace dwh
