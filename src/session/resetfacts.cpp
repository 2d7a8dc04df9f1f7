// SPDX-License-Identifier: MIT
// The reset walkthrough's verifications, each outcome said in words.
#include "resetfacts.h"

#include "matching.h"
#include "owningteamdetails.h"
#include "profile.h"
#include "report.h"
#include "savefile.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace dwh::gui {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::ResetWalkthrough)
};

QString column(const QJsonObject &row, const char *name)
{
    return row.value(QLatin1String(name)).toVariant().toString();
}

StepVerdict unreadable(const DatasetResult &result, const QString &table)
{
    return StepVerdict{CheckStatus::Unknown,
                       Tr::tr("%1 could not be read: %2").arg(table, result.error), {}};
}

QJsonArray rowsJson(const DatasetResult &result)
{
    QJsonArray rows;
    for (const QJsonObject &row : result.rows)
        rows.append(row);
    return rows;
}

} // namespace

QStringList selectedLegalEntities(const Report &report, const Profile &profile)
{
    if (const CheckResult *check = report.find(QStringLiteral("dep.company.owning-team"))) {
        // Malformed details (a report read from a file): the profile's selection instead.
        const std::optional<OwningTeamDetails> details =
            OwningTeamDetails::fromJson(check->details, nullptr);
        if (details && !details->selected.isEmpty())
            return details->selected;
    }
    return profile.legalEntities;
}

bool isMapRunning(const QJsonObject &projectRow)
{
    const QString status = column(projectRow, "Status").trimmed();
    return status.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("Queueing"), Qt::CaseInsensitive) == 0
        || status == QLatin1String("0") || status == QLatin1String("4");
}

StepVerdict verifyMapsStopped(const DatasetResult &projects)
{
    if (!projects.ok())
        return unreadable(projects, QStringLiteral("DualWriteProjectConfigurations"));
    StepVerdict verdict;
    for (const QJsonObject &row : projects.rows) {
        if (isMapRunning(row)) {
            verdict.details << Tr::tr("%1: running (Status %2)")
                                   .arg(column(row, "ProjectName"), column(row, "Status"));
        }
    }
    verdict.status = verdict.details.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
    verdict.summary = verdict.details.isEmpty()
        ? Tr::tr("Every map is stopped (project configurations: %1).").arg(projects.rows.size())
        : Tr::tr("%1 of %2 maps are still running: stop them before the reset, or tick Force Reset.")
              .arg(verdict.details.size())
              .arg(projects.rows.size());
    return verdict;
}

StepVerdict verifyConfigurationCleared(const DatasetResult &runtime, const DatasetResult &projects)
{
    if (!runtime.ok())
        return unreadable(runtime, QStringLiteral("msdyn_dualwriteruntimeconfigs"));
    if (!projects.ok())
        return unreadable(projects, QStringLiteral("DualWriteProjectConfigurations"));
    StepVerdict verdict;
    for (const QJsonObject &row : runtime.rows) {
        verdict.details << Tr::tr("Dataverse runtime configuration left: %1 (%2)")
                               .arg(column(row, "msdyn_name"),
                                    column(row, "msdyn_dualwriteruntimeconfigid"));
    }
    for (const QJsonObject &row : projects.rows) {
        verdict.details << Tr::tr("F&O project configuration left: %1 (points at %2)")
                               .arg(column(row, "ProjectName"),
                                    column(row, "ExternalEnvironmentUrl"));
    }
    verdict.status = verdict.details.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
    verdict.summary = verdict.details.isEmpty()
        ? Tr::tr("The old configuration is gone: no runtime configuration and no project "
             "configuration is left.")
        : Tr::tr("%n configuration row(s) are left after the reset. Rows left in Dataverse are stale: "
             "the stale configuration cleanup deletes them.",
             nullptr, int(verdict.details.size()));
    return verdict;
}

StepVerdict verifyMapsBack(const DatasetResult &projects, const QUrl &linkedDataverse)
{
    if (!projects.ok())
        return unreadable(projects, QStringLiteral("DualWriteProjectConfigurations"));
    StepVerdict verdict;
    const QString linked = environmentKey(linkedDataverse.toString());
    int running = 0;
    for (const QJsonObject &row : projects.rows) {
        const QString url = column(row, "ExternalEnvironmentUrl");
        if (environmentKey(url) != linked) {
            verdict.details << Tr::tr("%1 points at %2, not at the linked environment")
                                   .arg(column(row, "ProjectName"), url);
        }
        running += isMapRunning(row) ? 1 : 0;
    }
    if (projects.rows.isEmpty()) {
        verdict.status = CheckStatus::Warning;
        verdict.summary = Tr::tr("No map is configured yet: apply the solution on the Dual-write page.");
    } else {
        verdict.status = verdict.details.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
        verdict.summary = Tr::tr("Project configurations: %1, running: %2; pointing elsewhere: %3.")
                              .arg(projects.rows.size())
                              .arg(running)
                              .arg(verdict.details.size());
    }
    return verdict;
}

QJsonObject resetSnapshotJson(const Profile &profile, const DatasetResult &runtime,
                              const DatasetResult &projects, const QStringList &legalEntities)
{
    QJsonArray notReadable;
    const auto note = [&notReadable](const QString &table, const QString &why) {
        notReadable.append(QJsonObject{{QStringLiteral("table"), table},
                                       {QStringLiteral("why"), why}});
    };
    if (!runtime.ok())
        note(QStringLiteral("msdyn_dualwriteruntimeconfigs"), runtime.error);
    if (!projects.ok())
        note(QStringLiteral("DualWriteProjectConfigurations"), projects.error);
    note(QStringLiteral("DualWriteProjectFieldConfiguration"),
         Tr::tr("not exposed through OData; the field maps are in each project's FieldMap column"));
    note(QStringLiteral("BusinessEventsDefinition"), Tr::tr("not exposed through OData"));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("dwhealth-reset-snapshot")},
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("dwhealth")},
                                             {QStringLiteral("version"),
                                              QStringLiteral(DWHEALTH_VERSION)}}},
        {QStringLiteral("createdAt"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("name"), profile.name},
                     {QStringLiteral("dataverse"), profile.dataverseUrl.toString()},
                     {QStringLiteral("financeAndOperations"), profile.foUrl.toString()}}},
        {QStringLiteral("runtimeConfigurations"), rowsJson(runtime)},
        {QStringLiteral("projectConfigurations"), rowsJson(projects)},
        {QStringLiteral("legalEntities"), QJsonArray::fromStringList(legalEntities)},
        {QStringLiteral("notReadable"), notReadable}};
}

bool writeJsonFile(const QString &path, const QJsonObject &json, QString *error)
{
    QString reason;
    if (!saveFileAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented), &reason,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Tr::tr("%1: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace dwh::gui
