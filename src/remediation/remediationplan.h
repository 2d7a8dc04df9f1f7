// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"
#include "writeaction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

struct CheckResult;
struct Profile;
struct Report;
class Snapshot;

struct PlanOptions
{
    /** DWDVEV1007: the team to set; empty = each company's own team where Microsoft's
     *  company-data article says it is, else the root business unit's default team. */
    QString teamId;
    /** DWDVEV1004/DWFOEV1004: delete even though the link could not be established (the check
     *  said `warning`) or the other side's read was empty. Only on the user's explicit word. */
    bool acceptUnconfirmedLink = false;
};

/** The writes that would fix one code, from a finished health check. */
struct RemediationPlan
{
    QString code;                // "DWDVEV1004"
    QString checkId;             // "dep.stale.dataverse"
    CheckStatus checkStatus = CheckStatus::Unknown;
    QString checkMessage;
    QList<WriteAction> actions;  // empty when the check passes (nothing to fix)
    QString error;               // why no plan could be made (check unknown/skipped, no team, …)
    /** What the user must do before these writes (e.g. stop the table maps), for the preview. */
    QStringList beforeYouStart;
    /** Why the plan is less certain than usual (an override was used), for the preview. */
    QStringList cautions;
    /** True when `error` is a refusal that PlanOptions::acceptUnconfirmedLink overrides. */
    bool needsLinkOverride = false;

    bool ok() const { return error.isEmpty(); }
};

/** The codes remediation can fix: DWDVEV1004, DWFOEV1004, DWDVEV1007. */
QStringList fixableCodes();
bool isFixableCode(const QString &code);  // case-insensitive
/** The check that raises `code`, e.g. "dep.stale.dataverse"; empty when unknown. */
QString checkIdForCode(const QString &code);

/**
 * Builds the plan for `code` from `report` (the finding's details name the records) and
 * `snapshot` (DWDVEV1007 reads dv.rootDefaultTeam). Pure: no I/O.
 */
RemediationPlan planFix(const QString &code, const Report &report, const Snapshot &snapshot,
                        const Profile &profile, const PlanOptions &options = {});

namespace detail {
// One planner per code (stalecleanup.cpp, owningteamfix.cpp). They fill `plan->actions`, or
// `plan->error` when the details cannot be turned into writes.
void planStaleDataverse(const CheckResult &check, const Profile &profile,
                        const PlanOptions &options, RemediationPlan *plan);
void planStaleFo(const CheckResult &check, const Profile &profile, const PlanOptions &options,
                 RemediationPlan *plan);
void planOwningTeam(const CheckResult &check, const Snapshot &snapshot, const Profile &profile,
                    const PlanOptions &options, RemediationPlan *plan);
} // namespace detail

} // namespace dwh
