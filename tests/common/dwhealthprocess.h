// SPDX-License-Identifier: MIT
#pragma once
// Test helper: runs the dwhealth executable (DWHEALTH_BINARY) as a user or a pipeline would, while
// this process's event loop keeps running, so that a simulator in this process can answer it
// over loopback.

#include <QList>
#include <QPair>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace dwh::test {

struct CliRun
{
    int exitCode = -1;  // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

struct CliSetup
{
    QByteArray secret;       // DWHEALTH_CLIENT_SECRET; empty: the variable is removed
    QByteArray stdinData;    // written to standard input, which is then closed
    QString stdinFile;       // standard input read from this file (/dev/zero) instead
    QString workingDir;      // empty: this process's
    QString dataHome;        // XDG_DATA_HOME (history, backups); empty: inherited
    QList<QPair<QString, QString>> environment;  // more variables (LANG, …), set last
    int timeoutMs = 120000;
};

/** A set-up with only the client secret (and standard input) given, the rest defaulted. */
inline CliSetup withSecret(const QByteArray &secret, const QByteArray &stdinData = QByteArray())
{
    CliSetup setup;
    setup.secret = secret;
    setup.stdinData = stdinData;
    return setup;
}

inline CliRun runDwhealth(const QStringList &args, const CliSetup &setup = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DWHEALTH_CLIENT_SECRET"));
    if (!setup.secret.isEmpty())
        env.insert(QStringLiteral("DWHEALTH_CLIENT_SECRET"), QString::fromUtf8(setup.secret));
    if (!setup.dataHome.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), setup.dataHome);
    for (const auto &[name, value] : setup.environment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    if (!setup.workingDir.isEmpty())
        p.setWorkingDirectory(setup.workingDir);
    if (!setup.stdinFile.isEmpty())
        p.setStandardInputFile(setup.stdinFile);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(DWHEALTH_BINARY), args);
    CliRun r;
    if (!p.waitForStarted(20000))
        return r;
    if (!setup.stdinData.isEmpty())
        p.write(setup.stdinData);
    if (setup.stdinFile.isEmpty())
        p.closeWriteChannel();
    if (!finished.wait(setup.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace dwh::test
