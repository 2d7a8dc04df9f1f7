// SPDX-License-Identifier: MIT
#include "dataset.h"

#include <QCoreApplication>

namespace dwh {

QList<Dataset> allDatasets()
{
    return {Dataset::DvWhoAmI,         Dataset::DvUserRoles,        Dataset::DvSolutions,
            Dataset::DvCompanies,      Dataset::DvRootBusinessUnit, Dataset::DvRootDefaultTeam,
            Dataset::DvAppUsers,       Dataset::DvPluginAssemblies, Dataset::DvPluginSteps,
            Dataset::DvRuntimeConfigs, Dataset::FoLegalEntities,    Dataset::FoProjectConfigs,
            Dataset::PpConnections,    Dataset::PpEnvironment,      Dataset::DvBusinessUnits,
            Dataset::DvOwnerTeams,     Dataset::FoEntraApplications, Dataset::FoSystemAdministrators,
            Dataset::DvAppUserRoles,   Dataset::DvTeamRoles,
            Dataset::DvOrganization,   Dataset::DvTraceLogs,
            Dataset::DvRuntimeConfigsFull, Dataset::FoProjectConfigsFull};
}

QString datasetName(Dataset dataset)
{
    switch (dataset) {
    case Dataset::DvWhoAmI: return QStringLiteral("dv.whoami");
    case Dataset::DvUserRoles: return QStringLiteral("dv.userRoles");
    case Dataset::DvSolutions: return QStringLiteral("dv.solutions");
    case Dataset::DvCompanies: return QStringLiteral("dv.companies");
    case Dataset::DvRootBusinessUnit: return QStringLiteral("dv.rootBusinessUnit");
    case Dataset::DvRootDefaultTeam: return QStringLiteral("dv.rootDefaultTeam");
    case Dataset::DvAppUsers: return QStringLiteral("dv.appUsers");
    case Dataset::DvPluginAssemblies: return QStringLiteral("dv.pluginAssemblies");
    case Dataset::DvPluginSteps: return QStringLiteral("dv.pluginSteps");
    case Dataset::DvRuntimeConfigs: return QStringLiteral("dv.runtimeConfigs");
    case Dataset::FoLegalEntities: return QStringLiteral("fo.legalEntities");
    case Dataset::FoProjectConfigs: return QStringLiteral("fo.projectConfigs");
    case Dataset::PpConnections: return QStringLiteral("pp.connections");
    case Dataset::PpEnvironment: return QStringLiteral("pp.environment");
    case Dataset::DvBusinessUnits: return QStringLiteral("dv.businessUnits");
    case Dataset::DvOwnerTeams: return QStringLiteral("dv.ownerTeams");
    case Dataset::FoEntraApplications: return QStringLiteral("fo.entraApplications");
    case Dataset::FoSystemAdministrators: return QStringLiteral("fo.systemAdministrators");
    case Dataset::DvAppUserRoles: return QStringLiteral("dv.appUserRoles");
    case Dataset::DvTeamRoles: return QStringLiteral("dv.teamRoles");
    case Dataset::DvOrganization: return QStringLiteral("dv.organization");
    case Dataset::DvTraceLogs: return QStringLiteral("dv.traceLogs");
    case Dataset::DvRuntimeConfigsFull: return QStringLiteral("dv.runtimeConfigsFull");
    case Dataset::FoProjectConfigsFull: return QStringLiteral("fo.projectConfigsFull");
    }
    return QString();
}

bool datasetFromName(const QString &name, Dataset *dataset)
{
    for (Dataset d : allDatasets()) {
        if (datasetName(d) == name) {
            *dataset = d;
            return true;
        }
    }
    return false;
}

Service serviceOf(Dataset dataset)
{
    switch (dataset) {
    case Dataset::FoLegalEntities:
    case Dataset::FoProjectConfigs:
    case Dataset::FoProjectConfigsFull:
    case Dataset::FoEntraApplications:
    case Dataset::FoSystemAdministrators:
        return Service::FinanceAndOperations;
    case Dataset::PpConnections:
        return Service::PowerPlatform;
    case Dataset::PpEnvironment:
        return Service::PowerPlatformAdmin;
    default:
        return Service::Dataverse;
    }
}

QString serviceName(Service service)
{
    switch (service) {
    case Service::Entra: return QStringLiteral("entra");
    case Service::Dataverse: return QStringLiteral("dataverse");
    case Service::FinanceAndOperations: return QStringLiteral("financeAndOperations");
    case Service::PowerPlatform: return QStringLiteral("powerPlatform");
    case Service::PowerPlatformAdmin: return QStringLiteral("powerPlatformAdmin");
    }
    return QString();
}

QString serviceDisplayName(Service service)
{
    switch (service) {
    case Service::Entra: return QCoreApplication::translate("dwh", "Microsoft Entra ID");
    case Service::Dataverse: return QCoreApplication::translate("dwh", "Dataverse");
    case Service::FinanceAndOperations:
        return QCoreApplication::translate("dwh", "Finance and operations");
    case Service::PowerPlatform: return QCoreApplication::translate("dwh", "Power Platform");
    case Service::PowerPlatformAdmin:
        return QCoreApplication::translate("dwh", "Power Platform admin API");
    }
    return QString();
}

} // namespace dwh
