// SPDX-License-Identifier: MIT
#include "wizardsession.h"

#include "clientsecrettokenprovider.h"
#include "simulatorthread.h"

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
}

bool WizardSession::startSimulator(const QString &scenario, QString *error)
{
    clearRun();
    auto simulator = std::make_unique<sim::SimulatorThread>();
    if (!simulator->start(scenario, m_latencyMs, error))
        return false;
    m_simulator = std::move(simulator);
    m_scenario = scenario;
    emit simulationChanged();
    return true;
}

void WizardSession::stopSimulator()
{
    if (!m_simulator)
        return;
    clearRun();
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

const Profile &WizardSession::profile() const
{
    return m_profile;
}

void WizardSession::setProfile(const Profile &profile)
{
    m_profile = profile;
    clearRun();
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
}

HealthEngine *WizardSession::newEngine()
{
    dropEngine();
    m_tokens = new ClientSecretTokenProvider(m_profile, m_secret, this);
    m_engine = new HealthEngine(m_profile, m_tokens, engineOptions, this);
    connect(m_engine, &HealthEngine::finished, this, &WizardSession::onEngineFinished);
    return m_engine;
}

HealthEngine *WizardSession::engine() const
{
    return m_engine;
}

void WizardSession::clearRun()
{
    dropEngine();
    if (m_hasReport) {
        m_report = Report();
        m_hasReport = false;
        emit reportChanged();
    }
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
    if (m_tokens) {
        m_tokens->deleteLater();
        m_tokens = nullptr;
    }
}

} // namespace dwh::gui
