// SPDX-License-Identifier: MIT
// `dwhealth maps` and `dwhealth errors`: their options, the read, the output and the exit code
// (the option table and parsing are mapscommand.cpp's).
#pragma once

#include "mapswriter.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>

namespace dwh {
class Collector;
namespace session {
class EnvironmentSession;
}
} // namespace dwh

namespace dwh::cli {

struct MapsOptions
{
    MapsView view = MapsView::Maps;
    QString profilePath;
    QString profileName;                  // --profile-name NAME: a profile the wizard saved
    bool demo = false;
    QString scenario = QStringLiteral("healthy");
    QString format = QStringLiteral("text");
    QString outputPath;                   // empty: stdout
    QString since = QStringLiteral("24h");
    QDateTime sinceTime;                  // resolved from `since` when parsed (mapscommand.cpp)
    bool secretFromStdin = false;
    int timeoutSeconds = 30;
    QStringList allowedAuthorities;
};

/** "24h", "30m", "7d" (at most 30 days) or an ISO 8601 time: the start of the window. */
bool parseSince(const QString &text, const QDateTime &now, QDateTime *out);

/** The help lines of both commands (part of `dwhealth --help`). */
QString mapsCommandsHelp();

/**
 * Reads the maps' datasets (docs/wire.md) with the profile's sign-in, builds the overview and
 * writes it. Exit codes: 0 nothing to report, 1 a map in error or errors in the window, 2 usage
 * or bad input, 3 a needed fact could not be read and nothing was found.
 */
class MapsRunner final : public QObject
{
    Q_OBJECT
public:
    explicit MapsRunner(MapsOptions options, QObject *parent = nullptr);
    ~MapsRunner() override;

    void start();
    void cancel();

signals:
    void done(int exitCode);

private:
    void onOpened();
    void onFinished();

    MapsOptions m_options;
    std::unique_ptr<session::EnvironmentSession> m_session;
    std::unique_ptr<Collector> m_collector;
};

} // namespace dwh::cli
