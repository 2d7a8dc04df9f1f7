// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace dwh {

struct Report;

/**
 * JUnit XML: one <testsuite> per step, one <testcase> per check. `fail` → <failure> carrying the
 * code and message, `unknown` → <error>, `skipped` → <skipped>, `warning` → a passing test case
 * with the warning in <system-out>. Counts match Report::summary().
 */
QByteArray renderJUnit(const Report &report);

} // namespace dwh
