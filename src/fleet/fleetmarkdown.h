// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh::fleet {

struct FleetSummary;

/** The fleet summary in Markdown (GitHub's flavour: tables), e.g. for a pipeline's job summary. */
QString fleetMarkdown(const FleetSummary &summary);

} // namespace dwh::fleet
