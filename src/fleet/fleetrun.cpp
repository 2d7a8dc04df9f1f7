// SPDX-License-Identifier: MIT
// Runs the health check of many environments with bounded concurrency (issue 18).
#include "fleetrun.h"

#include "healthengine.h"
#include "requestgate.h"
#include "signingate.h"
#include "tokenprovider.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::FleetRun)
};

constexpr int ExitIncomplete = 3;
constexpr int ExitUsage = 2;

} // namespace

struct FleetRun::Running
{
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<HealthEngine> engine;
};

FleetRun::FleetRun(QList<Profile> profiles, FleetRunOptions options, TokenFactory tokens,
                   QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_options(options)
    , m_tokens(std::move(tokens))
{
    m_options.limits.parallel = std::clamp(m_options.limits.parallel, 1, ServiceConcurrencyBudget);
    m_options.limits.perTenant = std::max(1, m_options.limits.perTenant);
    m_options.limits.perService = std::clamp(m_options.limits.perService, 1, ServiceConcurrencyBudget);
}

FleetRun::~FleetRun()
{
    for (const auto &running : std::as_const(m_running))
        running->engine->disconnect(this);
}

void FleetRun::start()
{
    m_started = true;
    for (int i = 0; i < m_profiles.size(); ++i)
        m_waiting << i;
    if (m_profiles.isEmpty()) {
        QTimer::singleShot(0, this, &FleetRun::finished);
        return;
    }
    // Leave start() first, so the caller's connections see every signal.
    QTimer::singleShot(0, this, &FleetRun::scheduleMore);
}

void FleetRun::cancel()
{
    m_cancelled = true;
    const QList<int> waiting = m_waiting;
    m_waiting.clear();
    for (int index : waiting)
        finishEnvironment(index, Report(), ExitIncomplete, Tr::tr("not run: cancelled"));
    for (const auto &running : std::as_const(m_running))
        running->engine->cancel();
}

bool FleetRun::canStart(int index) const
{
    return m_runningPerTenant.value(tenantKey(m_profiles.at(index)))
        < m_options.limits.perTenant;
}

void FleetRun::scheduleMore()
{
    for (int i = 0; i < m_waiting.size() && m_running.size() < m_options.limits.parallel;) {
        const int index = m_waiting.at(i);
        if (!canStart(index)) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        startEnvironment(index);
    }
}

void FleetRun::startEnvironment(int index)
{
    const Profile &profile = m_profiles.at(index);
    QString error;
    std::unique_ptr<TokenProvider> tokens = m_tokens ? m_tokens(index, &error) : nullptr;
    if (!tokens) {
        // Reported after this call returns, like every other outcome.
        QTimer::singleShot(0, this, [this, index, error] {
            finishEnvironment(index, Report(), ExitUsage, error);
        });
        return;
    }
    EngineOptions engineOptions;
    engineOptions.forceDependencies = m_options.forceDependencies;
    engineOptions.deadlineMs = m_options.deadlineMs;
    for (Service service : cappedServices()) {
        RequestLimits limits;
        limits.maxConcurrent = m_options.limits.perService;
        limits.timeoutMs = m_options.timeoutMs;
        engineOptions.collector.limits.insert(service, limits);
        const QString host = serviceHostKey(profile, service);
        if (host.isEmpty())
            continue;
        std::shared_ptr<RequestGate> &gate = m_hostGates[host];
        if (!gate)
            gate = std::make_shared<RequestGate>(ServiceConcurrencyBudget);
        engineOptions.collector.sharedGates.insert(service, gate.get());
    }
    RequestLimits entra;
    entra.timeoutMs = m_options.timeoutMs;
    engineOptions.collector.limits.insert(Service::Entra, entra);
    // Token requests are outside the collector's caps: one gate per sign-in host for all.
    std::shared_ptr<SignInGate> &gate = m_signInGates[profile.authority.host().toLower()];
    if (!gate)
        gate = std::make_shared<SignInGate>(ServiceConcurrencyBudget);
    auto running = std::make_shared<Running>();
    running->tokens = std::make_unique<GatedTokenProvider>(std::move(tokens), gate);
    running->engine = std::make_unique<HealthEngine>(profile, running->tokens.get(), engineOptions);
    HealthEngine *engine = running->engine.get();
    m_running.insert(index, running);
    ++m_runningPerTenant[tenantKey(profile)];
    m_peakRunning = std::max(m_peakRunning, int(m_running.size()));
    connect(engine, &HealthEngine::progress, this, [this, index](int done, int total) {
        emit environmentProgress(index, done, total);
    });
    connect(engine, &HealthEngine::finished, this, [this, index, engine](const Report &report) {
        const int exit = engine->deadlineReached() ? ExitIncomplete : report.exitCode();
        finishEnvironment(index, report, exit, QString());
    });
    emit environmentStarted(index);
    engine->runAll();
}

void FleetRun::finishEnvironment(int index, const Report &report, int exitCode,
                                 const QString &problem)
{
    if (const auto running = m_running.take(index)) {
        --m_runningPerTenant[tenantKey(m_profiles.at(index))];
        running->engine->disconnect(this);
        // Released once the engine's own signal has returned.
        QTimer::singleShot(0, this, [running] {});
    }
    ++m_finishedCount;
    emit environmentFinished(index, report, exitCode, problem);
    if (m_finishedCount == m_profiles.size()) {
        emit finished();
        return;
    }
    if (!m_cancelled)
        scheduleMore();
}

} // namespace dwh::fleet
