// SPDX-License-Identifier: MIT
// The state of one table map as the Dual-write page shows it, read from F&O's Status column.
#pragma once

#include <QString>

namespace dwh {

enum class MapState { Running, Paused, NotRunning, Error, Unknown };

/** "running", "paused", "notRunning", "error", "unknown": the JSON values. */
QString mapStateName(MapState state);
/** "Running", "Paused", "Not running", "Error", "Unknown", translated. */
QString mapStateLabel(MapState state);

/**
 * The state of a `DualWriteProjectConfigurations` row's `Status` (enum DualWriteProjectStatus,
 * docs/wire.md): Enabled (0) running, Queueing (4) paused (the Dual-write page's Paused queues new
 * requests), Disabled (1) not running. Anything else is Unknown: the enum's other values are not
 * documented. The number or the name is accepted.
 */
MapState mapStateFromStatus(const QString &status);

} // namespace dwh
