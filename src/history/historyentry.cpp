// SPDX-License-Identifier: MIT
#include "historyentry.h"

namespace dwh {

std::optional<HistoryEntry> HistoryEntry::fromReportJson(const QJsonObject &json,
                                                         const QString &path)
{
    const std::optional<Report> report = Report::fromJson(json, nullptr);
    if (!report)
        return std::nullopt;
    HistoryEntry e;
    e.path = path;
    e.profileName = report->profileName;
    e.startedAt = report->startedAt.toUTC();
    e.finishedAt = report->finishedAt.toUTC();
    e.summary = report->summary();
    e.codes = report->raisedCodes();
    e.exitCode = report->exitCode();
    return e;
}

} // namespace dwh
