// SPDX-License-Identifier: MIT
#pragma once

#include "factsource.h"

namespace dwh {

/**
 * Facts read before: a recorded run's snapshot (a bundle's facts.json). fetch() reads nothing; it
 * hands over what the snapshot holds on the next turn of the event loop, and a dataset it does
 * not hold stays not fetched (the checks needing it are `unknown`). Cancel and deadline have
 * nothing to stop: the facts are all there at once.
 */
class SnapshotFactSource final : public FactSource
{
    Q_OBJECT
public:
    /** `dependenciesNotRecorded`: see FactSource::dependenciesNotRecorded(). */
    explicit SnapshotFactSource(Snapshot snapshot,
                                std::optional<QString> dependenciesNotRecorded = std::nullopt,
                                QObject *parent = nullptr);

    void fetch(const QList<Dataset> &datasets) override;
    void cancel() override {}
    void expire(const QString &) override {}
    bool isRunning() const override { return m_running; }
    const Snapshot &snapshot() const override { return m_snapshot; }
    CollectorStats stats() const override { return {}; }
    std::optional<QString> dependenciesNotRecorded() const override { return m_notRecorded; }

private:
    void deliver(const QList<Dataset> &datasets);

    Snapshot m_snapshot;
    std::optional<QString> m_notRecorded;
    bool m_running = false;
};

} // namespace dwh
