// SPDX-License-Identifier: MIT
#include "recordfixsteps.h"

#include "companydiff.h"
#include "linkcontext.h"
#include "remediationplan.h"
#include "remediationstr.h"
#include "report.h"
#include "snapshot.h"

namespace dwh {

namespace {

/** The company checks and the difference each one reports. */
CompanyDifference companyDifferenceOf(const QString &checkId)
{
    return checkId == QLatin1String("dep.company.dataverse") ? CompanyDifference::MissingInDataverse
                                                             : CompanyDifference::MissingInFo;
}

QStringList companySteps(const CompanyDiff &diff, CompanyDifference difference)
{
    QStringList steps;
    for (const CompanyDiffRow &row : diff.rows) {
        if (!row.selected || !(row.differences & difference))
            continue;
        const QString name = row.inFo ? row.foName : row.dvName;
        const QString company = name.isEmpty() ? row.code
                                               : RemediationTexts::tr("%1 (%2)").arg(row.code, name);
        for (const QString &step : row.fixSteps())
            steps << RemediationTexts::tr("%1: %2").arg(company, step);
    }
    return steps;
}

/** One step per write of the plan: what is done to which record, and why. */
QStringList planSteps(const RemediationPlan &plan)
{
    if (!plan.ok() || plan.actions.isEmpty())
        return {};
    QStringList steps = plan.beforeYouStart;
    for (const WriteAction &action : plan.actions) {
        const QString record = action.record.name.isEmpty() ? action.record.key : action.record.name;
        const QString table = action.record.entitySet;
        steps << (action.method == "DELETE"
                      ? RemediationTexts::tr("Delete %1 (%2): %3").arg(record, table, action.reason)
                      : RemediationTexts::tr("Update %1 (%2): %3").arg(record, table, action.reason));
    }
    steps << RemediationTexts::tr("dwhealth fix %1 previews these writes, backs up each record "
                                  "and applies them after confirmation; the wizard's guided fix "
                                  "does the same.")
                 .arg(plan.code);
    return steps;
}

} // namespace

QHash<QString, QStringList> recordFixSteps(const Report &report, const Snapshot &snapshot,
                                           const Profile &profile)
{
    QHash<QString, QStringList> steps;
    std::optional<CompanyDiff> companies;  // computed once, when a company check needs it
    for (const StepResult &step : report.steps) {
        for (const CheckResult &check : step.checks) {
            if (check.status != CheckStatus::Fail && check.status != CheckStatus::Warning)
                continue;
            QStringList specific;
            if (check.id == QLatin1String("dep.company.dataverse")
                || check.id == QLatin1String("dep.company.fo")) {
                if (!companies)
                    companies = CompanyDiff::compute(snapshot, LinkContext::fromProfile(profile));
                specific = companySteps(*companies, companyDifferenceOf(check.id));
            } else {
                for (const QString &code : check.codes) {
                    if (isFixableCode(code))
                        specific << planSteps(planFix(code, report, snapshot, profile));
                }
            }
            if (!specific.isEmpty())
                steps.insert(check.id, specific);
        }
    }
    return steps;
}

} // namespace dwh
