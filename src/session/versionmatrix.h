// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {
class Snapshot;
struct Report;
} // namespace dwh

namespace dwh::gui {

/** One dual-write solution in the version matrix. Widget-free. */
struct SolutionVersion
{
    QString uniqueName;    // "Dynamics365Company"
    QString friendlyName;  // from dv.solutions when read
    QString installed;     // empty when not installed
    QString required;      // empty when no minimum is documented
    CheckStatus status = CheckStatus::Unknown;  // Fail below, Pass ok, Unknown unparsable,
                                                // Skipped not installed (and not required)
    QString package;       // the AppSource package that carries it (domain.md §1.5)
};

/**
 * Every dual-write solution the prerequisite checks look at: Dual Write Core (DWHC0201, present
 * or not) and the five versioned solutions (DWHC0202 details: below, ok, malformed,
 * notInstalled), with friendly names from the snapshot's dv.solutions when given.
 */
QList<SolutionVersion> versionMatrix(const Report &report, const Snapshot *snapshot);

/** The packages to update for the rows that are below or could not be compared, in
 *  dependency order (Application Core first). */
QStringList packagesToUpdate(const QList<SolutionVersion> &rows);

/** The map solutions to re-apply on the Dual-write page when they show "Has new changes = Yes"
 *  (domain.md §1.5, separated-solutions-transition-guidance). */
QStringList mapSolutionsToReapply();

} // namespace dwh::gui
