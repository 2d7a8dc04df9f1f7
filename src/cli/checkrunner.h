// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace dwh {
class HealthEngine;
class TokenProvider;
class TraceRecorder;
struct Profile;
struct Report;
namespace sim {
class Simulator;
}
} // namespace dwh

namespace dwh::cli {

/**
 * `dwhealth check`: loads the profile (a file, or a saved one with --profile-name), or starts
 * the embedded simulator for --demo, signs in, runs both steps and writes the report. Emits done() once with the exit code.
 */
class CheckRunner final : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(CheckOptions options, QObject *parent = nullptr);
    ~CheckRunner() override;

    void start();
    void cancel();

signals:
    void done(int exitCode);

private:
    void fail(int exitCode, const QString &message);
    /** --profile-name: the saved profile; its secret from the environment, stdin or keychain. */
    void startSaved();
    /** Signs in with `secret` (wiped after use) and runs both steps on `profile`. */
    void run(const dwh::Profile &profile, QByteArray secret);
    void onProgress(int done, int total);
    void onFinished(const dwh::Report &report);
    void replay();                                  // --replay: the rules on a bundle's facts
    bool writeBundle(const dwh::Report &report);    // --bundle
    /** Unless --no-history: `liveJson` is liveReportJson(report), built once for the run. */
    void storeInHistory(const dwh::Report &report, const QJsonObject &liveJson);

    CheckOptions m_options;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<HealthEngine> m_engine;
    std::unique_ptr<TraceRecorder> m_trace;  // --bundle: every HTTP exchange, without credentials
    std::unique_ptr<Profile> m_profile;      // the profile (never holds a secret): bundle facts, PDF fix steps
    bool m_showProgress = false;
    QStringList m_redactValues;  // --redact: the profile's ids, which the report itself does not hold
};

} // namespace dwh::cli
