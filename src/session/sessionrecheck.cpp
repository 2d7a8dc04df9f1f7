// SPDX-License-Identifier: MIT
#include "sessionrecheck.h"

#include "healthengine.h"
#include "wizardsession.h"

namespace dwh::gui {

SessionRecheck::SessionRecheck(WizardSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

SessionRecheck::~SessionRecheck()
{
    // The session owns the engine: let the run finish so the session gets a whole report.
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
}

void SessionRecheck::start()
{
    cancel();
    m_engine = m_session->newEngine();
    // newEngine() connected the session first, so it holds the new report when this runs.
    connect(m_engine, &HealthEngine::progress, this, &SessionRecheck::progress);
    connect(m_engine, &HealthEngine::finished, this, &SessionRecheck::finished);
    m_engine->runAll();
}

void SessionRecheck::cancel()
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
        if (m_engine->isRunning())
            m_engine->cancel();
    }
    m_engine = nullptr;
}

bool SessionRecheck::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

} // namespace dwh::gui
