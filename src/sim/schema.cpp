// SPDX-License-Identifier: MIT
#include "schema.h"

#include <utility>

namespace dwh::sim {

Schema::Schema(QList<EntitySetInfo> sets, QList<NavigationInfo> navs,
               QList<CollectionNavigationInfo> collections)
    : m_sets(std::move(sets)), m_navs(std::move(navs)), m_collections(std::move(collections))
{
}

const Schema &Schema::dataverse()
{
    static const Schema schema(
        {
            {QStringLiteral("solutions"), QStringLiteral("solution"), QStringLiteral("solutionid")},
            {QStringLiteral("cdm_companies"), QStringLiteral("cdm_company"), QStringLiteral("cdm_companyid")},
            {QStringLiteral("businessunits"), QStringLiteral("businessunit"), QStringLiteral("businessunitid")},
            {QStringLiteral("teams"), QStringLiteral("team"), QStringLiteral("teamid")},
            {QStringLiteral("systemusers"), QStringLiteral("systemuser"), QStringLiteral("systemuserid")},
            {QStringLiteral("roles"), QStringLiteral("role"), QStringLiteral("roleid")},
            {QStringLiteral("pluginassemblies"), QStringLiteral("pluginassembly"), QStringLiteral("pluginassemblyid")},
            {QStringLiteral("plugintypes"), QStringLiteral("plugintype"), QStringLiteral("plugintypeid")},
            {QStringLiteral("sdkmessageprocessingsteps"), QStringLiteral("sdkmessageprocessingstep"),
             QStringLiteral("sdkmessageprocessingstepid")},
            {QStringLiteral("msdyn_dualwriteruntimeconfigs"), QStringLiteral("msdyn_dualwriteruntimeconfig"),
             QStringLiteral("msdyn_dualwriteruntimeconfigid")},
            {QStringLiteral("organizations"), QStringLiteral("organization"), QStringLiteral("organizationid")},
            {QStringLiteral("plugintracelogs"), QStringLiteral("plugintracelog"), QStringLiteral("plugintracelogid")},
        },
        {
            {QStringLiteral("teams"), QStringLiteral("businessunitid"),
             QStringLiteral("_businessunitid_value"), QStringLiteral("businessunits")},
            {QStringLiteral("businessunits"), QStringLiteral("parentbusinessunitid"),
             QStringLiteral("_parentbusinessunitid_value"), QStringLiteral("businessunits")},
            {QStringLiteral("sdkmessageprocessingsteps"), QStringLiteral("plugintypeid"),
             QStringLiteral("_plugintypeid_value"), QStringLiteral("plugintypes")},
            {QStringLiteral("plugintypes"), QStringLiteral("pluginassemblyid"),
             QStringLiteral("_pluginassemblyid_value"), QStringLiteral("pluginassemblies")},
            {QStringLiteral("cdm_companies"), QStringLiteral("cdm_defaultowningteam"),
             QStringLiteral("_cdm_defaultowningteam_value"), QStringLiteral("teams")},
            {QStringLiteral("systemusers"), QStringLiteral("businessunitid"),
             QStringLiteral("_businessunitid_value"), QStringLiteral("businessunits")},
            {QStringLiteral("roles"), QStringLiteral("businessunitid"),
             QStringLiteral("_businessunitid_value"), QStringLiteral("businessunits")},
        },
        {
            // The N:N relationships systemuserroles and teamroles (Web API reference of
            // systemuser and team); the scenario tables hold the pairs.
            {QStringLiteral("systemusers"), QStringLiteral("systemuserroles_association"),
             QStringLiteral("systemuserroles"), QStringLiteral("systemuserid"),
             QStringLiteral("roleid"), QStringLiteral("roles")},
            {QStringLiteral("teams"), QStringLiteral("teamroles_association"),
             QStringLiteral("teamroles"), QStringLiteral("teamid"), QStringLiteral("roleid"),
             QStringLiteral("roles")},
        });
    return schema;
}

const Schema &Schema::financeAndOperations()
{
    static const Schema schema(
        {
            {QStringLiteral("LegalEntities"), QStringLiteral("LegalEntity"), QStringLiteral("LegalEntityId")},
            {QStringLiteral("DualWriteProjectConfigurations"), QStringLiteral("DualWriteProjectConfiguration"),
             QStringLiteral("ProjectName")},
            // Not documented as OData entities (docs/wire.md); a scenario without rows for them
            // answers an empty collection, "faults" make them answer 404 (not exposed).
            {QStringLiteral("SysAADClientTables"), QStringLiteral("SysAADClientTable"),
             QStringLiteral("AADClientId")},
            {QStringLiteral("SecurityUserRoleAssociations"), QStringLiteral("SecurityUserRoleAssociation"),
             QStringLiteral("UserId")},
        },
        {});
    return schema;
}

const EntitySetInfo *Schema::entitySet(const QString &name) const
{
    for (const auto &s : m_sets)
        if (s.name == name)
            return &s;
    return nullptr;  // entity set names are case-sensitive, as in the real services
}

const NavigationInfo *Schema::navigation(const QString &set, const QString &name) const
{
    for (const auto &n : m_navs)
        if (n.set == set && n.name == name)
            return &n;
    return nullptr;
}

const CollectionNavigationInfo *Schema::collectionNavigation(const QString &set,
                                                             const QString &name) const
{
    for (const auto &n : m_collections)
        if (n.set == set && n.name == name)
            return &n;
    return nullptr;
}

QList<NavigationInfo> Schema::navigations(const QString &set) const
{
    QList<NavigationInfo> out;
    for (const auto &n : m_navs)
        if (n.set == set)
            out.append(n);
    return out;
}

} // namespace dwh::sim
