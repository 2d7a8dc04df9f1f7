// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dwh {
class HealthEngine;
class Snapshot;
class TokenProvider;
} // namespace dwh

namespace dwh::gui {

class WizardSession;

/**
 * Runs a few checks again (HealthEngine::runChecks) for a guided fix's "Verify" or the
 * troubleshooter's "Run these checks", on an engine of its own (the session's engine stays as
 * it is); a run that was not cancelled puts its results into the session's report
 * (WizardSession::mergeResults()), so every page shows them. The token provider comes from the session (WizardSession::newTokenProvider).
 * Never blocks; finished() comes once per run().
 */
class CheckRerun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRerun)
public:
    explicit CheckRerun(WizardSession *session, QObject *parent = nullptr);
    ~CheckRerun() override;

    /** Starts the checks `checkIds`; ignored while a run is under way. */
    void run(const QStringList &checkIds);
    void cancel();
    bool isRunning() const { return m_running; }
    /** What the last run read, or nullptr before the first run has finished. */
    const Snapshot *snapshot() const;

signals:
    void finished(const dwh::Report &report);

private:
    void onEngineFinished(const Report &report);

    WizardSession *m_session;
    QPointer<TokenProvider> m_tokens;
    QPointer<HealthEngine> m_engine;
    bool m_running = false;
    bool m_hasRun = false;
    bool m_cancelRequested = false;
};

} // namespace dwh::gui
