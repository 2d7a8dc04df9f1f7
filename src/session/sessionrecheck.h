// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace dwh {
class HealthEngine;
struct Report;
} // namespace dwh

namespace dwh::gui {

class WizardSession;

/**
 * Runs the health check again through the session's engine (both steps, as the wizard's own
 * re-run does), so the session's report — and every page that shows it — is the new one.
 * finished() comes once per start(), after the session has taken the new report.
 */
class SessionRecheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRecheck)
public:
    /** `session` must outlive this object. */
    explicit SessionRecheck(WizardSession *session, QObject *parent = nullptr);
    ~SessionRecheck() override;

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void finished(const dwh::Report &report);

private:
    WizardSession *m_session;
    QPointer<HealthEngine> m_engine;
};

} // namespace dwh::gui
