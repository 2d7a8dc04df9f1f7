// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"
#include "snapshot.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QObject;

namespace dwh {

class HealthEngine;
struct EvidenceBundle;
struct Report;

namespace cli {

/** A run recorded in an evidence bundle, as `check --replay` gives it to the engine. */
struct RecordedRun
{
    Profile profile;
    Snapshot facts;
    bool forcedDependencies = false;
    /** Set when the recorded run did not evaluate step 2 (cancelled, or stopped after step 1):
     *  its note then. FactSource::dependenciesNotRecorded(). */
    std::optional<QString> dependenciesNotRecorded;
    QDateTime startedAt;
    QDateTime finishedAt;

    /** The recorded run from a bundle read with its report and facts members; nullopt with the
     *  reason when its facts hold no valid profile. Malformed datasets: recordedSnapshot(). */
    static std::optional<RecordedRun> fromBundle(const EvidenceBundle &bundle, QString *error);

    /** HealthEngine judging these facts, not reading anything (SnapshotFactSource). */
    std::unique_ptr<HealthEngine> engine(QObject *parent = nullptr) const;
    /** The engine's `report` as the recorded run's: its start and end times. */
    Report asRecorded(Report report) const;
};

} // namespace cli
} // namespace dwh
