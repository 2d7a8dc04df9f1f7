// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {
struct CheckResult;
struct Report;
} // namespace dwh

namespace dwh::gui {

/*
 * Rendering of findings for the QTextBrowser panes. Everything that comes from a run (messages,
 * record names, requests, errors) is escaped with toHtmlEscaped(); links are only made from
 * http(s) URLs.
 */

/** One check: status, codes, message, the records involved (details), evidence and the fix. */
QString checkDetailsHtml(const CheckResult &result);
/** The same as plain text, for the clipboard. */
QString checkDetailsText(const CheckResult &result);
/** Every finding of the report (fail, warning, unknown) with its documented steps. */
QString remediationHtml(const Report &report);

} // namespace dwh::gui
