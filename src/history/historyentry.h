// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh {

/** One past run as the history lists it: when, how it went, which codes it raised. */
struct HistoryEntry
{
    QString path;           // the stored report JSON
    QString profileName;
    QDateTime startedAt;    // UTC
    QDateTime finishedAt;
    ReportSummary summary;
    QStringList codes;      // raised by failing, warning or unknown checks, sorted, each once
    int exitCode = 0;       // as `dwhealth check` would have exited

    /** Reads the entry from a report (contract.md "Report"); nothing when it is not one. */
    static std::optional<HistoryEntry> fromReportJson(const QJsonObject &report, const QString &path);
};

} // namespace dwh
