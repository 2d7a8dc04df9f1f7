// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"
#include "reportdiff.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh::fleet {

/** One environment's line in the fleet summary. */
struct FleetEnvironmentResult
{
    QString profilePath;   // as given
    QString name;          // the profile's name (else the file's stem)
    QString reportFile;    // the report's file name in the output folder; empty when not written
    int exitCode = 2;      // as for `dwhealth check`
    bool ran = false;      // false: `problem` says why there is no report
    QString problem;
    ReportSummary summary;
    QString startedAt;     // the run's start (ISO 8601, UTC)
    /** The environment × group matrix: matrixColumns() -> "pass", "fail", "warning", "unknown",
     *  "skipped" (the worst check of the column), or "" when the environment did not run. */
    QMap<QString, QString> matrix;
    /** What changed since this environment's previous run in the history. */
    bool hasPrevious = false;
    QString previousStartedAt;
    QList<DiffFinding> newFindings;      // not in the previous run (all findings on a first run)
    QList<DiffFinding> stillFailing;     // also in the previous run
    QList<DiffFinding> fixedFindings;    // in the previous run only
    QList<StatusChange> statusChanges;

    /** A finding new or fixed, or a check's status changed, since the previous run; with no
     *  previous run: the environment has findings. */
    bool changed() const;
};

/** A finding of the fleet, for the "worst first" list. */
struct FleetFinding
{
    QString environment;
    DiffFinding finding;
    bool isNew = false;    // not in that environment's previous run (which exists)
};

/** The summary of a fleet run, written as fleet.json / .html / .md / .pdf. */
struct FleetSummary
{
    static constexpr int SchemaVersion = 1;

    QDateTime startedAt;
    QDateTime finishedAt;
    int parallel = 0;             // environments at once (the limit)
    QList<FleetEnvironmentResult> environments;

    /** "prerequisites" (step 1) and step 2's validation groups, in the product's order. */
    static QStringList matrixColumns();
    /** The worst exit code: 2 (a profile could not run) > 1 (failed) > 3 (incomplete) > 0. */
    int exitCode() const;
    ReportSummary totals() const;
    int changedCount() const;
    /** Every finding of every environment: fail, then unknown, then warning; new before known;
     *  then by environment and check. */
    QList<FleetFinding> worstFindings() const;

    /** `{"schemaVersion":1,"environments":[{"profile","name","exit","summary","report"}],
     *  "summary":{…}}`; the matrix, changes and findings are under "summary". */
    QJsonObject toJson() const;
};

/** Rank of an exit code for "the worst of all": 0 < 3 < 1 < 2. */
int exitSeverity(int exitCode);

/**
 * The line of one environment: `report` (nothing when it did not run) against `previous`, the
 * environment's previous run from the history (nothing on a first run).
 */
FleetEnvironmentResult environmentResult(const QString &profilePath, const QString &name,
                                         const Report *report, int exitCode,
                                         const std::optional<QJsonObject> &previous,
                                         const QString &reportFile, const QString &problem);

QJsonObject summaryJson(const ReportSummary &summary);

} // namespace dwh::fleet
