// SPDX-License-Identifier: MIT
#include "remediationplan.h"

#include "remediationstr.h"
#include "report.h"
#include "ruleset.h"
#include "snapshot.h"

#include <QCoreApplication>

namespace dwh {

QStringList fixableCodes()
{
    return {QStringLiteral("DWDVEV1004"), QStringLiteral("DWFOEV1004"), QStringLiteral("DWDVEV1007")};
}

bool isFixableCode(const QString &code)
{
    return fixableCodes().contains(code.trimmed().toUpper());
}

QString checkIdForCode(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const Rule &rule : allRules()) {
        if (rule.descriptor.codes.contains(wanted))
            return rule.descriptor.id;
    }
    return QString();
}

RemediationPlan planFix(const QString &code, const Report &report, const Snapshot &snapshot,
                        const Profile &profile, const PlanOptions &options)
{
    RemediationPlan plan;
    plan.code = code.trimmed().toUpper();
    if (!isFixableCode(plan.code)) {
        plan.error = RemediationTexts::tr("%1 cannot be fixed by dwhealth; codes it can fix: %2")
                         .arg(code, fixableCodes().join(QStringLiteral(", ")));
        return plan;
    }
    plan.checkId = checkIdForCode(plan.code);
    const CheckResult *check = report.find(plan.checkId);
    if (!check) {
        plan.error = RemediationTexts::tr("the report has no result for %1").arg(plan.checkId);
        return plan;
    }
    plan.checkStatus = check->status;
    plan.checkMessage = check->message;
    switch (check->status) {
    case CheckStatus::Pass:
        return plan;  // nothing to fix
    case CheckStatus::Unknown:
        plan.error = RemediationTexts::tr("%1 could not be judged, so the records to fix are unknown: %2")
                         .arg(plan.checkId, check->message);
        return plan;
    case CheckStatus::Skipped:
        plan.error = RemediationTexts::tr("%1 was skipped: %2").arg(plan.checkId, check->message);
        return plan;
    case CheckStatus::Fail:
    case CheckStatus::Warning:
        break;
    }
    if (plan.code == QLatin1String("DWDVEV1004"))
        detail::planStaleDataverse(*check, profile, options, &plan);
    else if (plan.code == QLatin1String("DWFOEV1004"))
        detail::planStaleFo(*check, profile, options, &plan);
    else
        detail::planOwningTeam(*check, snapshot, profile, options, &plan);
    if (plan.ok() && plan.actions.isEmpty())
        plan.error = RemediationTexts::tr("%1 failed but its details name no record to fix").arg(plan.checkId);
    return plan;
}

} // namespace dwh
