// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"

#include <QIcon>
#include <QString>

namespace dwh::gui {

/**
 * Icons and words for check states. Status is never shown by colour alone: every place that shows
 * an icon also shows statusText().
 */
QIcon statusIcon(CheckStatus status);
/** The icon for a check that has not finished yet. */
QIcon pendingIcon();
/** The icon of the "Simulated environment" banner. */
QIcon simulatedIcon();

/** "Passed", "Failed", "Warning", "Unknown", "Skipped". */
QString statusText(CheckStatus status);
/** "Pending", for a check that has not finished yet. */
QString pendingText();

/**
 * Rich text for a status label: the status icon, then `text` (escaped here). `text` should say
 * the outcome in words ("Sign-in failed: …"), so the line reads the same without the icon.
 */
QString statusLineHtml(CheckStatus status, const QString &text);

} // namespace dwh::gui
