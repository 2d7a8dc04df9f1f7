// SPDX-License-Identifier: MIT
#include "fixconfirm.h"

#include "platform.h"
#include "terminalout.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace dwh::cli {

bool isInteractive()
{
    return platform::isTerminal(platform::Stream::Input)
           && platform::isTerminal(platform::Stream::Error);
}

bool confirmByHostName(const QStringList &hosts)
{
    for (const QString &host : hosts) {
        writeErr(QCoreApplication::translate("dwh::cli",
                                             "Type the environment host name to confirm (%1): ")
                     .arg(host));
        char line[512];
        if (!std::fgets(line, sizeof line, stdin))
            return false;
        if (QString::fromLocal8Bit(line).trimmed().compare(host, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace dwh::cli
