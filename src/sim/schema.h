// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace dwh::sim {

/** An entity set the simulator serves. */
struct EntitySetInfo
{
    QString name;          // entity set, e.g. "cdm_companies"; F&O: "LegalEntities"
    QString typeName;      // logical name (Dataverse) or entity type (F&O), e.g. "cdm_company"
    QString key;           // primary key column, e.g. "cdm_companyid"; F&O: "LegalEntityId"
};

/** A single-valued navigation property: `set.name` follows `lookupColumn` to `targetSet`. */
struct NavigationInfo
{
    QString set;           // e.g. "teams"
    QString name;          // e.g. "businessunitid"
    QString lookupColumn;  // e.g. "_businessunitid_value"
    QString targetSet;     // e.g. "businessunits"
};

/** A collection-valued navigation property of an N:N relationship: the rows of `targetSet` whose
 *  key appears in `intersectTable` next to this row's key (e.g. teams.teamroles_association). */
struct CollectionNavigationInfo
{
    QString set;             // e.g. "teams"
    QString name;            // e.g. "teamroles_association"
    QString intersectTable;  // the scenario's table of pairs, e.g. "teamroles"
    QString fromColumn;      // e.g. "teamid" (this set's key, in the intersect table)
    QString toColumn;        // e.g. "roleid" (the target's key, in the intersect table)
    QString targetSet;       // e.g. "roles"
};

/**
 * The simulator's schema, as data, in one place: the Dataverse and F&O entity sets and the
 * Dataverse navigation map used by `$filter` paths, `$expand` and `@odata.bind`.
 */
class Schema final
{
public:
    static const Schema &dataverse();
    static const Schema &financeAndOperations();

    const EntitySetInfo *entitySet(const QString &name) const;   // case-sensitive
    const NavigationInfo *navigation(const QString &set, const QString &name) const;
    QList<NavigationInfo> navigations(const QString &set) const;
    const CollectionNavigationInfo *collectionNavigation(const QString &set,
                                                         const QString &name) const;
    QList<EntitySetInfo> entitySets() const { return m_sets; }

private:
    Schema(QList<EntitySetInfo> sets, QList<NavigationInfo> navs,
           QList<CollectionNavigationInfo> collections = {});
    QList<EntitySetInfo> m_sets;
    QList<NavigationInfo> m_navs;
    QList<CollectionNavigationInfo> m_collections;
};

} // namespace dwh::sim
