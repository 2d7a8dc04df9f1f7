// SPDX-License-Identifier: MIT
// The model of the table maps and their recent errors: what was read, and why a fact was not.
#pragma once

#include "mapstate.h"
#include "symptom.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

/** A fact that could not be read: why, and the right that would let it be read (or empty). */
struct Unread
{
    QString reason;        // "Could not read … (403 Forbidden)", "not exposed: …"
    QString missingRight;  // "the Read privilege on the Plug-in Trace Log table (…)"; empty: not a right
    bool isUnread() const { return !reason.isEmpty(); }
    QJsonObject toJson() const;
};

/** One live-sync error as the log holds it. */
struct MapError
{
    QString side;          // "dataverse" (plug-in trace log); F&O's DualWriteErrorLog is not exposed
    QDateTime at;          // UTC
    QString mapName;       // the map it belongs to; empty when the table matches no map
    QString table;         // the Dataverse table (logical name) the plug-in ran on
    QString message;       // the exception text, control characters removed, capped
    QString correlationId;
    QString causeId;       // the troubleshooter's symptom id, or "unrecognised"
};

/** Errors of one cause: the troubleshooter's symptom with its documented fix beside them. */
struct ErrorGroup
{
    QString causeId;       // symptom id; "unrecognised" for messages no symptom matched
    bool recognised = false;
    Symptom symptom;       // translated; empty when not recognised
    int count = 0;
    QDateTime first, last;
    QStringList maps;      // map names (or "table <name>" when no map matched), sorted
    QString sample;        // one message of the group (the newest)

    QJsonObject toJson() const;
};

/** One table map. */
struct TableMap
{
    QString name;                 // ProjectName, "DWM_CustomersV3_accounts"
    QString financeEntity;        // InternalEntityName, the F&O entity label ("Customers V3")
    QString dataverseEntitySet;   // ExternalEntityName ("accounts")
    QString dataverseTable;       // the runtime configuration's logical name ("account"); may be empty
    MapState state = MapState::Unknown;
    QString status;               // Status as F&O returned it
    QString stateNote;            // why Error or Unknown; empty otherwise
    QStringList legalEntities;    // the link's selection (the Dual-write page keeps it per link)
    Unread direction;             // not exposed (see docs/wire.md)
    Unread initialSync;           // not exposed (see docs/wire.md)
    int errorCount = 0;           // in the window
    QDateTime firstError, lastError;
    QStringList errorCauses;      // cause ids, most frequent first

    QJsonObject toJson() const;
};

/** Everything `dwhealth maps`, `dwhealth errors`, the Table maps page and the PDF section show. */
struct MapsOverview
{
    QDateTime readAt;             // UTC
    QDateTime since;              // the error window's start, UTC
    Unread maps;                  // F&O's project configurations could not be read
    Unread runtimeConfigs;        // Dataverse's runtime configurations could not be read
    QString legalEntitiesSource;  // where the legal entities come from
    QList<TableMap> tableMaps;    // sorted by name
    Unread dataverseErrors;       // the plug-in trace log could not be read, or is off
    Unread financeErrors;         // F&O's DualWriteErrorLog: always unread (not exposed)
    QList<MapError> errors;       // newest first, in the window
    QList<ErrorGroup> groups;     // most errors first

    /** At least one map in Error, or an error in the window. */
    bool hasFindings() const;
    /** The maps or the Dataverse errors could not be read, or a map's state is Unknown. */
    bool hasUnread() const;
    bool errorsHaveFindings() const { return !errors.isEmpty(); }
    bool errorsUnread() const { return dataverseErrors.isUnread(); }

    /** The `dwhealth maps|errors --format json` document (schemaVersion 1). */
    QJsonObject toJson() const;
};

} // namespace dwh
