// SPDX-License-Identifier: MIT
// Ctrl+C as a Qt signal for the commands that run in an event loop (check, fix, restore).
#pragma once

#include <QObject>
#include <QTimer>

namespace dwh::cli {

/**
 * While it exists, Ctrl+C and termination requests (platform::catchInterrupts) do not end the
 * process but emit interrupted() in this object's thread, so that a run cancels cleanly: the
 * report is still written, with the checks that could not finish as `unknown`. Polls the
 * platform's interrupt count every 50 ms (a signal handler may do no more than count).
 */
class InterruptHandler final : public QObject
{
    Q_OBJECT
public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

signals:
    void interrupted();

private:
    void poll();
    QTimer m_timer;
    int m_seen = 0;
};

} // namespace dwh::cli
