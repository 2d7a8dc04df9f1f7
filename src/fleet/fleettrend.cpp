// SPDX-License-Identifier: MIT
// A saved profile's last result and trend, from the history of its runs.
#include "fleettrend.h"

#include "historystore.h"
#include "reportdiff.h"

#include <QCoreApplication>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::FleetTrend)
};

} // namespace

EnvironmentTrend trendOf(const HistoryStore &store, const QString &profileName, int depth)
{
    EnvironmentTrend trend;
    const QList<HistoryEntry> runs = store.list(profileName);
    QList<QJsonObject> reports;
    for (const HistoryEntry &entry : runs) {
        if (reports.size() >= std::max(2, depth))
            break;
        if (const std::optional<QJsonObject> json = HistoryStore::load(entry.path, nullptr))
            reports << *json;
    }
    for (const QJsonObject &json : std::as_const(reports)) {
        if (trend.recentExits.size() >= depth)
            break;
        if (const std::optional<Report> report = Report::fromJson(json, nullptr))
            trend.recentExits << report->exitCode();
    }
    if (reports.isEmpty())
        return trend;
    const std::optional<Report> last = Report::fromJson(reports.first(), nullptr);
    if (last) {
        trend.lastStartedAt = last->startedAt.toUTC().toString(Qt::ISODate);
        trend.lastExit = last->exitCode();
        trend.lastSummary = last->summary();
    }
    if (reports.size() < 2) {
        trend.direction = EnvironmentTrend::Direction::FirstRun;
        return trend;
    }
    const ReportDiff diff = diffReports(reports.at(1), reports.first());
    trend.newFindings = int(diff.newFindings.size());
    trend.fixedFindings = int(diff.fixedFindings.size());
    if (trend.newFindings > 0 && trend.fixedFindings > 0)
        trend.direction = EnvironmentTrend::Direction::Mixed;
    else if (trend.newFindings > 0)
        trend.direction = EnvironmentTrend::Direction::Worse;
    else if (trend.fixedFindings > 0)
        trend.direction = EnvironmentTrend::Direction::Better;
    else
        trend.direction = EnvironmentTrend::Direction::Same;
    return trend;
}

QString trendText(const EnvironmentTrend &trend)
{
    switch (trend.direction) {
    case EnvironmentTrend::Direction::NoRun: return Tr::tr("never run");
    case EnvironmentTrend::Direction::FirstRun: return Tr::tr("first run");
    case EnvironmentTrend::Direction::Same: return Tr::tr("no change since the run before");
    case EnvironmentTrend::Direction::Better:
        return Tr::tr("better: %n fixed since the run before", nullptr, trend.fixedFindings);
    case EnvironmentTrend::Direction::Worse:
        return Tr::tr("worse: %n new since the run before", nullptr, trend.newFindings);
    case EnvironmentTrend::Direction::Mixed:
        return Tr::tr("%1 new, %2 fixed since the run before")
            .arg(trend.newFindings).arg(trend.fixedFindings);
    }
    return QString();
}

QString exitText(int exitCode)
{
    switch (exitCode) {
    case 0: return Tr::tr("passed");
    case 1: return Tr::tr("failed");
    case 3: return Tr::tr("incomplete");
    default: return Tr::tr("not run");
    }
}

} // namespace dwh::fleet
