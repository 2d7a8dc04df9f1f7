// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dwh {
struct DatasetResult;
struct Profile;
struct Report;
} // namespace dwh

namespace dwh::gui {

/*
 * What the reset walkthrough judges and saves (pure functions). Reset (domain.md §4.1, the
 * "Reset dual-write connections" article) clears the Dataverse Dual Write Runtime
 * Configurations and the F&O DualWriteProjectConfiguration, DualWriteProjectFieldConfiguration
 * and BusinessEventsDefinition tables, and with them the maps, integration keys and legal-entity
 * mapping.
 */

/** The outcome of one walkthrough verification, said in words (status is never the only cue). */
struct StepVerdict
{
    CheckStatus status = CheckStatus::Unknown;
    QString summary;
    QStringList details;  // one line per record involved
};

/** The legal entities selected for dual-write: the last run's selection, else the profile's. */
QStringList selectedLegalEntities(const Report &report, const Profile &profile);

/** A project configuration is running when its Status is Enabled (0) or Queueing (4). */
bool isMapRunning(const QJsonObject &projectRow);

/** Every map stopped: no DualWriteProjectConfigurations row is running. */
StepVerdict verifyMapsStopped(const DatasetResult &projects);
/** What reset clears is gone: no runtime configuration and no project configuration is left. */
StepVerdict verifyConfigurationCleared(const DatasetResult &runtime, const DatasetResult &projects);
/** After Apply Solution: maps exist again, all pointing at the linked Dataverse environment. */
StepVerdict verifyMapsBack(const DatasetResult &projects, const QUrl &linkedDataverse);

/**
 * The impact snapshot saved before reset: {"format": "dwhealth-reset-snapshot",
 * "schemaVersion": 1, "tool", "createdAt", "profile": {name, dataverse, financeAndOperations},
 * "runtimeConfigurations": [rows], "projectConfigurations": [rows], "legalEntities": [codes],
 * "notReadable": [{table, why}]}. Rows as the services returned them; no token or secret.
 */
QJsonObject resetSnapshotJson(const Profile &profile, const DatasetResult &runtime,
                              const DatasetResult &projects, const QStringList &legalEntities);
/** Writes `json` to `path` atomically (QSaveFile); false with `error` naming the file. */
bool writeJsonFile(const QString &path, const QJsonObject &json, QString *error);

} // namespace dwh::gui
