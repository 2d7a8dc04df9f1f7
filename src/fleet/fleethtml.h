// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh::fleet {

struct FleetSummary;

/** The fleet summary as one self-contained HTML page (no script, no external resource): the
 *  environment × group matrix, the changes since each previous run, the worst findings first.
 *  Simple enough for QTextDocument, which renders it into the PDF (fleetpdf.h). */
QString fleetHtml(const FleetSummary &summary);

/** A column's heading: "Prerequisites", or step 2's validation group as the product names it. */
QString columnTitle(const QString &column);

} // namespace dwh::fleet
