// SPDX-License-Identifier: MIT
#pragma once

#include "collector.h"
#include "dataset.h"
#include "snapshot.h"

#include <QObject>
#include <QString>

#include <optional>

namespace dwh {

/**
 * Where HealthEngine gets the facts its rules judge: the services, read now (LiveFactSource), or
 * a run recorded before (SnapshotFactSource: a bundle's facts). The engine asks for datasets and
 * evaluates once they are in; it never knows which source it talks to.
 */
class FactSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~FactSource() override = default;

    /** Provides `datasets` not provided yet; datasetReady for each, then finished() once. Never
     *  emits inside the call. Calling fetch() while one runs is not allowed. */
    virtual void fetch(const QList<Dataset> &datasets) = 0;
    /** Aborts what is under way; what is pending becomes Failed("cancelled"), then finished(). */
    virtual void cancel() = 0;
    /** Like cancel() with `reason`; later fetches fail at once with it (the run's deadline). */
    virtual void expire(const QString &reason) = 0;
    virtual bool isRunning() const = 0;
    virtual const Snapshot &snapshot() const = 0;
    virtual CollectorStats stats() const = 0;
    /**
     * Set when these facts must not be judged for step 2 whatever step 1 finds: a recorded run
     * that stopped after step 1 (its note, empty when it had none). nullopt for live facts.
     */
    virtual std::optional<QString> dependenciesNotRecorded() const { return std::nullopt; }

signals:
    void datasetReady(dwh::Dataset dataset, const dwh::DatasetResult &result);
    void progress(int done, int total);
    void finished();
};

} // namespace dwh
