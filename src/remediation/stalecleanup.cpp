// SPDX-License-Identifier: MIT
// DWDVEV1004 and DWFOEV1004: delete the stale runtime / project configurations the check named
// (docs/wire.md "Writes"; domain.md §4.3, the documented cleanup). Refused, unless the user
// overrides it explicitly, when the check could not establish the link (`warning`) or the other
// side's read came back empty: then "stale" may only mean "not visible to this sign-in". The
// preview says which table maps to stop first, as Microsoft's procedure requires.
#include "checkresult.h"
#include "profile.h"
#include "recordaddress.h"
#include "remediationplan.h"
#include "remediationstr.h"
#include "staledetails.h"

#include <QCoreApplication>

namespace dwh::detail {

namespace {

const QString dvSet = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString dvKey = QStringLiteral("msdyn_dualwriteruntimeconfigid");
const QString foSet = QStringLiteral("DualWriteProjectConfigurations");
const QString foKey = QStringLiteral("ProjectName");

/** The check's details, typed; nullopt with `plan->error` when they are malformed. */
template <typename Details>
std::optional<Details> detailsOf(const CheckResult &check, RemediationPlan *plan)
{
    QString error;
    std::optional<Details> details = Details::fromJson(check.details, &error);
    if (!details)
        plan->error = RemediationTexts::tr("the details of %1 are malformed (%2), so the records "
                                           "to fix are unknown")
                          .arg(check.id, error);
    return details;
}

/** Refuses (or, overridden, cautions) a cleanup whose basis is uncertain; true to go on. */
bool checkBasis(const LinkDetails &link, const QString &linkBasis, const PlanOptions &options,
                bool otherSideEmpty, RemediationPlan *plan)
{
    QStringList reasons;
    if (!link.known)
        reasons << RemediationTexts::tr("the check could not establish which Dataverse environment "
                                        "is linked (%1)")
                       .arg(linkBasis);
    if (otherSideEmpty)
        reasons << RemediationTexts::tr("the other side's read returned no dual-write "
                                        "configuration, which may mean the sign-in cannot see "
                                        "them rather than that there are none");
    if (reasons.isEmpty())
        return true;
    if (!options.acceptUnconfirmedLink) {
        plan->needsLinkOverride = true;
        plan->error = RemediationTexts::tr("refused: %1. Check the table maps on the Dual-write "
                                           "page; to delete these records anyway, confirm the "
                                           "override explicitly.")
                          .arg(reasons.join(QStringLiteral("; ")));
        return false;
    }
    for (const QString &reason : std::as_const(reasons))
        plan->cautions << RemediationTexts::tr("Override confirmed although %1.").arg(reason);
    return true;
}

/** The records the check named: `stale`, or with the override the `unjudged` ones as well. */
template <typename Details>
auto recordsToDelete(const Details &details, const PlanOptions &options)
{
    auto rows = details.stale;
    if (options.acceptUnconfirmedLink)
        rows += details.unjudged;
    return rows;
}

void addMapsToStop(const QStringList &maps, RemediationPlan *plan)
{
    if (maps.isEmpty())
        return;
    plan->beforeYouStart << RemediationTexts::tr("Stop these table maps on the Dual-write page "
                                                 "first (Microsoft's cleanup procedure requires "
                                                 "it), and run them again afterwards: %1.")
                                .arg(maps.join(QStringLiteral(", ")));
}

} // namespace

void planStaleDataverse(const CheckResult &check, const Profile &profile,
                        const PlanOptions &options, RemediationPlan *plan)
{
    const std::optional<StaleDataverseDetails> details = detailsOf<StaleDataverseDetails>(check, plan);
    if (!details)
        return;
    const QString &linkedUrl = details->linkedUrl;
    if (!checkBasis(details->link, details->linkBasis, options,
                    details->foConfigurations.value_or(-1) == 0, plan))
        return;
    QStringList maps;
    for (const StaleRuntimeConfiguration &row : recordsToDelete(*details, options)) {
        const QString id = row.id.trimmed();
        const QString &name = row.name;
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
        a.reasonCode = row.reasonCode();
        const QString pair = QStringLiteral("%1 / %2").arg(row.internalEntityName, row.externalEntityName);
        if (!maps.contains(pair))
            maps << pair;
        a.reason = row.reason == StaleRuntimeConfiguration::Reason::NoLink
            ? RemediationTexts::tr("no finance and operations project configuration points at %1, so no runtime "
                 "configuration belongs to a link (noLink; %2)").arg(linkedUrl, pair)
            : RemediationTexts::tr("no project configuration of the current link matches it by name or by "
                 "entity pair (noMatchingProject; %1)").arg(pair);
        plan->actions.append(a);
    }
    addMapsToStop(maps, plan);
}

void planStaleFo(const CheckResult &check, const Profile &profile, const PlanOptions &options,
                 RemediationPlan *plan)
{
    const std::optional<StaleFoDetails> details = detailsOf<StaleFoDetails>(check, plan);
    if (!details)
        return;
    QString linkedUrl = details->linkedUrl.value_or(QString());
    const int unjudged = int(details->unjudged.size());
    if (!details->link.known && !options.acceptUnconfirmedLink && !details->stale.isEmpty()) {
        // Rows without any environment URL are stale whatever the link is: only they go.
        if (unjudged > 0)
            plan->cautions << RemediationTexts::tr("Only the configurations without an environment "
                                                   "URL are deleted; %1 others could not be judged "
                                                   "because the linked Dataverse environment is "
                                                   "not known.")
                                  .arg(unjudged);
    } else if (!checkBasis(details->link, details->linkBasis, options, false, plan)) {
        return;
    }
    if (linkedUrl.isEmpty())
        linkedUrl = profile.dataverseUrl.toString();  // the override: the profile's word
    QStringList maps;
    for (const StaleProjectConfiguration &row : recordsToDelete(*details, options)) {
        const QString &project = row.projectName;
        if (project.isEmpty()) {
            plan->error = RemediationTexts::tr("a stale project configuration has no ProjectName, so it cannot be "
                             "addressed");
            plan->actions.clear();
            return;
        }
        const QString &pointsAt = row.externalEnvironmentUrl;
        const QString map = QStringLiteral("%1 / %2").arg(row.internalEntityName, row.externalEntityName);
        if (!maps.contains(map))
            maps << map;
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
    addMapsToStop(maps, plan);
}

} // namespace dwh::detail
