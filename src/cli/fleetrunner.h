// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "fleetenvironment.h"
#include "fleetsummary.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace dwh::fleet {
class FleetRun;
class WebhookNotifier;
} // namespace dwh::fleet

namespace dwh::cli {

/**
 * `dwhealth check --profiles DIR` / repeated `--profile` / `--output-dir`: the command-line side
 * of a fleet run (dwh::fleet does the work). Loads the profiles, refuses the ones that cannot run
 * (bad file, foreign authority, delegated sign-in), runs the rest through FleetRun, prints each
 * environment's progress on stderr, writes each report, stores each run in the history, writes
 * the fleet summary and posts it to --notify when something changed. Emits done() once with the
 * worst exit code.
 */
class FleetRunner final : public QObject
{
    Q_OBJECT
public:
    explicit FleetRunner(CheckOptions options, QObject *parent = nullptr);
    ~FleetRunner() override;

    void start();
    void cancel();

signals:
    void done(int exitCode);

private:
    void fail(int exitCode, const QString &message);
    QString readinessProblem(const fleet::FleetEnvironment &env) const;
    void onStarted(int runIndex);
    void onFinished(int runIndex, const dwh::Report &report, int exitCode, const QString &problem);
    void record(int envIndex, const Report *report, int exitCode, const QString &problem);
    void onAllFinished();
    void finish(int exitCode);
    void say(const QString &line) const;

    CheckOptions m_options;
    QList<fleet::FleetEnvironment> m_envs;
    QList<int> m_runToEnv;  // FleetRun's index -> m_envs index
    QList<std::optional<fleet::FleetEnvironmentResult>> m_results;
    QByteArray m_fallbackSecret;  // DWHEALTH_CLIENT_SECRET or --client-secret-stdin
    QUrl m_notifyUrl;
    QDateTime m_startedAt;
    int m_done = 0;
    std::unique_ptr<fleet::FleetRun> m_run;
    std::unique_ptr<fleet::WebhookNotifier> m_notifier;
};

} // namespace dwh::cli
