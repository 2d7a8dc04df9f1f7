// SPDX-License-Identifier: MIT
#include "datasetrequests.h"

#include "profile.h"
#include "urlpolicy.h"

#include <QStringList>

#include <utility>

namespace dwh {

namespace {

using Query = QList<std::pair<const char *, QString>>;

const char DV_BASE[] = "/api/data/v9.2/";
const char FO_BASE[] = "/data/";

QString orEquals(const QString &field, const QStringList &values, bool quoted = true)
{
    QStringList terms;
    for (const QString &value : values) {
        terms << (quoted ? QStringLiteral("%1 eq '%2'").arg(field, value)
                         : QStringLiteral("%1 eq %2").arg(field, value));
    }
    return terms.join(QStringLiteral(" or "));
}

QString build(const char *base, const QString &resource, const Query &query)
{
    QString result = QString::fromLatin1(base) + resource;
    QChar separator = QLatin1Char('?');
    for (const auto &[key, value] : query) {
        result += separator + QString::fromLatin1(key) + QLatin1Char('=')
                + QString::fromLatin1(encodeQueryValue(value));
        separator = QLatin1Char('&');
    }
    return result;
}

const QStringList &dualWriteSolutions()
{
    static const QStringList names{
        QStringLiteral("DualWriteCore"),
        QStringLiteral("msdyn_DualWriteCore"),
        QStringLiteral("Dynamics365Company"),
        QStringLiteral("Dynamics365FinanceAndOperationsCommon"),
        QStringLiteral("CurrencyExchangeRates"),
        QStringLiteral("Dynamics365FinanceExtended"),
        QStringLiteral("Dynamics365SupplyChainExtended"),
        QStringLiteral("ProspectToCash"),
    };
    return names;
}

const QStringList &dualWritePluginAssemblies()
{
    static const QStringList names{QStringLiteral("DualWriteRuntime.Plugins"),
                                   QStringLiteral("DualWriteRegistration.Plugins")};
    return names;
}

} // namespace

QByteArray encodeQueryValue(const QString &value)
{
    // RFC 3986 query characters that OData uses literally; '&', '+', '#', '%' and spaces are
    // encoded so the value cannot end the parameter or change meaning.
    return QUrl::toPercentEncoding(value, QByteArrayLiteral("$,'()/=:@!*;"));
}

QString dualWriteRuntimeTypePrefix()
{
    return QStringLiteral("Microsoft.Dynamics.Integrator.DualWriteRuntime");
}

QString datasetPathAndQuery(Dataset dataset, const QString &userId, const QString &environmentId,
                            const QDateTime &since)
{
    switch (dataset) {
    case Dataset::DvWhoAmI:
        return build(DV_BASE, QStringLiteral("WhoAmI"), {});
    case Dataset::DvUserRoles:
        return build(DV_BASE,
                     QStringLiteral("systemusers(%1)/systemuserroles_association")
                         .arg(QString::fromLatin1(encodeQueryValue(userId))),
                     {{"$select", QStringLiteral("name,roleid,_roletemplateid_value")}});
    case Dataset::DvSolutions:
        return build(DV_BASE, QStringLiteral("solutions"),
                     {{"$select", QStringLiteral("uniquename,friendlyname,version,ismanaged")},
                      {"$filter", orEquals(QStringLiteral("uniquename"), dualWriteSolutions())}});
    case Dataset::DvCompanies:
        return build(DV_BASE, QStringLiteral("cdm_companies"),
                     {{"$select", QStringLiteral("cdm_companyid,cdm_companycode,cdm_name,"
                                                 "cdm_isenabledfordualwrite,"
                                                 "_cdm_defaultowningteam_value")}});
    case Dataset::DvRootBusinessUnit:
        return build(DV_BASE, QStringLiteral("businessunits"),
                     {{"$select", QStringLiteral("businessunitid,name")},
                      {"$filter", QStringLiteral("_parentbusinessunitid_value eq null")}});
    case Dataset::DvRootDefaultTeam:
        return build(DV_BASE, QStringLiteral("teams"),
                     {{"$select", QStringLiteral("teamid,name,isdefault,_businessunitid_value")},
                      {"$filter", QStringLiteral("isdefault eq true and "
                                                 "businessunitid/_parentbusinessunitid_value eq "
                                                 "null")}});
    case Dataset::DvAppUsers:
        return build(DV_BASE, QStringLiteral("systemusers"),
                     {{"$select", QStringLiteral("systemuserid,fullname,applicationid,isdisabled")},
                      {"$filter", orEquals(QStringLiteral("applicationid"),
                                           {QStringLiteral("00000015-0000-0000-c000-000000000000"),
                                            QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b")},
                                           false)}});
    case Dataset::DvPluginAssemblies:
        return build(DV_BASE, QStringLiteral("pluginassemblies"),
                     {{"$select", QStringLiteral("pluginassemblyid,name,version")},
                      {"$filter", orEquals(QStringLiteral("name"), dualWritePluginAssemblies())}});
    case Dataset::DvPluginSteps:
        return build(DV_BASE, QStringLiteral("sdkmessageprocessingsteps"),
                     {{"$select", QStringLiteral("sdkmessageprocessingstepid,name,statecode,"
                                                 "_plugintypeid_value")},
                      {"$expand", QStringLiteral("plugintypeid($select=assemblyname)")},
                      {"$filter", orEquals(QStringLiteral("plugintypeid/assemblyname"),
                                           dualWritePluginAssemblies())}});
    case Dataset::DvRuntimeConfigs:
        return build(DV_BASE, QStringLiteral("msdyn_dualwriteruntimeconfigs"),
                     {{"$select", QStringLiteral("msdyn_dualwriteruntimeconfigid,msdyn_name,"
                                                 "msdyn_internalentityname,"
                                                 "msdyn_externalentityname")}});
    case Dataset::DvRuntimeConfigsFull:
        // No $select: every column, as a reset deletes them (the reset walkthrough's snapshot).
        return build(DV_BASE, QStringLiteral("msdyn_dualwriteruntimeconfigs"), {});
    case Dataset::FoLegalEntities:
        return build(FO_BASE, QStringLiteral("LegalEntities"),
                     {{"cross-company", QStringLiteral("true")},
                      {"$select", QStringLiteral("LegalEntityId,Name")}});
    case Dataset::FoProjectConfigs:
        return build(FO_BASE, QStringLiteral("DualWriteProjectConfigurations"),
                     {{"cross-company", QStringLiteral("true")},
                      {"$select", QStringLiteral("ProjectName,InternalEntityName,"
                                                 "ExternalEntityName,ExternalEnvironmentUrl,"
                                                 "Status")}});
    case Dataset::FoProjectConfigsFull:
        // No $select: every column (IntegrationKey, FieldMap…), as a reset deletes them.
        return build(FO_BASE, QStringLiteral("DualWriteProjectConfigurations"),
                     {{"cross-company", QStringLiteral("true")}});
    case Dataset::FoEntraApplications:
        // No $select: the entity's property names are not documented (docs/wire.md).
        return build(FO_BASE, QStringLiteral("SysAADClientTables"), {});
    case Dataset::FoSystemAdministrators:
        return build(FO_BASE, QStringLiteral("SecurityUserRoleAssociations"),
                     {{"$select", QStringLiteral("UserId,SecurityRoleIdentifier,SecurityRoleName,"
                                                 "AssignmentStatus")},
                      {"$filter", QStringLiteral("SecurityRoleIdentifier eq '-SYSADMIN-'")}});
    case Dataset::PpConnections:
        return build("/", QStringLiteral("connectivity/connections"),
                     {{"api-version", QStringLiteral("1")}});
    case Dataset::PpEnvironment:
        return build("/", QStringLiteral("providers/Microsoft.BusinessAppPlatform/scopes/admin/"
                                         "environments/%1")
                              .arg(QString::fromLatin1(encodeQueryValue(environmentId.trimmed()))),
                     {{"api-version", QStringLiteral("2023-06-01")}});
    case Dataset::DvBusinessUnits:
        return build(DV_BASE, QStringLiteral("businessunits"),
                     {{"$select", QStringLiteral("businessunitid,name,_parentbusinessunitid_value")}});
    case Dataset::DvAppUserRoles:
        // systemuserroles_association: the documented N:N of systemuser and role; expanded so
        // one paged read answers for every dual-write application user (docs/wire.md).
        return build(DV_BASE, QStringLiteral("systemusers"),
                     {{"$select", QStringLiteral("systemuserid,fullname,applicationid,isdisabled")},
                      {"$expand", QStringLiteral("systemuserroles_association($select=name,roleid,"
                                                 "_roletemplateid_value)")},
                      {"$filter", orEquals(QStringLiteral("applicationid"),
                                           {QStringLiteral("00000015-0000-0000-c000-000000000000"),
                                            QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b")},
                                           false)}});
    case Dataset::DvTeamRoles:
        // teamroles_association: the documented N:N of team and role, for every owner team (the
        // business units' default teams and the companies' owning teams) in one paged read.
        return build(DV_BASE, QStringLiteral("teams"),
                     {{"$select", QStringLiteral("teamid,name,isdefault,_businessunitid_value")},
                      {"$expand", QStringLiteral("teamroles_association($select=name,roleid,"
                                                 "_roletemplateid_value)")},
                      {"$filter", QStringLiteral("teamtype eq 0")}});
    case Dataset::DvOrganization:
        return build(DV_BASE, QStringLiteral("organizations"),
                     {{"$select", QStringLiteral("organizationid,plugintracelogsetting")}});
    case Dataset::DvTraceLogs: {
        QString filter = QStringLiteral("startswith(typename,'%1')").arg(dualWriteRuntimeTypePrefix());
        if (since.isValid())
            filter += QStringLiteral(" and createdon ge %1")
                          .arg(since.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        return build(DV_BASE, QStringLiteral("plugintracelogs"),
                     {{"$select", QStringLiteral("plugintracelogid,typename,messagename,"
                                                 "primaryentity,exceptiondetails,correlationid,"
                                                 "createdon")},
                      {"$filter", filter},
                      {"$orderby", QStringLiteral("createdon desc")}});
    }
    case Dataset::DvOwnerTeams:
        return build(DV_BASE, QStringLiteral("teams"),
                     {{"$select", QStringLiteral("teamid,name,isdefault,teamtype,"
                                                 "_businessunitid_value")},
                      {"$filter", QStringLiteral("teamtype eq 0")}});
    }
    return QString();
}

QUrl datasetUrl(const Profile &profile, Dataset dataset, const QString &userId,
                const QDateTime &since)
{
    const QUrl base = withoutTrailingSlash(profile.baseUrl(serviceOf(dataset)));
    if (base.isEmpty())
        return QUrl();
    const QByteArray text = base.toEncoded()
        + datasetPathAndQuery(dataset, userId, profile.environmentId, since).toLatin1();
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

bool isCollection(Dataset dataset)
{
    return dataset != Dataset::DvWhoAmI && dataset != Dataset::PpEnvironment;
}

} // namespace dwh
