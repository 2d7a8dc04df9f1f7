// SPDX-License-Identifier: MIT
// SnapshotFactSource: the engine's facts from a snapshot recorded before (replay).
#include "snapshotfactsource.h"

#include <QPointer>

namespace dwh {

SnapshotFactSource::SnapshotFactSource(Snapshot snapshot,
                                       std::optional<QString> dependenciesNotRecorded,
                                       QObject *parent)
    : FactSource(parent)
    , m_snapshot(std::move(snapshot))
    , m_notRecorded(std::move(dependenciesNotRecorded))
{
}

void SnapshotFactSource::fetch(const QList<Dataset> &datasets)
{
    if (m_running)
        return;
    m_running = true;
    // Never inside fetch(): the engine expects its answers on a later turn, as from the network.
    QMetaObject::invokeMethod(
        this, [this, datasets] { deliver(datasets); }, Qt::QueuedConnection);
}

void SnapshotFactSource::deliver(const QList<Dataset> &datasets)
{
    QList<Dataset> held;
    for (Dataset d : datasets) {
        if (m_snapshot.has(d) && !held.contains(d))
            held << d;
    }
    const QPointer<SnapshotFactSource> alive(this);  // a receiver may delete its engine
    int done = 0;
    for (Dataset d : held) {
        emit datasetReady(d, m_snapshot.get(d));
        if (!alive)
            return;
        emit progress(++done, int(held.size()));
        if (!alive)
            return;
    }
    m_running = false;
    emit finished();
}

} // namespace dwh
