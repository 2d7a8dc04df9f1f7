// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh::gui {

/*
 * Inline validation of the credentials form, as the user types. Each returns why the text is not
 * usable, or an empty string when it is. Pure functions.
 */

/** A service base URL: https (plain http only to loopback), a plausible host, no query. */
QString serviceUrlFieldProblem(const QString &text, bool required = true);
/** A GUID such as 00000000-0000-0000-0000-000000000001 (braces allowed). */
QString guidFieldProblem(const QString &text, bool required = true);
/** A tenant: a GUID or a verified domain such as contoso.onmicrosoft.com. */
QString tenantFieldProblem(const QString &text);

} // namespace dwh::gui
