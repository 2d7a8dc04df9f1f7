// SPDX-License-Identifier: MIT
#include "secretsource.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace dwh::cli {

namespace {

// Reads one line from stdin with terminal echo switched off while typing.
QByteArray readLineNoEcho()
{
    termios old {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::fputs("Client secret: ", stderr);
    }
    std::string line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray secret(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace

QByteArray readClientSecret(bool fromStdin, QString *error)
{
    QByteArray secret = fromStdin ? readLineNoEcho() : qgetenv("DWHEALTH_CLIENT_SECRET");
    if (secret.isEmpty()) {
        *error = fromStdin
            ? QCoreApplication::translate("dwh::cli", "no client secret was given on standard input")
            : QCoreApplication::translate(
                  "dwh::cli",
                  "no client secret: set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin");
    }
    return secret;
}

} // namespace dwh::cli
