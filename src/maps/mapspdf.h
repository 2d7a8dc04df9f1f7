// SPDX-License-Identifier: MIT
// The "Table maps and recent errors" section of the PDF report, from the maps overview.
#pragma once

#include "pdfoptions.h"
#include "tablemaps.h"

namespace dwh {

/** The section, titled "Table maps and recent errors": the maps table and the errors by cause. */
PdfExtraSection mapsPdfSection(const MapsOverview &overview);

} // namespace dwh
