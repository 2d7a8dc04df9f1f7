// SPDX-License-Identifier: MIT
#pragma once
// Test helper: a started simulator and the profile pointing at it.

#include "profile.h"
#include "simulator.h"

#include <QJsonDocument>

#include <memory>
#include <optional>

namespace dwh::test {

/** Loads `scenario` into `simulator`, starts it on loopback and parses its profile. */
inline std::optional<Profile> startSimulator(sim::Simulator &simulator,
                                             const QString &scenario = QStringLiteral("healthy"))
{
    QString error;
    if (!simulator.loadScenario(scenario, &error) || !simulator.start(&error)) {
        qWarning("simulator: %s", qPrintable(error));
        return std::nullopt;
    }
    ProfileError profileError;
    auto profile = parseProfile(QJsonDocument(simulator.profileJson()).toJson(),
                                QStringLiteral("sim"), &profileError);
    if (!profile)
        qWarning("profile: %s", qPrintable(profileError.toString()));
    return profile;
}

inline sim::Fault fault(const QString &service, const QString &pathContains,
                        sim::Fault::Kind kind, int status = 503, int retryAfterSeconds = -1,
                        int times = -1)
{
    sim::Fault f;
    f.service = service;
    f.pathContains = pathContains;
    f.kind = kind;
    f.status = status;
    f.retryAfterSeconds = retryAfterSeconds;
    f.times = times;
    return f;
}

} // namespace dwh::test
