// SPDX-License-Identifier: MIT
// dep.stale.fo (DWFOEV1004) and dep.stale.dataverse (DWDVEV1004).
//
// DWFOEV1004: a DualWriteProjectConfigurations row is stale when its ExternalEnvironmentUrl is
//   not the linked Dataverse URL (scheme + host + port, case-insensitive; blank = stale).
//   details: {linkedUrl, total, stale: [{projectName, internalEntityName, externalEntityName,
//             externalEnvironmentUrl, status}]}
// DWDVEV1004: a msdyn_dualwriteruntimeconfigs row belongs to the link when an F&O row of the
//   linked URL matches it by msdyn_name = ProjectName, or by entity pair
//   (msdyn_internalentityname ~ ExternalEntityName as Dataverse table names,
//   msdyn_externalentityname = InternalEntityName case-insensitively). With no F&O row for the
//   linked URL at all, every Dataverse row is stale ("noLink").
//   details: {linkedUrl, linkedProjects, owned, total,
//             stale: [{id, name, internalEntityName, externalEntityName,
//                      reason: "noLink"|"noMatchingProject"}]}
#include "checks.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

namespace dwh {

namespace {

bool isLinked(const QJsonObject &foRow, const LinkContext &context)
{
    return sameEnvironmentUrl(columnText(foRow, QStringLiteral("ExternalEnvironmentUrl")),
                              context.dataverseUrl.toString());
}

bool owns(const QJsonObject &foRow, const QJsonObject &dvRow)
{
    const QString project = columnText(foRow, QStringLiteral("ProjectName")).trimmed();
    const QString name = columnText(dvRow, QStringLiteral("msdyn_name")).trimmed();
    if (!project.isEmpty() && project.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    const QString foEntity = columnText(foRow, QStringLiteral("InternalEntityName")).trimmed();
    const QString dvExternal = columnText(dvRow, QStringLiteral("msdyn_externalentityname")).trimmed();
    return sameTableName(columnText(dvRow, QStringLiteral("msdyn_internalentityname")),
                         columnText(foRow, QStringLiteral("ExternalEntityName")))
        && !foEntity.isEmpty() && foEntity.compare(dvExternal, Qt::CaseInsensitive) == 0;
}

} // namespace

CheckResult checkStaleFo(const RuleDescriptor &d, const Snapshot &snapshot,
                         const LinkContext &context)
{
    const QList<QJsonObject> &rows = snapshot.get(Dataset::FoProjectConfigs).rows;
    const QString linkedUrl = context.dataverseUrl.toString();
    QJsonArray stale;
    QStringList staleText;
    for (const QJsonObject &row : rows) {
        if (isLinked(row, context))
            continue;
        const QString project = columnText(row, QStringLiteral("ProjectName"));
        const QString url = columnText(row, QStringLiteral("ExternalEnvironmentUrl"));
        stale.append(QJsonObject{
            {QStringLiteral("projectName"), project},
            {QStringLiteral("internalEntityName"), columnText(row, QStringLiteral("InternalEntityName"))},
            {QStringLiteral("externalEntityName"), columnText(row, QStringLiteral("ExternalEntityName"))},
            {QStringLiteral("externalEnvironmentUrl"), url},
            {QStringLiteral("status"), row.value(QStringLiteral("Status")).toVariant().toString()}});
        staleText << (url.trimmed().isEmpty()
                          ? Rules::tr("%1 (no environment URL)").arg(project)
                          : Rules::tr("%1 (points at %2)").arg(project, url));
    }
    const QJsonObject details{{QStringLiteral("linkedUrl"), linkedUrl},
                              {QStringLiteral("total"), int(rows.size())},
                              {QStringLiteral("stale"), stale}};
    if (!stale.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("Finance and operations dual-write project configurations "
                                    "that do not point at the linked Dataverse environment %1: "
                                    "%2.")
                              .arg(linkedUrl, cappedNameList(staleText)),
                          details);
    }
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("Every finance and operations dual-write project configuration "
                                "points at the linked Dataverse environment %1 (configurations: "
                                "%2).")
                          .arg(linkedUrl, QString::number(rows.size())),
                      details);
}

CheckResult checkStaleDataverse(const RuleDescriptor &d, const Snapshot &snapshot,
                                const LinkContext &context)
{
    QList<QJsonObject> linked;
    for (const QJsonObject &row : snapshot.get(Dataset::FoProjectConfigs).rows) {
        if (isLinked(row, context))
            linked << row;
    }
    const QList<QJsonObject> &dvRows = snapshot.get(Dataset::DvRuntimeConfigs).rows;
    const QString linkedUrl = context.dataverseUrl.toString();
    QJsonArray stale;
    QStringList staleText;
    int owned = 0;
    for (const QJsonObject &dv : dvRows) {
        bool isOwned = false;
        for (const QJsonObject &fo : linked) {
            if (owns(fo, dv)) {
                isOwned = true;
                break;
            }
        }
        if (isOwned) {
            ++owned;
            continue;
        }
        const QString name = columnText(dv, QStringLiteral("msdyn_name"));
        const QString internal = columnText(dv, QStringLiteral("msdyn_internalentityname"));
        const QString external = columnText(dv, QStringLiteral("msdyn_externalentityname"));
        stale.append(QJsonObject{
            {QStringLiteral("id"), columnText(dv, QStringLiteral("msdyn_dualwriteruntimeconfigid"))},
            {QStringLiteral("name"), name},
            {QStringLiteral("internalEntityName"), internal},
            {QStringLiteral("externalEntityName"), external},
            {QStringLiteral("reason"), linked.isEmpty() ? QStringLiteral("noLink")
                                                        : QStringLiteral("noMatchingProject")}});
        staleText << Rules::tr("%1 (%2 / %3)").arg(name, internal, external);
    }
    const QJsonObject details{{QStringLiteral("linkedUrl"), linkedUrl},
                              {QStringLiteral("linkedProjects"), int(linked.size())},
                              {QStringLiteral("owned"), owned},
                              {QStringLiteral("total"), int(dvRows.size())},
                              {QStringLiteral("stale"), stale}};
    if (stale.isEmpty()) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("Every Dataverse dual-write runtime configuration belongs "
                                    "to the current link (configurations: %1).")
                              .arg(dvRows.size()),
                          details);
    }
    if (linked.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("No finance and operations project configuration points at "
                                    "%1, yet Dataverse holds dual-write runtime configurations "
                                    "(no link): %2.")
                              .arg(linkedUrl, cappedNameList(staleText)),
                          details);
    }
    return makeResult(CheckStatus::Fail, d.codes,
                      Rules::tr("Dataverse dual-write runtime configurations that no finance and "
                                "operations project configuration of the current link matches: "
                                "%1.")
                          .arg(cappedNameList(staleText)),
                      details);
}

} // namespace dwh
