// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace dwh {

/** The services the tool talks to. */
enum class Service {
    Entra,
    Dataverse,
    FinanceAndOperations,
    PowerPlatform,       // the Power Platform API (connections)
    PowerPlatformAdmin,  // the Power Platform admin API (environments and their linked apps)
};

/**
 * The facts a check can need. Each is fetched at most once per run (docs/wire.md lists the
 * request behind each one).
 */
enum class Dataset {
    DvWhoAmI,
    DvUserRoles,        // depends on DvWhoAmI (needs the UserId)
    DvSolutions,
    DvCompanies,
    DvRootBusinessUnit,
    DvRootDefaultTeam,
    DvAppUsers,
    DvPluginAssemblies,
    DvPluginSteps,
    DvRuntimeConfigs,
    FoLegalEntities,
    FoProjectConfigs,
    PpConnections,
    PpEnvironment,      // the environment as the admin API sees it (its linked F&O app)
    DvBusinessUnits,    // every business unit (name, parent)
    DvOwnerTeams,       // every owner team (default teams and the companies' owning teams)
    FoEntraApplications,     // the Microsoft Entra ID applications page (SysAADClientTable)
    FoSystemAdministrators,  // F&O users with the System administrator role (-SYSADMIN-)
    DvAppUserRoles,     // the dual-write application users with their security roles ($expand)
    DvTeamRoles,        // every owner team with its security roles ($expand)
    DvOrganization,     // the organization's plug-in trace setting (is the trace log written?)
    DvTraceLogs,        // the dual-write runtime plug-in's trace log rows (live-sync errors)
    DvRuntimeConfigsFull,  // every runtime configuration with all its columns (what a reset deletes)
    FoProjectConfigsFull,  // every project configuration with all its columns (what a reset deletes)
};

QList<Dataset> allDatasets();
QString datasetName(Dataset dataset);         // "dv.solutions", as in docs/wire.md
bool datasetFromName(const QString &name, Dataset *dataset);
Service serviceOf(Dataset dataset);
QString serviceName(Service service);          // "dataverse", "financeAndOperations", …
QString serviceDisplayName(Service service);   // "Dataverse", "Finance and operations", …

} // namespace dwh
