// SPDX-License-Identifier: MIT
#pragma once

#include "healthengine.h"
#include "profile.h"
#include "report.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

namespace dwh {
class TokenProvider;
namespace sim {
class SimulatorThread;
}
} // namespace dwh

namespace dwh::gui {

/**
 * What the wizard pages share: the profile being checked, the client secret (in memory only), the
 * in-process simulator in demo mode, the engine of the current run and the report so far. Pages
 * read and write the session; they never talk to each other. Lives on the GUI thread.
 */
class WizardSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardSession)
public:
    explicit WizardSession(QObject *parent = nullptr);
    ~WizardSession() override;

    // --- Simulated environment (demo mode) ---
    /** Starts the in-process simulator for `scenario` (replacing a running one). */
    bool startSimulator(const QString &scenario, QString *error);
    void stopSimulator();
    bool isSimulated() const;
    /** Demo mode chosen on the welcome page (the simulator starts when the user goes on). */
    void setDemoChoice(bool demo, const QString &scenario);
    /** Demo mode chosen or a simulator running: every page shows the banner. */
    bool isDemo() const;
    /** The running simulator's scenario, else the one chosen for demo mode. */
    QString scenario() const;
    /** The simulator's ready profile (its loopback URLs); empty when not simulated. */
    QJsonObject simulatorProfile() const;
    /** Latency the simulator adds to every answer; applies to running and later simulators. */
    void setSimulatorLatencyMs(int ms);

    // --- What is checked ---
    const Profile &profile() const;
    void setProfile(const Profile &profile);
    /** The client secret, kept in memory only. */
    QByteArray secret() const;
    void setSecret(const QByteArray &secret);

    // --- The run ---
    /**
     * Drops the current engine (cancelling it) and creates a fresh one, with its own token
     * provider, for the current profile and secret. The session owns it; it stays valid until
     * the next newEngine() or clearRun().
     */
    HealthEngine *newEngine();
    /** The engine of the current run, or nullptr. */
    HealthEngine *engine() const;
    /** Drops the engine and the report (the profile or secret changed). */
    void clearRun();
    /** The report so far (the latest engine's), empty before any run. */
    const Report &report() const;
    bool hasReport() const;
    /** Engine options used by newEngine(), e.g. request limits. */
    EngineOptions engineOptions;

signals:
    void simulationChanged();
    void reportChanged();

private:
    void onEngineFinished(const Report &report);
    void dropEngine();

    std::unique_ptr<sim::SimulatorThread> m_simulator;
    QString m_scenario;
    bool m_demoChosen = false;
    QString m_chosenScenario;
    int m_latencyMs = 0;
    Profile m_profile;
    QByteArray m_secret;
    QPointer<HealthEngine> m_engine;
    QPointer<TokenProvider> m_tokens;
    Report m_report;
    bool m_hasReport = false;
};

} // namespace dwh::gui
