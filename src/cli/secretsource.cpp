// SPDX-License-Identifier: MIT
#include "secretsource.h"

#include "platform.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace dwh::cli {

namespace {

// Reads one line from stdin with terminal echo switched off while typing.
QByteArray readLineNoEcho()
{
    const bool tty = platform::setInputEcho(false);
    if (tty)
        std::fputs("Client secret: ", stderr);
    std::string line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (tty) {
        platform::setInputEcho(true);
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
