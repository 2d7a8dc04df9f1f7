// SPDX-License-Identifier: MIT
// Builds the table-maps overview from the datasets the collector read (pure).
#pragma once

#include "dataset.h"
#include "tablemaps.h"

#include <QList>

namespace dwh {

class Snapshot;
class Troubleshooter;
struct Profile;

/** The datasets the overview is built from (docs/wire.md). */
QList<Dataset> mapsDatasets();

/**
 * The maps (F&O DualWriteProjectConfigurations of the profile's Dataverse environment, with the
 * Dataverse runtime configurations), the link's legal entities (the profile's, else the companies
 * enabled for dual-write), and the dual-write plug-in's errors since `since` with their causes.
 * What could not be read is Unread with the reason and, for a refusal, the right that is missing.
 */
MapsOverview buildMapsOverview(const Snapshot &snapshot, const Profile &profile,
                               const Troubleshooter &troubleshooter, const QDateTime &since,
                               const QDateTime &now);

/** Why a map's direction and its last initial sync are not shown (not exposed). */
QString directionNotExposed();
QString initialSyncNotExposed();
/** Why F&O's side of the errors is not shown (DualWriteErrorLog is not exposed over OData). */
QString financeErrorsNotExposed();

} // namespace dwh
