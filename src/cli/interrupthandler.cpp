// SPDX-License-Identifier: MIT
// InterruptHandler: the platform's interrupt count turned into interrupted() signals.
#include "interrupthandler.h"

#include "platform.h"

namespace dwh::cli {

InterruptHandler::InterruptHandler(QObject *parent)
    : QObject(parent)
    , m_seen(platform::interruptCount())
{
    if (!platform::catchInterrupts())
        return;  // Ctrl+C then ends the process, as without this handler
    connect(&m_timer, &QTimer::timeout, this, &InterruptHandler::poll);
    m_timer.start(50);
}

InterruptHandler::~InterruptHandler()
{
    platform::releaseInterrupts();
}

void InterruptHandler::poll()
{
    const int count = platform::interruptCount();
    if (count == m_seen)
        return;
    m_seen = count;
    emit interrupted();
}

} // namespace dwh::cli
