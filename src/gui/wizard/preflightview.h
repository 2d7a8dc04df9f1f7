// SPDX-License-Identifier: MIT
#pragma once

#include "preflight.h"

class QTreeWidget;

namespace dwh::gui {

/**
 * Fills the preflight table: one row per right, "checks → can run / needs <role>", with the
 * status icon and the words (never colour alone), the prerequisite code that reports a missing
 * right, and the check ids in the tooltip.
 */
void fillPreflightTree(QTreeWidget *tree, const QList<PreflightRow> &rows);

} // namespace dwh::gui
