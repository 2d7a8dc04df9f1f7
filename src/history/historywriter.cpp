// SPDX-License-Identifier: MIT
// HistoryWriter: a run's report serialised, written and pruned on a worker thread.
#include "historywriter.h"

#include "report.h"

namespace dwh {

HistoryWriter::HistoryWriter(QObject *parent)
    : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
}

HistoryWriter::~HistoryWriter()
{
    m_worker.waitForDone();  // its tasks use the members
}

void HistoryWriter::setStore(const HistoryStore &store)
{
    m_worker.waitForDone();
    m_store = store;
    m_lastPath.clear();
    m_lastStartedAt = QDateTime();
}

void HistoryWriter::waitForDone()
{
    m_worker.waitForDone();
}

void HistoryWriter::write(const Report &report, const HistoryLimits &limits)
{
    m_worker.start([this, report, limits, store = m_store] {
        // The same run (its start time) replaces its own file; a new run gets a new one.
        const QString replacing = report.startedAt == m_lastStartedAt ? m_lastPath : QString();
        QString error;
        const QString path = store.store(report, &error, replacing);
        if (!path.isEmpty())
            store.prune(report.profileName, limits, path);
        m_lastPath = path;
        m_lastStartedAt = path.isEmpty() ? QDateTime() : report.startedAt;
        // Queued to this object's thread; discarded by Qt if it is gone by then (it waits for
        // this task in its destructor, so it is alive here).
        QMetaObject::invokeMethod(
            this,
            [this, path, startedAt = report.startedAt, error] {
                emit written(path, startedAt, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace dwh
