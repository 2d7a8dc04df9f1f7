// SPDX-License-Identifier: MIT
#pragma once
// Test helper: a simulated tenant on loopback, health checks against it over real HTTP, and the
// remediation run of the library, all on this thread (QSignalSpy::wait runs the event loop).

#include "clientsecrettokenprovider.h"
#include "healthengine.h"
#include "profile.h"
#include "remediationrun.h"
#include "serviceclients.h"
#include "simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dwh::test {

/** Writes a scenario variant: `base` plus a `patch` (as the files in resources/scenarios do). */
inline QString writeScenario(const QTemporaryDir &dir, const QString &name, const QString &base,
                             const QJsonObject &patch)
{
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const QJsonObject scenario{{QStringLiteral("name"), name},
                               {QStringLiteral("description"), QStringLiteral("test variant")},
                               {QStringLiteral("base"), base},
                               {QStringLiteral("patch"), patch}};
    f.write(QJsonDocument(scenario).toJson());
    return path;
}

/** Rows without the columns the service maintains itself (row version). */
inline QList<QJsonObject> comparable(QList<QJsonObject> rows)
{
    for (QJsonObject &row : rows)
        row.remove(QStringLiteral("versionnumber"));
    return rows;
}

struct Tenant
{
    sim::Simulator simulator;
    Profile profile;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<ServiceClients> clients;
    Report report;
    Snapshot snapshot;

    bool start(const QString &scenario)
    {
        QString error;
        if (!simulator.loadScenario(scenario, &error) || !simulator.start(&error)) {
            qWarning("simulator: %s", qPrintable(error));
            return false;
        }
        ProfileError profileError;
        auto p = parseProfile(QJsonDocument(simulator.profileJson()).toJson(),
                              QStringLiteral("sim"), &profileError);
        if (!p) {
            qWarning("profile: %s", qPrintable(profileError.toString()));
            return false;
        }
        profile = *p;
        tokens = std::make_unique<ClientSecretTokenProvider>(
            profile, sim::Simulator::clientSecret().toUtf8());
        clients = std::make_unique<ServiceClients>(profile, tokens.get());
        return true;
    }

    /** Runs both steps; keeps the report and the snapshot. */
    bool check()
    {
        HealthEngine engine(profile, tokens.get());
        QSignalSpy finished(&engine, &HealthEngine::finished);
        engine.runAll();
        if (!finished.wait(60000))
            return false;
        report = engine.report();
        snapshot = engine.snapshot();
        return true;
    }

    CheckStatus statusOf(const QString &checkId) const
    {
        const CheckResult *c = report.find(checkId);
        return c ? c->status : CheckStatus::Unknown;
    }

    RunSettings settings(const QString &backupDir, const QString &code,
                         const QString &operation = QStringLiteral("fix")) const
    {
        RunSettings s;
        s.backupDirectory = backupDir;
        s.operation = operation;
        s.code = code;
        s.profileName = profile.name;
        s.dataverseUrl = profile.dataverseUrl;
        s.foUrl = profile.foUrl;
        return s;
    }

    /** Runs `actions` with backup first; false when the run did not finish in time. */
    bool run(const QList<WriteAction> &actions, const RunSettings &settings, RunOutcome *outcome)
    {
        RemediationRun run(clients.get(), settings);
        QObject::connect(&run, &RemediationRun::finished,
                         [outcome](const RunOutcome &o) { *outcome = o; });
        QSignalSpy finished(&run, &RemediationRun::finished);
        run.start(actions);
        return finished.wait(60000) && finished.size() == 1;
    }

    QList<QJsonObject> dvRows(const QString &table) const
    {
        return simulator.rows(QStringLiteral("dataverse"), table);
    }
    QList<QJsonObject> foRows(const QString &table) const
    {
        return simulator.rows(QStringLiteral("financeAndOperations"), table);
    }
};

} // namespace dwh::test
