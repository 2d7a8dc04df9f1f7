// SPDX-License-Identifier: MIT
#include "wizardsession.h"

#include "delegatedtokenprovider.h"
#include "interactivetokenprovider.h"
#include "profilestore.h"
#include "secretstore.h"
#include "simulatedbrowser.h"
#include "simulatorthread.h"
#include "tokenproviderfactory.h"

namespace dwh::gui {

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
{
}

WizardSession::~WizardSession()
{
    // The engine and token provider are children; delete them before the simulator they talk to.
    delete m_engine.data();
    delete m_tokens.data();
    m_secret.fill('\0');
    m_tokensSecret.fill('\0');
}

bool WizardSession::startSimulator(const QString &scenario, QString *error)
{
    clearRun();
    auto simulator = std::make_unique<sim::SimulatorThread>();
    if (!simulator->start(scenario, m_latencyMs, error))
        return false;
    m_simulator = std::move(simulator);
    m_scenario = scenario;
    // Demo device-code sign-in: the simulated user approves the code after a few polls.
    m_simulator->setDeviceCodeIntervalSeconds(2);
    m_simulator->setDeviceCodeAutoApprovePolls(DemoAutoApprovePolls);
    emit simulationChanged();
    return true;
}

void WizardSession::stopSimulator()
{
    if (!m_simulator)
        return;
    clearRun();
    dropTokens();
    m_simulator.reset();
    m_scenario.clear();
    emit simulationChanged();
}

bool WizardSession::isSimulated() const
{
    return m_simulator != nullptr;
}

void WizardSession::setDemoChoice(bool demo, const QString &scenario)
{
    if (demo == m_demoChosen && scenario == m_chosenScenario)
        return;
    m_demoChosen = demo;
    m_chosenScenario = scenario;
    emit simulationChanged();
}

bool WizardSession::isDemo() const
{
    return m_demoChosen || isSimulated();
}

QString WizardSession::scenario() const
{
    return m_simulator ? m_scenario : m_chosenScenario;
}

QJsonObject WizardSession::simulatorProfile() const
{
    return m_simulator ? m_simulator->profileJson() : QJsonObject();
}

void WizardSession::setSimulatorLatencyMs(int ms)
{
    m_latencyMs = ms;
    if (m_simulator)
        m_simulator->setLatencyMs(ms);
}

sim::SimulatorThread *WizardSession::simulator() const
{
    return m_simulator.get();
}

const Profile &WizardSession::profile() const
{
    return m_profile;
}

void WizardSession::setProfile(const Profile &profile)
{
    m_profile = profile;
    clearRun();
    if (m_tokens && signInKey(profile) != m_tokensKey)
        dropTokens();
}

QByteArray WizardSession::secret() const
{
    return m_secret;
}

void WizardSession::setSecret(const QByteArray &secret)
{
    if (secret == m_secret)
        return;
    m_secret.fill('\0');
    m_secret = secret;
    clearRun();
    if (m_tokens && needsClientSecret(m_profile) && m_tokensSecret != secret)
        dropTokens();
}

std::unique_ptr<TokenProvider> WizardSession::makeProvider(const Profile &profile,
                                                          const QByteArray &secret) const
{
    std::unique_ptr<TokenProvider> provider = createTokenProvider(profile, secret);
    if (auto *interactive = qobject_cast<InteractiveTokenProvider *>(provider.get())) {
        if (m_browserOpener)
            interactive->setBrowserOpener(m_browserOpener);
        else if (m_simulatedBrowser)
            interactive->setBrowserOpener([browser = QPointer<QObject>(m_simulatedBrowser)](const QUrl &url) {
                return browser && static_cast<SimulatedBrowser *>(browser.data())->open(url);
            });
    }
    return provider;
}

TokenProvider *WizardSession::tokenProvider()
{
    return m_tokens ? m_tokens.data() : adoptProvider(m_profile, m_secret);
}

TokenProvider *WizardSession::adoptProvider(const Profile &profile, const QByteArray &secret)
{
    if (isSimulated() && !m_simulatedBrowser)
        m_simulatedBrowser = new SimulatedBrowser(this);
    m_tokens = makeProvider(profile, secret).release();
    m_tokens->setParent(this);
    m_tokensKey = signInKey(profile);
    m_tokensSecret = needsClientSecret(profile) ? secret : QByteArray();
    if (auto *delegated = qobject_cast<DelegatedTokenProvider *>(m_tokens.data())) {
        // Entra ID may hand out a new refresh token with every refresh: when the user chose to
        // remember the sign-in, the keychain gets the new one, so the next start does not redeem
        // a token that was already replaced.
        connect(delegated, &DelegatedTokenProvider::refreshTokenChanged, this, [this, profile, delegated] {
            if (!ProfileStore::remembersSecret(profile.name))
                return;
            QByteArray token = delegated->refreshToken().toUtf8();
            if (token.isEmpty())
                return;
            SecretStore::write(profile, token, this, [this](bool ok, const QString &error) {
                emit rememberedSignInUpdated(ok, error);
            }, SecretStore::Kind::RefreshToken);
            token.fill('\0');
        });
    }
    emit tokenProviderChanged(m_tokens);
    return m_tokens;
}

TokenProvider *WizardSession::tokenProviderFor(const Profile &profile, const QByteArray &secret)
{
    const bool same = m_tokens && signInKey(profile) == m_tokensKey
        && (!needsClientSecret(profile) || secret == m_tokensSecret);
    if (same)
        return m_tokens;
    dropEngine();
    dropTokens();
    return adoptProvider(profile, secret);
}

TokenProvider *WizardSession::currentTokenProvider() const
{
    return m_tokens;
}

void WizardSession::signOut()
{
    dropEngine();
    if (auto *delegated = qobject_cast<DelegatedTokenProvider *>(m_tokens.data()))
        delegated->signOut();
    dropTokens();
}

void WizardSession::setBrowserOpener(std::function<bool(const QUrl &url)> opener)
{
    m_browserOpener = std::move(opener);
    if (auto *interactive = qobject_cast<InteractiveTokenProvider *>(m_tokens.data()))
        interactive->setBrowserOpener(m_browserOpener);
}

HealthEngine *WizardSession::newEngine()
{
    dropEngine();
    m_engine = new HealthEngine(m_profile, tokenProvider(), engineOptions, this);
    connect(m_engine, &HealthEngine::finished, this, &WizardSession::onEngineFinished);
    return m_engine;
}

HealthEngine *WizardSession::engine() const
{
    return m_engine;
}

TokenProvider *WizardSession::newTokenProvider(QObject *parent) const
{
    TokenProvider *provider = makeProvider(m_profile, m_secret).release();
    provider->setParent(parent);
    // The same user, without a second prompt: start from the session's refresh token.
    auto *shared = qobject_cast<DelegatedTokenProvider *>(m_tokens.data());
    auto *delegated = qobject_cast<DelegatedTokenProvider *>(provider);
    if (shared && delegated && signInKey(m_profile) == m_tokensKey)
        delegated->restoreRefreshToken(shared->refreshToken());
    return provider;
}

void WizardSession::clearRun()
{
    dropEngine();
    m_checkedAt.clear();
    if (m_hasReport) {
        m_report = Report();
        m_hasReport = false;
        emit reportChanged();
    }
}

void WizardSession::stamp(const CheckResult &result)
{
    // The time of the newest answer the result was judged on; else now.
    QDateTime at;
    for (const Evidence &e : result.evidence) {
        if (e.at.isValid() && (!at.isValid() || e.at > at))
            at = e.at;
    }
    m_checkedAt.insert(result.id, at.isValid() ? at : QDateTime::currentDateTimeUtc());
}

void WizardSession::mergeResults(const Report &partial)
{
    if (!m_hasReport)
        return;
    bool changed = false;
    for (const StepResult &step : partial.steps) {
        for (const CheckResult &fresh : step.checks) {
            for (StepResult &mine : m_report.steps) {
                for (CheckResult &old : mine.checks) {
                    if (old.id != fresh.id)
                        continue;
                    old = fresh;
                    stamp(fresh);
                    changed = true;
                }
            }
        }
    }
    if (changed)
        emit reportChanged();
}

QDateTime WizardSession::checkedAt(const QString &checkId) const
{
    return m_checkedAt.value(checkId);
}

const Report &WizardSession::report() const
{
    return m_report;
}

bool WizardSession::hasReport() const
{
    return m_hasReport;
}

void WizardSession::onEngineFinished(const Report &report)
{
    if (sender() != m_engine)
        return;
    m_report = report;
    m_hasReport = true;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks)
            stamp(c);
    }
    emit reportChanged();
}

void WizardSession::dropEngine()
{
    // The old engine may be the sender of the signal being handled: cancel and disconnect it now,
    // delete it later (engine before its token provider).
    if (m_engine) {
        disconnect(m_engine, nullptr, nullptr, nullptr);
        m_engine->cancel();
        m_engine->deleteLater();
        m_engine = nullptr;
    }
}

void WizardSession::dropTokens()
{
    // Engines are dropped first (dropEngine()); the provider may be the sender being handled.
    if (m_tokens) {
        disconnect(m_tokens, nullptr, this, nullptr);
        m_tokens->deleteLater();
        m_tokens = nullptr;
    }
    m_tokensKey.clear();
    m_tokensSecret.fill('\0');
    m_tokensSecret.clear();
}

} // namespace dwh::gui
