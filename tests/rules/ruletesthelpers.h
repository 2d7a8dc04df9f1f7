// SPDX-License-Identifier: MIT
#pragma once

// Hand-built snapshots for the rule tests: a healthy tenant, and helpers to replace one dataset.

#include "profile.h"
#include "ruleset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace dwh::test {

inline QString serviceOfName(Dataset d)
{
    return serviceName(serviceOf(d));
}

inline Evidence evidence(Dataset d, int status, const QString &error = QString())
{
    Evidence e;
    e.service = serviceOfName(d);
    e.request = QStringLiteral("GET /%1").arg(datasetName(d));
    e.status = status;
    e.error = error;
    return e;
}

inline QList<QJsonObject> rowsOf(const QJsonArray &array)
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : array)
        rows << v.toObject();
    return rows;
}

inline DatasetResult okResult(Dataset d, const QList<QJsonObject> &rows)
{
    return DatasetResult::success(rows, {evidence(d, 200)});
}

/** A failed fetch: the collector's text and the exchange that went wrong. */
inline DatasetResult failedResult(Dataset d, int status, const QString &error,
                                  const QString &service = QString())
{
    Evidence e = evidence(d, status, error);
    if (!service.isEmpty())
        e.service = service;
    return DatasetResult::failure(error, {e});
}

inline QJsonObject solution(const QString &name, const QString &version)
{
    return {{QStringLiteral("uniquename"), name},
            {QStringLiteral("friendlyname"), name},
            {QStringLiteral("version"), version},
            {QStringLiteral("ismanaged"), true}};
}

inline QJsonObject company(const QString &id, const QString &code, const QString &name,
                           bool enabled, const QJsonValue &team)
{
    return {{QStringLiteral("cdm_companyid"), id},
            {QStringLiteral("cdm_companycode"), code},
            {QStringLiteral("cdm_name"), name},
            {QStringLiteral("cdm_isenabledfordualwrite"), enabled},
            {QStringLiteral("_cdm_defaultowningteam_value"), team}};
}

inline QJsonObject appUser(const QString &id, const QString &appId, const QString &name,
                           bool disabled)
{
    return {{QStringLiteral("systemuserid"), id},
            {QStringLiteral("fullname"), name},
            {QStringLiteral("applicationid"), appId},
            {QStringLiteral("isdisabled"), disabled}};
}

inline QJsonObject pluginStep(const QString &id, const QString &name, const QString &assembly,
                              int state)
{
    return {{QStringLiteral("sdkmessageprocessingstepid"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("statecode"), state},
            {QStringLiteral("_plugintypeid_value"), QStringLiteral("type-") + id},
            {QStringLiteral("plugintypeid"),
             QJsonObject{{QStringLiteral("assemblyname"), assembly},
                         {QStringLiteral("plugintypeid"), QStringLiteral("type-") + id}}}};
}

inline QJsonObject runtimeConfig(const QString &id, const QString &name, const QString &internal,
                                 const QString &external)
{
    return {{QStringLiteral("msdyn_dualwriteruntimeconfigid"), id},
            {QStringLiteral("msdyn_name"), name},
            {QStringLiteral("msdyn_internalentityname"), internal},
            {QStringLiteral("msdyn_externalentityname"), external}};
}

inline QJsonObject projectConfig(const QString &project, const QString &internal,
                                 const QString &external, const QString &url)
{
    return {{QStringLiteral("ProjectName"), project},
            {QStringLiteral("InternalEntityName"), internal},
            {QStringLiteral("ExternalEntityName"), external},
            {QStringLiteral("ExternalEnvironmentUrl"), url},
            {QStringLiteral("Status"), QStringLiteral("Enabled")}};
}

inline QJsonObject businessUnit(const QString &id, const QString &name, const QJsonValue &parent)
{
    return {{QStringLiteral("businessunitid"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("_parentbusinessunitid_value"), parent}};
}

inline QJsonObject ownerTeam(const QString &id, const QString &name, bool isDefault,
                             const QString &businessUnit)
{
    return {{QStringLiteral("teamid"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("isdefault"), isDefault},
            {QStringLiteral("teamtype"), 0},
            {QStringLiteral("_businessunitid_value"), businessUnit}};
}

/** The admin API's environment: `foUrl` is its linked F&O app ("" for none). */
inline QJsonObject adminEnvironment(const QString &dataverseUrl, const QString &foUrl)
{
    QJsonObject props{{QStringLiteral("linkedEnvironmentMetadata"),
                       QJsonObject{{QStringLiteral("instanceUrl"), dataverseUrl + QLatin1Char('/')}}}};
    if (!foUrl.isEmpty())
        props.insert(QStringLiteral("linkedAppMetadata"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Internal")},
                                 {QStringLiteral("id"), QStringLiteral("lcs-1")},
                                 {QStringLiteral("url"), foUrl + QLatin1Char('/')}});
    return {{QStringLiteral("name"), QStringLiteral("env-1")}, {QStringLiteral("properties"), props}};
}

inline QJsonObject connection(const QString &name, const QString &api, const QString &status)
{
    QJsonArray statuses;
    if (!status.isEmpty())
        statuses.append(QJsonObject{{QStringLiteral("status"), status}});
    return {{QStringLiteral("name"), name},
            {QStringLiteral("id"), QStringLiteral("/providers/Microsoft.PowerApps/apis/") + api
                                       + QStringLiteral("/connections/") + name},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("apiId"),
                          QStringLiteral("/providers/Microsoft.PowerApps/apis/") + api},
                         {QStringLiteral("displayName"), name + QStringLiteral(" display")},
                         {QStringLiteral("statuses"), statuses},
                         {QStringLiteral("environment"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("env-1")}}}}}};
}

inline const QString SysAdminTemplate = QStringLiteral("627090ff-40a3-4053-8790-584edc5be201");
inline const QString FoAppId = QStringLiteral("00000015-0000-0000-c000-000000000000");
inline const QString DiAppId = QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b");
inline const QString LinkedDv = QStringLiteral("https://contoso-uat.crm4.dynamics.com");
inline const QString DwAppId = QStringLiteral("6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452");
inline const QString LegacyDwAppId = QStringLiteral("33976c19-1db5-4c02-810e-c243db79efde");
inline const QString ToolClientId = QStringLiteral("11111111-1111-1111-1111-111111111111");

/** A row of the F&O Microsoft Entra ID applications page (SysAADClientTables). */
inline QJsonObject entraApp(const QString &clientId, const QString &name, const QString &userId)
{
    return {{QStringLiteral("AADClientId"), clientId},
            {QStringLiteral("Name"), name},
            {QStringLiteral("UserId"), userId}};
}

inline QJsonObject foSysAdmin(const QString &userId)
{
    return {{QStringLiteral("UserId"), userId},
            {QStringLiteral("SecurityRoleIdentifier"), QStringLiteral("-SYSADMIN-")},
            {QStringLiteral("SecurityRoleName"), QStringLiteral("System administrator")},
            {QStringLiteral("AssignmentStatus"), QStringLiteral("Enabled")}};
}

inline QJsonObject role(const QString &name, const QString &id, const QString &templateId = QString())
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("roleid"), id},
            {QStringLiteral("_roletemplateid_value"),
             templateId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(templateId)}};
}

/** The roles security-roles.md asks for on dual-write's users and owning teams. */
inline QJsonArray dualWriteRoles()
{
    return {role(QStringLiteral("Dual-write runtime user"), QStringLiteral("role-rt")),
            role(QStringLiteral("Dual-write app user"), QStringLiteral("role-app")),
            role(QStringLiteral("Salesperson"), QStringLiteral("role-sales"))};
}

/** A dv.appUserRoles / dv.teamRoles row: `row` with its expanded roles under `navigation`. */
inline QJsonObject withRoles(QJsonObject row, const QString &navigation, const QJsonArray &roles)
{
    row.insert(navigation, roles);
    return row;
}

inline QJsonObject teamWithRoles(const QString &id, const QString &name, bool isDefault,
                                 const QJsonArray &roles)
{
    return withRoles({{QStringLiteral("teamid"), id},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("isdefault"), isDefault},
                      {QStringLiteral("_businessunitid_value"), QStringLiteral("bu-x")}},
                     QStringLiteral("teamroles_association"), roles);
}

/** A tenant where every check passes. */
inline Snapshot healthySnapshot()
{
    Snapshot s;
    s.set(Dataset::DvWhoAmI,
          okResult(Dataset::DvWhoAmI, {QJsonObject{{QStringLiteral("BusinessUnitId"), QStringLiteral("bu-root")},
                                                   {QStringLiteral("UserId"), QStringLiteral("user-1")},
                                                   {QStringLiteral("OrganizationId"), QStringLiteral("org-1")}}}));
    s.set(Dataset::DvUserRoles,
          okResult(Dataset::DvUserRoles,
                   {QJsonObject{{QStringLiteral("name"), QStringLiteral("System Administrator")},
                                {QStringLiteral("roleid"), QStringLiteral("role-1")},
                                {QStringLiteral("_roletemplateid_value"), SysAdminTemplate}}}));
    s.set(Dataset::DvSolutions,
          okResult(Dataset::DvSolutions,
                   {solution(QStringLiteral("DualWriteCore"), QStringLiteral("1.0.24073.3")),
                    solution(QStringLiteral("Dynamics365Company"), QStringLiteral("2.0.133.0")),
                    solution(QStringLiteral("Dynamics365FinanceAndOperationsCommon"),
                             QStringLiteral("2.0.200.1")),
                    solution(QStringLiteral("CurrencyExchangeRates"), QStringLiteral("2.0.133")),
                    solution(QStringLiteral("Dynamics365FinanceExtended"), QStringLiteral("2.0.227.0")),
                    solution(QStringLiteral("Dynamics365SupplyChainExtended"),
                             QStringLiteral("2.1.0.0"))}));
    s.set(Dataset::DvCompanies,
          okResult(Dataset::DvCompanies,
                   {company(QStringLiteral("c-usmf"), QStringLiteral("USMF"),
                            QStringLiteral("Contoso USA"), true, QStringLiteral("team-usmf")),
                    company(QStringLiteral("c-demf"), QStringLiteral("DEMF"),
                            QStringLiteral("Contoso Germany"), true, QStringLiteral("team-demf")),
                    company(QStringLiteral("c-dat"), QStringLiteral("DAT"),
                            QStringLiteral("Company accounts data"), false, QJsonValue::Null)}));
    s.set(Dataset::DvRootBusinessUnit,
          okResult(Dataset::DvRootBusinessUnit,
                   {QJsonObject{{QStringLiteral("businessunitid"), QStringLiteral("bu-root")},
                                {QStringLiteral("name"), QStringLiteral("contoso")}}}));
    s.set(Dataset::DvRootDefaultTeam,
          okResult(Dataset::DvRootDefaultTeam,
                   {QJsonObject{{QStringLiteral("teamid"), QStringLiteral("team-root")},
                                {QStringLiteral("name"), QStringLiteral("contoso")},
                                {QStringLiteral("isdefault"), true},
                                {QStringLiteral("_businessunitid_value"), QStringLiteral("bu-root")}}}));
    s.set(Dataset::DvBusinessUnits,
          okResult(Dataset::DvBusinessUnits,
                   {businessUnit(QStringLiteral("bu-root"), QStringLiteral("contoso"), QJsonValue::Null),
                    businessUnit(QStringLiteral("bu-usmf"), QStringLiteral("USMF"), QStringLiteral("bu-root")),
                    businessUnit(QStringLiteral("bu-demf"), QStringLiteral("DEMF"), QStringLiteral("bu-root"))}));
    s.set(Dataset::DvOwnerTeams,
          okResult(Dataset::DvOwnerTeams,
                   {ownerTeam(QStringLiteral("team-root"), QStringLiteral("contoso"), true, QStringLiteral("bu-root")),
                    ownerTeam(QStringLiteral("team-usmf-default"), QStringLiteral("USMF"), true, QStringLiteral("bu-usmf")),
                    ownerTeam(QStringLiteral("team-usmf"), QStringLiteral("USMF"), false, QStringLiteral("bu-usmf")),
                    ownerTeam(QStringLiteral("team-demf-default"), QStringLiteral("DEMF"), true, QStringLiteral("bu-demf")),
                    ownerTeam(QStringLiteral("team-demf"), QStringLiteral("DEMF"), false, QStringLiteral("bu-demf"))}));
    s.set(Dataset::DvAppUsers,
          okResult(Dataset::DvAppUsers,
                   {appUser(QStringLiteral("su-1"), FoAppId, QStringLiteral("Finance and Operations"), false),
                    appUser(QStringLiteral("su-2"), DiAppId, QStringLiteral("Dynamics Data Integration"), false)}));
    s.set(Dataset::DvAppUserRoles,
          okResult(Dataset::DvAppUserRoles,
                   {withRoles(appUser(QStringLiteral("su-1"), FoAppId,
                                      QStringLiteral("Finance and Operations"), false),
                              QStringLiteral("systemuserroles_association"),
                              {role(QStringLiteral("System Administrator"),
                                    QStringLiteral("role-1"), SysAdminTemplate)}),
                    withRoles(appUser(QStringLiteral("su-2"), DiAppId,
                                      QStringLiteral("Dynamics Data Integration"), false),
                              QStringLiteral("systemuserroles_association"), dualWriteRoles())}));
    s.set(Dataset::DvTeamRoles,
          okResult(Dataset::DvTeamRoles,
                   {teamWithRoles(QStringLiteral("team-root"), QStringLiteral("contoso"), true,
                                  dualWriteRoles()),
                    teamWithRoles(QStringLiteral("team-usmf-default"), QStringLiteral("USMF"), true, {}),
                    teamWithRoles(QStringLiteral("team-usmf"), QStringLiteral("USMF"), false,
                                  dualWriteRoles()),
                    teamWithRoles(QStringLiteral("team-demf"), QStringLiteral("DEMF"), false,
                                  dualWriteRoles())}));
    s.set(Dataset::DvPluginAssemblies,
          okResult(Dataset::DvPluginAssemblies,
                   {QJsonObject{{QStringLiteral("pluginassemblyid"), QStringLiteral("pa-1")},
                                {QStringLiteral("name"), QStringLiteral("DualWriteRuntime.Plugins")},
                                {QStringLiteral("version"), QStringLiteral("1.0.0.0")}},
                    QJsonObject{{QStringLiteral("pluginassemblyid"), QStringLiteral("pa-2")},
                                {QStringLiteral("name"), QStringLiteral("DualWriteRegistration.Plugins")},
                                {QStringLiteral("version"), QStringLiteral("1.0.0.0")}}}));
    s.set(Dataset::DvPluginSteps,
          okResult(Dataset::DvPluginSteps,
                   {pluginStep(QStringLiteral("st-1"), QStringLiteral("PostCommit Create"),
                               QStringLiteral("DualWriteRuntime.Plugins"), 0),
                    pluginStep(QStringLiteral("st-2"), QStringLiteral("PostCommit Update"),
                               QStringLiteral("DualWriteRuntime.Plugins"), 0),
                    pluginStep(QStringLiteral("st-3"), QStringLiteral("Register"),
                               QStringLiteral("DualWriteRegistration.Plugins"), 0)}));
    s.set(Dataset::DvRuntimeConfigs,
          okResult(Dataset::DvRuntimeConfigs,
                   {runtimeConfig(QStringLiteral("rc-1"), QStringLiteral("DWM-1"),
                                  QStringLiteral("account"), QStringLiteral("Customers V3")),
                    runtimeConfig(QStringLiteral("rc-2"), QStringLiteral("other name"),
                                  QStringLiteral("msdyn_customergroup"),
                                  QStringLiteral("Customer groups"))}));
    s.set(Dataset::FoLegalEntities,
          okResult(Dataset::FoLegalEntities,
                   {QJsonObject{{QStringLiteral("LegalEntityId"), QStringLiteral("usmf")},
                                {QStringLiteral("Name"), QStringLiteral("Contoso USA")}},
                    QJsonObject{{QStringLiteral("LegalEntityId"), QStringLiteral("DEMF")},
                                {QStringLiteral("Name"), QStringLiteral("Contoso Germany")}},
                    QJsonObject{{QStringLiteral("LegalEntityId"), QStringLiteral("DAT")},
                                {QStringLiteral("Name"), QStringLiteral("Company accounts data")}}}));
    s.set(Dataset::FoProjectConfigs,
          okResult(Dataset::FoProjectConfigs,
                   {projectConfig(QStringLiteral("DWM-1"), QStringLiteral("Customers V3"),
                                  QStringLiteral("accounts"), LinkedDv + QLatin1Char('/')),
                    projectConfig(QStringLiteral("DWM-2"), QStringLiteral("Customer groups"),
                                  QStringLiteral("msdyn_customergroups"),
                                  QStringLiteral("HTTPS://Contoso-UAT.crm4.dynamics.com"))}));
    s.set(Dataset::PpConnections,
          okResult(Dataset::PpConnections,
                   {connection(QStringLiteral("dv-conn"),
                               QStringLiteral("shared_commondataserviceforapps"),
                               QStringLiteral("Connected")),
                    connection(QStringLiteral("fo-conn"), QStringLiteral("shared_dynamicsax"),
                               QStringLiteral("Connected"))}));
    s.set(Dataset::FoEntraApplications,
          okResult(Dataset::FoEntraApplications,
                   {entraApp(DwAppId, QStringLiteral("Dual-write"), QStringLiteral("Admin")),
                    entraApp(DiAppId, QStringLiteral("Dynamics Data Integration"),
                             QStringLiteral("Admin")),
                    entraApp(ToolClientId, QStringLiteral("dwhealth"), QStringLiteral("dwhealth"))}));
    s.set(Dataset::FoSystemAdministrators,
          okResult(Dataset::FoSystemAdministrators,
                   {foSysAdmin(QStringLiteral("Admin")), foSysAdmin(QStringLiteral("dwhealth"))}));
    return s;
}

inline LinkContext healthyContext()
{
    LinkContext c;
    c.dataverseUrl = QUrl(LinkedDv);
    c.foUrl = QUrl(QStringLiteral("https://contoso-uat.sandbox.operations.dynamics.com"));
    c.environmentId = QStringLiteral("0b2c0000-0000-0000-0000-000000000042");
    c.applicationClientId = ToolClientId;
    return c;
}

inline const Rule &ruleById(const QString &id)
{
    for (const Rule &r : allRules()) {
        if (r.descriptor.id == id)
            return r;
    }
    qFatal("no rule %s", qPrintable(id));
}

inline CheckResult run(const QString &id, const Snapshot &snapshot,
                       const LinkContext &context = healthyContext())
{
    return evaluateRule(ruleById(id), snapshot, context);
}

inline Snapshot with(Snapshot s, Dataset d, const QList<QJsonObject> &rows)
{
    s.set(d, okResult(d, rows));
    return s;
}

inline Snapshot withFailure(Snapshot s, Dataset d, int status, const QString &error)
{
    s.set(d, failedResult(d, status, error));
    return s;
}

inline QString statusName(const CheckResult &r)
{
    return toString(r.status);
}

/** The profile the healthy snapshot was read for (healthyContext()), named `name`. */
inline Profile healthyProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.tenantId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    p.clientId = ToolClientId;
    p.dataverseUrl = QUrl(LinkedDv);
    p.foUrl = healthyContext().foUrl;
    p.environmentId = healthyContext().environmentId;
    return p;
}

} // namespace dwh::test
