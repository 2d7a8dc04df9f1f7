// SPDX-License-Identifier: MIT
// src/platform: the POSIX branch on a pseudo-terminal and a pipe, Ctrl+C counted instead of ending
// the process, and the Windows branch compiled by MinGW (skipped when MinGW is not installed).
#include "platform.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace dwh::platform;

namespace {

/** Puts `fd` on standard input until destroyed. */
class StdinRedirect
{
public:
    explicit StdinRedirect(int fd) : m_saved(::dup(STDIN_FILENO)) { ::dup2(fd, STDIN_FILENO); }
    ~StdinRedirect()
    {
        ::dup2(m_saved, STDIN_FILENO);
        ::close(m_saved);
    }
    Q_DISABLE_COPY_MOVE(StdinRedirect)

private:
    int m_saved;
};

bool echoOn(int fd)
{
    termios mode {};
    return ::tcgetattr(fd, &mode) == 0 && (mode.c_lflag & ECHO) != 0;
}

} // namespace

class tst_Platform : public QObject
{
    Q_OBJECT

private slots:
    void aPipeIsNoTerminal()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        {
            StdinRedirect redirect(fds[0]);
            QVERIFY(!isTerminal(Stream::Input));
            QVERIFY(!setInputEcho(false));  // nothing to hide on a pipe
        }
        ::close(fds[0]);
        ::close(fds[1]);
    }

    void echoIsHiddenAndShownOnATerminal()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0)
            QSKIP("no pseudo-terminal available here");
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        QVERIFY(terminal >= 0);
        QVERIFY(echoOn(terminal));
        {
            StdinRedirect redirect(terminal);
            QVERIFY(isTerminal(Stream::Input));
            QVERIFY(setInputEcho(false));
            QVERIFY(!echoOn(terminal));
            QVERIFY(setInputEcho(true));
            QVERIFY(echoOn(terminal));
        }
        ::close(terminal);
        ::close(master);
    }

    void interruptsAreCountedWhileCaught()
    {
        QVERIFY(catchInterrupts());
        const int before = interruptCount();
        QCOMPARE(::raise(SIGINT), 0);   // would end the process if it were not caught
        QCOMPARE(::raise(SIGTERM), 0);
        QCOMPARE(interruptCount(), before + 2);
        releaseInterrupts();
        struct sigaction current {};
        QCOMPARE(::sigaction(SIGINT, nullptr, &current), 0);
        QVERIFY(current.sa_handler == SIG_DFL);
    }

    void theWindowsBranchCompiles()
    {
        const QString compiler = QStandardPaths::findExecutable(QStringLiteral("x86_64-w64-mingw32-g++-posix"));
        if (compiler.isEmpty())
            QSKIP("x86_64-w64-mingw32-g++-posix is not installed (Debian: g++-mingw-w64-x86-64-posix, "
                  "in scripts/install-deps.sh): the Windows branch of src/platform is not compiled");
        const QString source = QStringLiteral(DWH_PLATFORM_SOURCE);
        QProcess p;
        p.start(compiler, {QStringLiteral("-std=c++17"), QStringLiteral("-Wall"), QStringLiteral("-Wextra"),
                           QStringLiteral("-Werror"), QStringLiteral("-fsyntax-only"),
                           QStringLiteral("-I") + QFileInfo(source).absolutePath(), source});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 p.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(tst_Platform)
#include "tst_platform.moc"
