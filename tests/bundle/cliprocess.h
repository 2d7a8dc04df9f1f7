// SPDX-License-Identifier: MIT
#pragma once
// Test helper: runs the dwhealth executable while this process's event loop keeps running, so a
// simulator in this process can answer it over loopback.

#include "simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace dwh::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** `dwhealth args…` with `secret` in DWHEALTH_CLIENT_SECRET and XDG_DATA_HOME at `dataHome`. */
inline CliRun dwhealth(const QStringList &args, const QString &dataHome,
                       const QByteArray &secret = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.remove(QStringLiteral("DWHEALTH_CLIENT_SECRET"));
    if (!secret.isEmpty())
        env.insert(QStringLiteral("DWHEALTH_CLIENT_SECRET"), QString::fromUtf8(secret));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(DWHEALTH_BINARY), args);
    CliRun r;
    if (!p.waitForStarted(20000) || !finished.wait(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
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
