// SPDX-License-Identifier: MIT
#pragma once

#include "ruleset.h"

namespace dwh {

/*
 * The rule functions, one per contract check id. Each is pure: it reads only the snapshot and
 * the link context. evaluateRule() has already made sure every dataset in the descriptor's
 * needs was read (except for the access checks, which judge reachability themselves); it fills
 * id, title, evidence and a missing remediation afterwards.
 */

// prereqaccess.cpp
CheckResult checkDataverseAccess(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkFoAccess(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// prereqsolutions.cpp
CheckResult checkDualWriteCore(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkSolutionVersions(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkProspectToCash(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// prereqcoreversion.cpp
CheckResult checkCoreVersion(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// prereqfoidentity.cpp
CheckResult checkFoEntraApplications(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkFoSystemAdministrator(const RuleDescriptor &, const Snapshot &,
                                       const LinkContext &);
// prereqidentity.cpp
CheckResult checkAppUsers(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkPlugins(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkUserRoles(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// securityroles.cpp
CheckResult checkAppUserRoles(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkTeamRoles(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// prereqcompanies.cpp
CheckResult checkCompanyNames(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkLegalEntityCount(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// depapihub.cpp
CheckResult checkApiHubDataverse(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkApiHubFo(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// depcompany.cpp
CheckResult checkCompanyDataverse(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkCompanyFo(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkCompanyOwningTeam(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// depstale.cpp
CheckResult checkStaleDataverse(const RuleDescriptor &, const Snapshot &, const LinkContext &);
CheckResult checkStaleFo(const RuleDescriptor &, const Snapshot &, const LinkContext &);
// depbusinessunit.cpp
CheckResult checkDefaultTeamName(const RuleDescriptor &, const Snapshot &, const LinkContext &);

} // namespace dwh
