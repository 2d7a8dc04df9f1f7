// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "profile.h"

#include <QList>
#include <QMap>
#include <QString>

namespace dwh::fleet {

/**
 * The concurrent requests one identity may have in flight at one service host. Dataverse's
 * service protection limit is 52 concurrent requests per user (domain.md §6.1, Microsoft Learn
 * "Service protection API limits"); the other services publish no number, and the same budget is
 * used for them, conservatively.
 */
inline constexpr int ServiceConcurrencyBudget = 52;

/** How much of a fleet runs at once. */
struct FleetLimits
{
    int parallel = 8;    // environments at once, in total (--parallel)
    int perTenant = 4;   // environments of one tenant at once (--parallel-per-tenant)
    int perService = 16; // requests per service of one environment (--concurrency), at most
};

/** "login.microsoftonline.com/<tenant id>", lower-case: environments signing in alike. */
QString tenantKey(const Profile &profile);

/**
 * The request caps of each environment, per service, such that the environments that can run
 * at the same time never have more than ServiceConcurrencyBudget requests in flight at one
 * host: an environment whose host for a service is shared by k profiles gets
 * min(perService, budget / min(k, parallel, perTenant when they share one tenant)). Hosts that
 * only one environment uses keep `perService`. Pure.
 */
QList<QMap<Service, int>> planRequestCaps(const QList<Profile> &profiles, const FleetLimits &limits);

} // namespace dwh::fleet
