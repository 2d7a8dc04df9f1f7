// SPDX-License-Identifier: MIT
#pragma once
// Test helper: one simulator on loopback and one engine run against it, over real HTTP.

#include "clientsecrettokenprovider.h"
#include "healthengine.h"
#include "profile.h"
#include "simulator.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace dwh::test {

struct SimRun
{
    std::unique_ptr<sim::Simulator> simulator = std::make_unique<sim::Simulator>();
    Profile profile;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<HealthEngine> engine;

    /** Loads and starts `scenario`; false (with a QTest failure message) when it cannot. */
    bool start(const QString &scenario)
    {
        QString error;
        if (!simulator->loadScenario(scenario, &error) || !simulator->start(&error)) {
            qWarning("simulator: %s", qPrintable(error));
            return false;
        }
        ProfileError profileError;
        auto p = parseProfile(QJsonDocument(simulator->profileJson()).toJson(),
                              QStringLiteral("sim"), &profileError);
        if (!p) {
            qWarning("profile: %s", qPrintable(profileError.toString()));
            return false;
        }
        profile = *p;
        return true;
    }

    /** Runs both steps with `secret`; false when the engine did not finish in time. */
    bool run(EngineOptions options = {}, QByteArray secret = sim::Simulator::clientSecret().toUtf8(),
             int timeoutMs = 60000)
    {
        tokens = std::make_unique<ClientSecretTokenProvider>(profile, secret);
        engine = std::make_unique<HealthEngine>(profile, tokens.get(), options);
        QSignalSpy finished(engine.get(), &HealthEngine::finished);
        engine->runAll();
        return finished.wait(timeoutMs) && finished.size() == 1;
    }

    const Report &report() const { return engine->report(); }
};

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace dwh::test
