// SPDX-License-Identifier: MIT
#pragma once

#include "recordresult.h"
#include "writeaction.h"

#include <QList>
#include <QObject>

namespace dwh {

class ServiceClients;
struct ServiceReply;

/**
 * Sends a list of writes, at most `maxConcurrent` at a time (1: one by one, in order), and
 * records each one's result. A failed write does not stop the others: every action ends as done,
 * failed (with the server's message), not attempted (cancelled before it was sent) or unknown
 * (cancelled on the wire). A write that was sent and got no answer (timeout, connection reset,
 * 502/503/504) is never sent again: the record is read (GET of `record.url`) and the write is
 * reported as what the read shows (TargetState: done, failed), or unknown when the read cannot
 * tell. Never blocks; finished() comes once.
 */
class WriteExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteExecutor)
public:
    explicit WriteExecutor(ServiceClients *clients, int maxConcurrent = 1,
                           QObject *parent = nullptr);
    ~WriteExecutor() override;

    void start(const QList<WriteAction> &actions);
    /** Sends nothing more; writes on the wire are aborted and reported as unknown. */
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<RecordResult> &results() const { return m_results; }

    /** How a service reply to `action` is recorded (pure; exposed for tests). */
    static RecordResult classify(const WriteAction &action, const ServiceReply &reply);
    /** A write without an answer, and the read made after it (pure; exposed for tests). */
    static RecordResult classifyReadBack(const WriteAction &action, const ServiceReply &write,
                                         const ServiceReply &read);

signals:
    void recordStarted(int index);
    void recordFinished(int index, const dwh::RecordResult &result);
    void finished(const QList<dwh::RecordResult> &results);

private:
    void pump();
    void onReply(int index, const ServiceReply &reply);
    void onReadBack(int index, const ServiceReply &write, const ServiceReply &read);
    void finishIfIdle();

    ServiceClients *m_clients;
    int m_maxConcurrent;
    QList<WriteAction> m_actions;
    QList<RecordResult> m_results;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace dwh
