// SPDX-License-Identifier: MIT
#include "preflight.h"

#include "matching.h"
#include "rulehelpers.h"
#include "ruleset.h"
#include "rulestr.h"

namespace dwh {

namespace {

bool needsService(const RuleDescriptor &d, Service service)
{
    for (Dataset dataset : d.needs) {
        if (serviceOf(dataset) == service)
            return true;
    }
    return service == Service::Dataverse && d.usesSelection;
}

QStringList checksFor(Requirement requirement)
{
    QStringList ids;
    for (const Rule &rule : allRules()) {
        const RuleDescriptor &d = rule.descriptor;
        bool needed = false;
        switch (requirement) {
        case Requirement::DataverseAccess: needed = needsService(d, Service::Dataverse); break;
        case Requirement::SystemAdministrator: needed = d.needs.contains(Dataset::DvUserRoles); break;
        case Requirement::FinanceAndOperationsAccess:
            needed = needsService(d, Service::FinanceAndOperations);
            break;
        case Requirement::PowerPlatformConnections:
            needed = needsService(d, Service::PowerPlatform);
            break;
        }
        if (needed)
            ids << d.id;
    }
    return ids;
}

PreflightRow baseRow(Requirement requirement)
{
    PreflightRow row;
    row.requirement = requirement;
    row.checkIds = checksFor(requirement);
    switch (requirement) {
    case Requirement::DataverseAccess:
        row.title = Rules::tr("Dataverse");
        row.needs = Rules::tr("a user in Dataverse");
        row.hint = Rules::tr("For an app registration: an application user in the environment.");
        row.code = QStringLiteral("DWHC0101");
        break;
    case Requirement::SystemAdministrator:
        row.title = Rules::tr("User role");
        row.needs = Rules::tr("System Administrator in Dataverse");
        row.code = QStringLiteral("DWHC0401");
        break;
    case Requirement::FinanceAndOperationsAccess:
        row.title = Rules::tr("Finance and operations");
        row.needs = Rules::tr("a user in finance and operations");
        row.hint = Rules::tr("For an app registration: an entry on the Microsoft Entra ID "
                             "applications page.");
        row.code = QStringLiteral("DWHC0102");
        break;
    case Requirement::PowerPlatformConnections:
        row.title = Rules::tr("ApiHub connections");
        row.needs = Rules::tr("read access to Power Platform connections");
        row.hint = Rules::tr("Environment admin or Power Platform administrator can read them.");
        break;
    }
    return row;
}

void setMet(PreflightRow *row, const QString &details)
{
    row->status = CheckStatus::Pass;
    row->verdict = Rules::tr("Can run");
    row->details = details;
}

void setMissing(PreflightRow *row, const QString &details)
{
    row->status = CheckStatus::Fail;
    row->verdict = Rules::tr("Needs %1").arg(row->needs);
    row->details = details;
}

void setUnknown(PreflightRow *row, const QString &details)
{
    row->status = CheckStatus::Unknown;
    row->verdict = Rules::tr("Could not tell");
    row->details = details;
}

/** Judges a right from one dataset: read → met, 401/403 → missing, anything else → unknown. */
void judgeAccess(PreflightRow *row, const DatasetResult &result, const QString &metDetails)
{
    if (result.ok()) {
        setMet(row, metDetails);
        return;
    }
    const DatasetFailure failure = describeFailure(result);
    if (failure.reason == QLatin1String("accessDenied")
        || (failure.reason == QLatin1String("signInRefused") && failure.httpStatus == 401)) {
        const QString refused = Rules::tr("refused with HTTP %1").arg(failure.httpStatus);
        setMissing(row, row->hint.isEmpty() ? refused : Rules::tr("%1; %2").arg(refused, row->hint));
        return;
    }
    setUnknown(row, failure.error);
}

PreflightRow judgeRoles(const Snapshot &snapshot)
{
    PreflightRow row = baseRow(Requirement::SystemAdministrator);
    const DatasetResult &whoAmI = snapshot.get(Dataset::DvWhoAmI);
    if (!whoAmI.ok()) {
        setUnknown(&row, Rules::tr("Dataverse was not signed in to"));
        return row;
    }
    const DatasetResult &roles = snapshot.get(Dataset::DvUserRoles);
    if (!roles.ok()) {
        judgeAccess(&row, roles, QString());
        return row;
    }
    QStringList names;
    bool admin = false;
    for (const QJsonObject &role : roles.rows) {
        admin = admin || isSystemAdministratorRole(role);
        names << columnText(role, QStringLiteral("name"));
    }
    names.removeAll(QString());
    const QString list = names.isEmpty() ? Rules::tr("no security role")
                                         : Rules::tr("roles: %1").arg(nameList(names));
    if (admin)
        setMet(&row, list);
    else
        setMissing(&row, list);
    return row;
}

} // namespace

QList<Dataset> preflightDatasets()
{
    return {Dataset::DvWhoAmI, Dataset::DvUserRoles, Dataset::FoLegalEntities, Dataset::PpConnections};
}

QList<PreflightRow> evaluatePreflight(const Snapshot &snapshot)
{
    PreflightRow dataverse = baseRow(Requirement::DataverseAccess);
    judgeAccess(&dataverse, snapshot.get(Dataset::DvWhoAmI), Rules::tr("signed in"));

    PreflightRow fo = baseRow(Requirement::FinanceAndOperationsAccess);
    const DatasetResult &entities = snapshot.get(Dataset::FoLegalEntities);
    judgeAccess(&fo, entities, Rules::tr("%n legal entities readable", nullptr, int(entities.rows.size())));

    PreflightRow pp = baseRow(Requirement::PowerPlatformConnections);
    const DatasetResult &connections = snapshot.get(Dataset::PpConnections);
    judgeAccess(&pp, connections,
                Rules::tr("%n connections readable", nullptr, int(connections.rows.size())));

    return {dataverse, judgeRoles(snapshot), fo, pp};
}

QList<PreflightRow> blockersOf(const QList<PreflightRow> &rows, const QString &checkId)
{
    QList<PreflightRow> blockers;
    for (const PreflightRow &row : rows) {
        if (!row.canRun() && row.checkIds.contains(checkId))
            blockers << row;
    }
    return blockers;
}

} // namespace dwh
