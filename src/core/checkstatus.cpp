// SPDX-License-Identifier: MIT
#include "checkstatus.h"

namespace dwh {

QString toString(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Warning: return QStringLiteral("warning");
    case CheckStatus::Unknown: return QStringLiteral("unknown");
    case CheckStatus::Skipped: return QStringLiteral("skipped");
    }
    return QString();
}

bool checkStatusFromString(const QString &text, CheckStatus *status)
{
    for (CheckStatus s : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Warning,
                          CheckStatus::Unknown, CheckStatus::Skipped}) {
        if (toString(s) == text) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString toString(Step step)
{
    return step == Step::Prerequisites ? QStringLiteral("prerequisites")
                                       : QStringLiteral("dependencies");
}

bool stepFromString(const QString &text, Step *step)
{
    if (text == QLatin1String("prerequisites")) {
        *step = Step::Prerequisites;
        return true;
    }
    if (text == QLatin1String("dependencies")) {
        *step = Step::Dependencies;
        return true;
    }
    return false;
}

int severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Skipped: return 0;
    case CheckStatus::Pass: return 1;
    case CheckStatus::Warning: return 2;
    case CheckStatus::Unknown: return 3;
    case CheckStatus::Fail: return 4;
    }
    return 0;
}

} // namespace dwh
