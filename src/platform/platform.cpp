// SPDX-License-Identifier: MIT
// platform.h for Windows (console API, _isatty) and POSIX (termios, isatty, sigaction). Keep each
// function short and both branches side by side: only Linux is built and run here; the Windows
// branch is compiled by tst_platform with MinGW (-fsyntax-only), the macOS one is the POSIX one.
#include "platform.h"

#include <atomic>
#include <cstdio>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace dwh::platform {

namespace {

std::atomic<int> g_interrupts{0};
static_assert(std::atomic<int>::is_always_lock_free, "incremented in a signal handler");

#ifdef _WIN32

int descriptor(Stream stream)
{
    switch (stream) {
    case Stream::Input: return _fileno(stdin);
    case Stream::Output: return _fileno(stdout);
    case Stream::Error: break;
    }
    return _fileno(stderr);
}

BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE;
    ++g_interrupts;
    return TRUE;  // handled: the run cancels itself and writes its report
}

#else

int descriptor(Stream stream)
{
    switch (stream) {
    case Stream::Input: return STDIN_FILENO;
    case Stream::Output: return STDOUT_FILENO;
    case Stream::Error: break;
    }
    return STDERR_FILENO;
}

extern "C" void onSignal(int)
{
    ++g_interrupts;  // lock-free: async-signal-safe
}

bool setSignalHandler(void (*handler)(int))
{
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

#endif

} // namespace

bool isTerminal(Stream stream)
{
#ifdef _WIN32
    return _isatty(descriptor(stream)) != 0;
#else
    return ::isatty(descriptor(stream)) == 1;
#endif
}

bool setInputEcho(bool enabled)
{
#ifdef _WIN32
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return false;
    mode = enabled ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT));
    return SetConsoleMode(input, mode) != 0;
#else
    termios mode {};
    if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &mode) != 0)
        return false;
    if (enabled)
        mode.c_lflag |= static_cast<tcflag_t>(ECHO);
    else
        mode.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    return ::tcsetattr(STDIN_FILENO, TCSANOW, &mode) == 0;
#endif
}

bool catchInterrupts()
{
#ifdef _WIN32
    return SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#else
    return setSignalHandler(onSignal);
#endif
}

void releaseInterrupts()
{
#ifdef _WIN32
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    setSignalHandler(SIG_DFL);
#endif
}

int interruptCount()
{
    return g_interrupts.load();
}

} // namespace dwh::platform
