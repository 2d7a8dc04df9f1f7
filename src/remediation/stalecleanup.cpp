// SPDX-License-Identifier: MIT
// DWDVEV1004 and DWFOEV1004: delete the stale runtime / project configurations the check named
// (docs/wire.md "Writes"; domain.md §4.3, the documented cleanup).
#include "checkresult.h"
#include "profile.h"
#include "recordaddress.h"
#include "remediationplan.h"
#include "remediationstr.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dwh::detail {

namespace {

const QString dvSet = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString dvKey = QStringLiteral("msdyn_dualwriteruntimeconfigid");
const QString foSet = QStringLiteral("DualWriteProjectConfigurations");
const QString foKey = QStringLiteral("ProjectName");

} // namespace

void planStaleDataverse(const CheckResult &check, const Profile &profile, RemediationPlan *plan)
{
    const QString linkedUrl = check.details.value(QStringLiteral("linkedUrl")).toString();
    const QJsonArray stale = check.details.value(QStringLiteral("stale")).toArray();
    for (const QJsonValue &value : stale) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(QStringLiteral("id")).toString().trimmed();
        const QString name = row.value(QStringLiteral("name")).toString();
        if (!RecordAddress::isGuid(id)) {
            plan->error = RemediationTexts::tr("the stale runtime configuration \"%1\" has no usable id (\"%2\")")
                              .arg(name, id);
            plan->actions.clear();
            return;
        }
        WriteAction a;
        a.method = QByteArrayLiteral("DELETE");
        a.url = RecordAddress::dataverseRecord(profile.dataverseUrl, dvSet, id);
        a.record = RecordRef{Service::Dataverse, dvSet, dvKey, id, name, profile.dataverseUrl, a.url};
        a.reasonCode = row.value(QStringLiteral("reason")).toString();
        const QString pair = QStringLiteral("%1 / %2").arg(
            row.value(QStringLiteral("internalEntityName")).toString(),
            row.value(QStringLiteral("externalEntityName")).toString());
        a.reason = a.reasonCode == QLatin1String("noLink")
            ? RemediationTexts::tr("no finance and operations project configuration points at %1, so no runtime "
                 "configuration belongs to a link (noLink; %2)").arg(linkedUrl, pair)
            : RemediationTexts::tr("no project configuration of the current link matches it by name or by "
                 "entity pair (noMatchingProject; %1)").arg(pair);
        plan->actions.append(a);
    }
}

void planStaleFo(const CheckResult &check, const Profile &profile, RemediationPlan *plan)
{
    const QString linkedUrl = check.details.value(QStringLiteral("linkedUrl")).toString();
    const QJsonArray stale = check.details.value(QStringLiteral("stale")).toArray();
    for (const QJsonValue &value : stale) {
        const QJsonObject row = value.toObject();
        const QString project = row.value(QStringLiteral("projectName")).toString();
        if (project.isEmpty()) {
            plan->error = RemediationTexts::tr("a stale project configuration has no ProjectName, so it cannot be "
                             "addressed");
            plan->actions.clear();
            return;
        }
        const QString pointsAt = row.value(QStringLiteral("externalEnvironmentUrl")).toString();
        WriteAction a;
        a.method = QByteArrayLiteral("DELETE");
        a.url = RecordAddress::foRecord(profile.foUrl, foSet, foKey, project);
        a.record = RecordRef{Service::FinanceAndOperations, foSet, foKey, project, project,
                             profile.foUrl, RecordAddress::crossCompany(a.url)};
        if (pointsAt.trimmed().isEmpty()) {
            a.reasonCode = QStringLiteral("noEnvironmentUrl");
            a.reason = RemediationTexts::tr("has no ExternalEnvironmentUrl; the linked Dataverse environment is %1")
                           .arg(linkedUrl);
        } else {
            a.reasonCode = QStringLiteral("pointsElsewhere");
            a.reason = RemediationTexts::tr("points at %1, not at the linked Dataverse environment %2")
                           .arg(pointsAt, linkedUrl);
        }
        plan->actions.append(a);
    }
}

} // namespace dwh::detail
