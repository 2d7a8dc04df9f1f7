// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace dwh::cli {

/**
 * Turns SIGINT and SIGTERM into a Qt signal (through a self-pipe), so that Ctrl+C cancels a run
 * cleanly: the report is still written, with the checks that could not finish as `unknown`.
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
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace dwh::cli
