// SPDX-License-Identifier: MIT
// prereq.dataverse-access (DWHC0101) and prereq.fo-access (DWHC0102).
//
// Pass when the service answered the first read (dv.whoami, fo.legalEntities). When it did not,
// the result is `unknown` with the check's code and the reason, never `fail`: an unreachable
// service says nothing about the dual-write setup.
//
// details on pass:    dataverse: {organizationId, userId, businessUnitId}
//                     fo:        {legalEntityCount, legalEntities: [LegalEntityId…] (the first 100),
//                                 notListed: {legalEntities: N} past 100}
// details on unknown: {dataset, service, reason, error[, httpStatus]}
//                     reason: signInRefused | accessDenied | throttled | unreachable |
//                             serviceError | requestRejected | badAnswer | cancelled | notFetched
//                             | pageCap
#include "checks.h"
#include "rulehelpers.h"
#include "rulestr.h"

namespace dwh {

namespace {

QString failureMessage(Service service, const DatasetFailure &f, bool tokenFailed)
{
    const QString name = serviceDisplayName(service);
    // No token came: Entra ID's own message says why (refused, throttled, unreachable, …).
    if (tokenFailed)
        return Rules::tr("Could not sign in to %1: %2").arg(name, f.error);
    if (f.reason == QLatin1String("signInRefused"))
        return Rules::tr("%1 refused the sign-in: %2").arg(name, f.error);
    if (f.reason == QLatin1String("accessDenied"))
        return Rules::tr("%1 accepted the sign-in but denied access: %2").arg(name, f.error);
    if (f.reason == QLatin1String("throttled"))
        return Rules::tr("%1 throttled the requests beyond the retry budget: %2").arg(name, f.error);
    if (f.reason == QLatin1String("unreachable"))
        return Rules::tr("%1 could not be reached: %2").arg(name, f.error);
    if (f.reason == QLatin1String("serviceError"))
        return Rules::tr("%1 answered with a server error: %2").arg(name, f.error);
    if (f.reason == QLatin1String("cancelled"))
        return Rules::tr("The run was cancelled before %1 answered: %2").arg(name, f.error);
    if (f.reason == QLatin1String("requestRejected"))
        return Rules::tr("%1 rejected the request: %2").arg(name, f.error);
    if (f.reason == QLatin1String("notFetched"))
        return Rules::tr("%1 was not queried in this run.").arg(name);
    return Rules::tr("%1 gave an answer that could not be read: %2").arg(name, f.error);
}

CheckResult unreachable(const RuleDescriptor &d, Dataset dataset, const Snapshot &snapshot)
{
    const DatasetResult &result = snapshot.get(dataset);
    const DatasetFailure f = describeFailure(result);
    const bool tokenFailed = !result.evidence.isEmpty()
        && result.evidence.last().service == serviceName(Service::Entra);
    return makeResult(CheckStatus::Unknown, d.codes,
                      failureMessage(serviceOf(dataset), f, tokenFailed), f.toJson(dataset));
}

} // namespace

CheckResult checkDataverseAccess(const RuleDescriptor &d, const Snapshot &snapshot,
                                 const LinkContext &context)
{
    const DatasetResult &whoami = snapshot.get(Dataset::DvWhoAmI);
    if (!whoami.ok())
        return unreachable(d, Dataset::DvWhoAmI, snapshot);
    const QJsonObject row = whoami.rows.value(0);
    const QString userId = columnText(row, QStringLiteral("UserId"));
    const QString orgId = columnText(row, QStringLiteral("OrganizationId"));
    if (userId.isEmpty() || orgId.isEmpty()) {
        return makeResult(CheckStatus::Unknown, d.codes,
                          Rules::tr("Dataverse answered WhoAmI without a user or organization id."),
                          QJsonObject{{QStringLiteral("dataset"), datasetName(Dataset::DvWhoAmI)},
                                      {QStringLiteral("reason"), QStringLiteral("badAnswer")}});
    }
    const QJsonObject details{
        {QStringLiteral("organizationId"), orgId},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("businessUnitId"), columnText(row, QStringLiteral("BusinessUnitId"))}};
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("Signed in to Dataverse %1 as user %2 (organization %3).")
                          .arg(context.dataverseUrl.toString(), userId, orgId),
                      details);
}

CheckResult checkFoAccess(const RuleDescriptor &d, const Snapshot &snapshot,
                          const LinkContext &context)
{
    const DatasetResult &entities = snapshot.get(Dataset::FoLegalEntities);
    if (!entities.ok())
        return unreachable(d, Dataset::FoLegalEntities, snapshot);
    QStringList ids;
    for (const QJsonObject &row : entities.rows)
        ids << columnText(row, QStringLiteral("LegalEntityId"));
    QJsonObject details{{QStringLiteral("legalEntityCount"), int(ids.size())},
                        {QStringLiteral("legalEntities"), toJsonArray(ids)}};
    capListed(&details, QStringLiteral("legalEntities"));
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("Signed in to finance and operations apps %1 (legal entities "
                                "read: %2).")
                          .arg(context.foUrl.toString(), QString::number(ids.size())),
                      details);
}

} // namespace dwh
