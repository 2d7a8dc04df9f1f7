// SPDX-License-Identifier: MIT
// HistoryWriter: stores finished runs in a HistoryStore on a worker thread, off the GUI thread.
#pragma once

#include "historystore.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace dwh {

struct Report;

/**
 * Writes reports into the history on a worker thread of its own, one at a time in the order
 * asked, then prunes the profile's runs to the limits; written() follows on this object's
 * thread. Writing the same run again (the same start time: the wizard writes step 1's report,
 * then the complete one) replaces the file written for it before. The report is a copy
 * (implicitly shared data), so the caller may go on at once.
 */
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)
public:
    explicit HistoryWriter(QObject *parent = nullptr);
    /** Waits for the writes under way. */
    ~HistoryWriter() override;

    /** Where the runs go (default: HistoryStore::defaultRoot()); waits for the writes under way
     *  and forgets the run written last. */
    void setStore(const HistoryStore &store);
    HistoryStore store() const { return m_store; }

    void write(const Report &report, const HistoryLimits &limits);
    /** Waits until every write asked so far is done (written() is still to come, queued). */
    void waitForDone();

signals:
    /** `path` of the run's file, or empty with `error`. */
    void written(const QString &path, const QDateTime &startedAt, const QString &error);

private:
    HistoryStore m_store;
    // The run written last, used by the worker thread only (its tasks run one after another).
    QString m_lastPath;
    QDateTime m_lastStartedAt;
    QThreadPool m_worker;  // last member: destroyed (waited for) first
};

} // namespace dwh
