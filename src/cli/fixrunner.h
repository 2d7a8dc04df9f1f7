// SPDX-License-Identifier: MIT
#pragma once

#include "fixoptions.h"
#include "environmentsession.h"
#include "remediationplan.h"
#include "remediationrun.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace dwh {
class HealthEngine;
class ServiceClients;
struct Report;
} // namespace dwh

namespace dwh::cli {

/**
 * `dwhealth fix CODE`: runs the health check, previews the writes record by record, and with
 * --apply (confirmed) backs the records up, writes, prints each record's result and checks
 * again. Emits done() once with the exit code (0 the code now passes, 1 not all fixed, 2 usage
 * or bad input, 3 could not complete).
 */
class FixRunner final : public QObject
{
    Q_OBJECT
public:
    explicit FixRunner(FixOptions options, QObject *parent = nullptr);
    ~FixRunner() override;

    void start();
    void cancel();

signals:
    void done(int exitCode);

private:
    void onOpened();
    void runCheck();
    void onChecked(const dwh::Report &report);
    void planAndPreview();
    void applyPlan();
    void onRunFinished(const dwh::RunOutcome &outcome);
    void onRechecked(const dwh::Report &report);
    void finish(int exitCode, const QString &error = QString());
    bool text() const { return m_options.format == QLatin1String("text"); }

    FixOptions m_options;
    session::EnvironmentSession m_session;
    std::unique_ptr<HealthEngine> m_engine;
    std::unique_ptr<ServiceClients> m_clients;
    std::unique_ptr<RemediationRun> m_run;
    RemediationPlan m_plan;
    QJsonObject m_json;
    bool m_rechecking = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_showProgress = false;
};

} // namespace dwh::cli
