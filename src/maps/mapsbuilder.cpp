// SPDX-License-Identifier: MIT
#include "mapsbuilder.h"

#include "maperrors.h"
#include "mapsstr.h"
#include "matching.h"
#include "profile.h"
#include "rulehelpers.h"
#include "snapshot.h"
#include "troubleshooter.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace dwh {

namespace {

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString().trimmed();
}

/** The right that lets `dataset` be read, named when the service refused it. */
QString rightFor(Dataset dataset)
{
    switch (dataset) {
    case Dataset::FoProjectConfigs:
    case Dataset::FoProjectConfigsFull:
        return Maps::tr("read access to the dual-write project configurations in finance and "
                        "operations apps (DualWriteProjectConfigurations; the System "
                        "administrator role, as on the Dual-write page)");
    case Dataset::DvRuntimeConfigs:
    case Dataset::DvRuntimeConfigsFull:
        return Maps::tr("the Read privilege on the Dual Write Runtime Configuration table in "
                        "Dataverse (System Administrator)");
    case Dataset::DvTraceLogs:
        return Maps::tr("the Read privilege on the Plug-in Trace Log table in Dataverse "
                        "(prvReadPluginTraceLog; System Administrator has it)");
    case Dataset::DvOrganization:
        return Maps::tr("the Read privilege on the Organization table in Dataverse");
    case Dataset::DvCompanies:
        return Maps::tr("the Read privilege on the Company table (cdm_company) in Dataverse");
    default:
        return QString();
    }
}

Unread unreadOf(const Snapshot &snapshot, Dataset dataset)
{
    const DatasetResult &result = snapshot.get(dataset);
    Unread u;
    if (result.ok())
        return u;
    u.reason = unreadableMessage(dataset, result);
    const DatasetFailure failure = describeFailure(result);
    if (failure.reason == QLatin1String("accessDenied") || failure.httpStatus == 403)
        u.missingRight = rightFor(dataset);
    return u;
}

QString key(const QString &s) { return s.trimmed().toLower(); }

} // namespace

QList<Dataset> mapsDatasets()
{
    return {Dataset::FoProjectConfigs, Dataset::DvRuntimeConfigs, Dataset::DvCompanies,
            Dataset::DvOrganization, Dataset::DvTraceLogs};
}

QString directionNotExposed()
{
    return Maps::tr("not exposed: a map's direction is kept by the Data Integrator service behind "
                    "the Dual-write page, whose API is not documented (docs/wire.md)");
}

QString initialSyncNotExposed()
{
    return Maps::tr("not exposed: the initial-sync executions (the Dual-write page's Initial sync "
                    "details tab) are kept by the Data Integrator service, whose API is not "
                    "documented (docs/wire.md)");
}

QString financeErrorsNotExposed()
{
    return Maps::tr("not exposed: finance and operations apps keep dual-write errors in the "
                    "DualWriteErrorLog table (with debug mode on), which is not documented as "
                    "an OData entity; open it in the table browser (docs/wire.md)");
}

MapsOverview buildMapsOverview(const Snapshot &snapshot, const Profile &profile,
                               const Troubleshooter &troubleshooter, const QDateTime &since,
                               const QDateTime &now)
{
    MapsOverview o;
    o.readAt = now.toUTC();
    o.since = since.toUTC();
    o.financeErrors.reason = financeErrorsNotExposed();

    // The link's legal entities: the Dual-write page keeps the selection per link.
    QStringList legalEntities;
    if (profile.legalEntitiesSet) {
        legalEntities = profile.legalEntities;
        o.legalEntitiesSource = Maps::tr("the profile (dualWrite.legalEntities)");
    } else if (snapshot.get(Dataset::DvCompanies).ok()) {
        for (const QJsonObject &row : snapshot.get(Dataset::DvCompanies).rows) {
            if (row.value(QLatin1String("cdm_isenabledfordualwrite")).toBool())
                legalEntities << text(row, "cdm_companycode").toUpper();
        }
        legalEntities.sort();
        o.legalEntitiesSource = Maps::tr("the Dataverse companies enabled for dual-write "
                                         "(the selection itself is not exposed)");
    } else {
        o.legalEntitiesSource = unreadOf(snapshot, Dataset::DvCompanies).reason;
    }

    // Dataverse's runtime configurations: which table each map writes to in Dataverse.
    QHash<QString, QString> logicalByName;
    QHash<QString, QString> logicalByFoEntity;
    o.runtimeConfigs = unreadOf(snapshot, Dataset::DvRuntimeConfigs);
    if (!o.runtimeConfigs.isUnread()) {
        for (const QJsonObject &row : snapshot.get(Dataset::DvRuntimeConfigs).rows) {
            const QString logical = key(text(row, "msdyn_internalentityname"));
            logicalByName.insert(key(text(row, "msdyn_name")), logical);
            logicalByFoEntity.insert(key(text(row, "msdyn_externalentityname")), logical);
        }
    }

    // F&O's project configurations: the maps and their Status.
    o.maps = unreadOf(snapshot, Dataset::FoProjectConfigs);
    QHash<QString, QString> mapByTable;
    if (!o.maps.isUnread()) {
        QMap<QString, QList<QJsonObject>> rowsByName;
        for (const QJsonObject &row : snapshot.get(Dataset::FoProjectConfigs).rows)
            rowsByName[text(row, "ProjectName")].append(row);
        for (auto it = rowsByName.cbegin(); it != rowsByName.cend(); ++it) {
            const QJsonObject &first = it.value().first();
            TableMap m;
            m.name = it.key();
            m.financeEntity = text(first, "InternalEntityName");
            m.dataverseEntitySet = text(first, "ExternalEntityName");
            m.legalEntities = legalEntities;
            m.direction.reason = directionNotExposed();
            m.initialSync.reason = initialSyncNotExposed();
            QStringList statuses;
            QStringList elsewhere;
            for (const QJsonObject &row : it.value()) {
                const QString status = text(row, "Status");
                if (!statuses.contains(status))
                    statuses << status;
                const QString url = text(row, "ExternalEnvironmentUrl");
                if (!sameEnvironmentUrl(url, profile.dataverseUrl.toString()) && !elsewhere.contains(url))
                    elsewhere << url;
            }
            m.status = statuses.join(QStringLiteral(", "));
            m.state = statuses.size() == 1 ? mapStateFromStatus(statuses.first()) : MapState::Error;
            if (statuses.size() > 1) {
                m.stateNote = Maps::tr("its project configurations in finance and operations apps "
                                       "disagree (Status %1)").arg(m.status);
            } else if (m.state == MapState::Unknown) {
                m.stateNote = Maps::tr("Status \"%1\" is not a documented value (Enabled, Disabled, "
                                       "Queueing)").arg(m.status);
            }
            if (!o.runtimeConfigs.isUnread()) {
                m.dataverseTable = logicalByName.value(key(m.name),
                                                       logicalByFoEntity.value(key(m.financeEntity)));
                if (m.dataverseTable.isEmpty()
                    && (m.state == MapState::Running || m.state == MapState::Paused)) {
                    m.state = MapState::Error;
                    m.stateNote = Maps::tr("%1 in finance and operations apps, but Dataverse has no "
                                           "runtime configuration for it: changes made in Dataverse "
                                           "are not written to finance and operations apps; stop "
                                           "the map and run it again (live-sync troubleshooting)")
                                      .arg(mapStateLabel(mapStateFromStatus(m.status)));
                }
            }
            if (!elsewhere.isEmpty()) {
                m.state = MapState::Error;
                m.stateNote = Maps::tr("its project configuration points at another Dataverse "
                                       "environment (%1): a stale configuration (DWFOEV1004)")
                                  .arg(elsewhere.join(QStringLiteral(", ")));
            }
            if (!m.dataverseTable.isEmpty())
                mapByTable.insert(m.dataverseTable, m.name);
            o.tableMaps.append(m);
        }
    }
    // A table whose runtime configuration F&O did not list still names its map.
    for (const QJsonObject &row : snapshot.get(Dataset::DvRuntimeConfigs).rows) {
        const QString logical = key(text(row, "msdyn_internalentityname"));
        if (!logical.isEmpty() && !mapByTable.contains(logical))
            mapByTable.insert(logical, text(row, "msdyn_name"));
    }

    // The Dataverse side of the errors: the dual-write plug-in's trace log.
    const DatasetResult &organization = snapshot.get(Dataset::DvOrganization);
    bool traceOff = false;
    if (organization.ok() && !organization.rows.isEmpty()) {
        const QJsonValue setting = organization.rows.first().value(QLatin1String("plugintracelogsetting"));
        traceOff = setting.isDouble() && setting.toInt() == 0;
    }
    o.dataverseErrors = unreadOf(snapshot, Dataset::DvTraceLogs);
    if (!o.dataverseErrors.isUnread() && traceOff) {
        o.dataverseErrors.reason = Maps::tr("the plug-in trace log is off in Dataverse (System "
                                            "Settings → Customization → Enable logging to plug-in "
                                            "trace log: Off), so plug-in errors are not recorded");
    }
    if (snapshot.get(Dataset::DvTraceLogs).ok()) {
        TraceErrors read = readTraceErrors(snapshot.get(Dataset::DvTraceLogs).rows, o.since,
                                           mapByTable, troubleshooter);
        o.errors = read.errors;
        o.groups = read.groups;
        if (!organization.ok() && o.errors.isEmpty()) {
            o.dataverseErrors.reason = Maps::tr("no errors in the trace log, but whether the trace "
                                                "log is on could not be read: %1")
                                           .arg(unreadOf(snapshot, Dataset::DvOrganization).reason);
            o.dataverseErrors.missingRight = unreadOf(snapshot, Dataset::DvOrganization).missingRight;
        }
    }

    // Each map's errors in the window.
    for (TableMap &m : o.tableMaps) {
        QMap<QString, int> causes;
        for (const MapError &e : o.errors) {
            if (e.mapName != m.name)
                continue;
            ++m.errorCount;
            if (!m.lastError.isValid())
                m.lastError = e.at;  // newest first
            m.firstError = e.at;
            ++causes[e.causeId];
        }
        QList<QPair<int, QString>> ranked;
        for (auto it = causes.cbegin(); it != causes.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &r : ranked)
            m.errorCauses << r.second;
    }
    return o;
}

} // namespace dwh
