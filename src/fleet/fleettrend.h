// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QList>
#include <QString>

namespace dwh {
class HistoryStore;
}

namespace dwh::fleet {

/** A saved profile's last result and where it is heading, from its stored runs. */
struct EnvironmentTrend
{
    enum class Direction { NoRun, FirstRun, Same, Better, Worse, Mixed };

    Direction direction = Direction::NoRun;
    QString lastStartedAt;    // ISO 8601, UTC; empty without a run
    int lastExit = 0;         // the last run's exit code (contract.md)
    ReportSummary lastSummary;
    int newFindings = 0;      // in the last run, not in the one before
    int fixedFindings = 0;    // in the one before, not in the last
    QList<int> recentExits;   // newest first, at most `depth`
};

/** The trend of `profileName` over its newest `depth` stored runs. Reads the history only. */
EnvironmentTrend trendOf(const HistoryStore &store, const QString &profileName, int depth = 5);

/** "2 new, 1 fixed since the run before" / "no change" / "first run" / "never run" (translated). */
QString trendText(const EnvironmentTrend &trend);

/** "passed", "failed", "incomplete", "not run" for an exit code (translated). */
QString exitText(int exitCode);

} // namespace dwh::fleet
