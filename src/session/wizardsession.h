// SPDX-License-Identifier: MIT
#pragma once

#include "healthengine.h"
#include "profile.h"
#include "report.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
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
    /** The running simulator (its sign-in knobs), or nullptr. */
    sim::SimulatorThread *simulator() const;
    /** Pending device-code polls after which the demo's simulator approves the code by itself. */
    static constexpr int DemoAutoApprovePolls = 2;

    // --- What is checked ---
    const Profile &profile() const;
    void setProfile(const Profile &profile);
    /** The client secret, kept in memory only. */
    QByteArray secret() const;
    void setSecret(const QByteArray &secret);

    // --- Sign-in ---
    /**
     * The one token provider of the session, for the current profile and secret (created on
     * first use, by auth.mode): the connection test and every run share it, so a user signs in
     * once and a re-run reuses the cached tokens.
     */
    TokenProvider *tokenProvider();
    /**
     * The session's provider for `profile` and `secret` (what the credentials page tests):
     * the current one when the sign-in (signInKey(), and for clientSecret the secret) is the
     * same, else a new one replacing it (the run under way is dropped).
     */
    TokenProvider *tokenProviderFor(const Profile &profile, const QByteArray &secret);
    /** The current provider, or nullptr when none was created yet. */
    TokenProvider *currentTokenProvider() const;
    /** Forgets every token: a delegated user is signed out; the next sign-in prompts again. */
    void signOut();
    /**
     * How interactive sign-in opens the browser (tests play the browser with it). Unset: in
     * demo mode a simulated browser that follows the simulator's sign-in redirect itself,
     * otherwise the system browser.
     */
    void setBrowserOpener(std::function<bool(const QUrl &url)> opener);

    // --- The run ---
    /**
     * Drops the current engine (cancelling it) and creates a fresh one for the current profile,
     * signed in through tokenProvider() (no new prompt while its tokens are valid). The session
     * owns it; it stays valid until the next newEngine() or clearRun().
     */
    HealthEngine *newEngine();
    /** The engine of the current run, or nullptr. */
    HealthEngine *engine() const;
    /**
     * A new token provider for the current profile and secret, owned by `parent`: for work that
     * must outlive newEngine(), such as the remediation dialogs' reads and writes. For a delegated
     * sign-in it starts from the session's refresh token, so it does not prompt again.
     */
    TokenProvider *newTokenProvider(QObject *parent) const;
    /** Drops the engine and the report (the profile or secret changed). */
    void clearRun();
    /** The session's one state of every check: the latest run's report, with the results of
     *  later verifications (mergeResults()) in place. Empty before any run. */
    const Report &report() const;
    bool hasReport() const;
    /**
     * Takes the results of a verification of some checks (a guided fix's "Verify", the
     * troubleshooter's checks) into the report, replacing those checks' older results, so that
     * every page shows the latest one. Ignored before a run. Emits reportChanged().
     */
    void mergeResults(const Report &partial);
    /** When the result of `checkId` shown now was reached (UTC; invalid when none). */
    QDateTime checkedAt(const QString &checkId) const;
    /** Engine options used by newEngine(), e.g. request limits. */
    EngineOptions engineOptions;

signals:
    /** A refresh token rotated during the run was written to the keychain (ok) or not. */
    void rememberedSignInUpdated(bool ok, const QString &error);
    void simulationChanged();
    /** A new token provider was created (connect to its sign-in prompts). */
    void tokenProviderChanged(dwh::TokenProvider *provider);
    void reportChanged();

private:
    void onEngineFinished(const Report &report);
    void dropEngine();
    void dropTokens();
    /** A provider for `profile` and `secret`, with the browser opener set. */
    std::unique_ptr<TokenProvider> makeProvider(const Profile &profile, const QByteArray &secret) const;
    /** Makes a provider the session's one. */
    TokenProvider *adoptProvider(const Profile &profile, const QByteArray &secret);

    std::unique_ptr<sim::SimulatorThread> m_simulator;
    QString m_scenario;
    bool m_demoChosen = false;
    QString m_chosenScenario;
    int m_latencyMs = 0;
    Profile m_profile;
    QByteArray m_secret;
    QPointer<HealthEngine> m_engine;
    QPointer<TokenProvider> m_tokens;   // the session's sign-in; outlives engines
    QString m_tokensKey;                // signInKey() it was made for
    QByteArray m_tokensSecret;          // the secret it was made with (clientSecret only)
    std::function<bool(const QUrl &)> m_browserOpener;
    QObject *m_simulatedBrowser = nullptr;
    void stamp(const CheckResult &result);

    Report m_report;
    QHash<QString, QDateTime> m_checkedAt;
    bool m_hasReport = false;
};

} // namespace dwh::gui
