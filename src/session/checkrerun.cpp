// SPDX-License-Identifier: MIT
#include "checkrerun.h"

#include "healthengine.h"
#include "tokenprovider.h"
#include "wizardsession.h"

namespace dwh::gui {

CheckRerun::CheckRerun(WizardSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

CheckRerun::~CheckRerun()
{
    // The engine talks to the token provider: delete it first.
    delete m_engine.data();
    delete m_tokens.data();
}

void CheckRerun::run(const QStringList &checkIds)
{
    if (m_running)
        return;
    if (!m_engine) {
        m_tokens = m_session->newTokenProvider(this);
        m_engine = new HealthEngine(m_session->profile(), m_tokens, m_session->engineOptions, this);
        connect(m_engine, &HealthEngine::finished, this, &CheckRerun::onEngineFinished);
    }
    m_running = true;
    m_cancelRequested = false;
    m_engine->runChecks(checkIds);  // finishes on a later turn of the event loop
}

void CheckRerun::cancel()
{
    if (m_running && m_engine) {
        m_cancelRequested = true;
        m_engine->cancel();
    }
}

const Snapshot *CheckRerun::snapshot() const
{
    return m_hasRun && m_engine ? &m_engine->snapshot() : nullptr;
}

void CheckRerun::onEngineFinished(const Report &report)
{
    m_running = false;
    m_hasRun = true;
    // One state for every page: a finished verification is the latest result of its checks.
    if (!m_cancelRequested)
        m_session->mergeResults(report);
    emit finished(report);
}

} // namespace dwh::gui
