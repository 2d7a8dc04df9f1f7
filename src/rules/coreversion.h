// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dwh {

/*
 * The Dual Write Core solution as installed, and the version thresholds Microsoft documents for it.
 *
 * Unique name: `DualWriteCore` (Microsoft's "Uninstall Dynamics 365 Project Operations" lists
 * `DualWriteCore`; uninstall-solutions.md lists `DualWriteCore_managed`, the managed export of
 * that name). uninstall-solutions.md's Party/GAB order also names `msdyn_DualWriteCore`, so that
 * name is still accepted (contract.md), after `DualWriteCore`. docs/checks.md has the sources.
 */

/** The dv.solutions row of Dual Write Core: `DualWriteCore` first, then `msdyn_DualWriteCore`. */
std::optional<QJsonObject> dualWriteCoreSolution(const Snapshot &snapshot);

/** 1.0.16.0: from this version on no app consent (and no 33976c19-… app) is needed
 *  (requirements-and-prerequisites, 2022 and later). */
QString coreConsentThreshold();
/** 1.0.24073.3: the minimum of the September 2024 security update (whats-new-dual-write),
 *  required by November 30, 2024; below it pause/resume and the alerts stop working. */
QString coreSecurityUpdateThreshold();
/** The learn.microsoft.com page of the release notes. */
QString coreReleaseNotesUrl();

} // namespace dwh
