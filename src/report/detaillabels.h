// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh::content {

/** What a reader sees for a top-level key of a check's details, in the UI language:
 *  "notConnected" -> "Not connected" ("Nicht verbunden"). A key not in the table is humanised
 *  (content::humanise) and stays English. */
QString detailLabel(const QString &key);

/** Whether `key` has a label of its own (for the test that every rule's keys have one). */
bool hasDetailLabel(const QString &key);

} // namespace dwh::content
