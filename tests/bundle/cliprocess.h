// SPDX-License-Identifier: MIT
#pragma once
// Test helper: runs the dwhealth executable while this process's event loop keeps running, so a
// simulator in this process can answer it over loopback.

#include "dwhealthprocess.h"
#include "simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace dwh::test {

/** `dwhealth args…` with `secret` in DWHEALTH_CLIENT_SECRET and XDG_DATA_HOME at `dataHome`. */
inline CliRun dwhealth(const QStringList &args, const QString &dataHome,
                       const QByteArray &secret = QByteArray())
{
    CliSetup setup;
    setup.secret = secret;
    setup.dataHome = dataHome;
    return runDwhealth(args, setup);
}

/** Writes the simulator's ready profile, named `name`, to `path`. */
inline bool writeSimulatorProfile(const sim::Simulator &simulator, const QString &path,
                                  const QString &name)
{
    QJsonObject profile = simulator.profileJson();
    profile.insert(QStringLiteral("name"), name);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(profile).toJson()) > 0;
}

} // namespace dwh::test
