// SPDX-License-Identifier: MIT
#include "terminalout.h"

#include "terminaltext.h"

#include <cstdio>

namespace dwh::cli {

void writeOut(const QString &text)
{
    std::fputs(terminalSafe(text).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    std::fputs(terminalSafe(text).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void errLine(const QString &line)
{
    writeErr(QStringLiteral("dwhealth: ") + line + QLatin1Char('\n'));
}

} // namespace dwh::cli
