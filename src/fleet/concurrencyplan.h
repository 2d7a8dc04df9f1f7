// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "profile.h"

#include <QList>
#include <QString>

namespace dwh::fleet {

/**
 * The concurrent requests one identity may have in flight at one service host. Dataverse's
 * service protection limit is 52 concurrent requests per user (domain.md §6.1, Microsoft Learn
 * "Service protection API limits"); the other services (F&O, Power Platform, Entra ID's token
 * endpoint) publish no number, and the same budget is used for them, conservatively.
 */
inline constexpr int ServiceConcurrencyBudget = 52;

/** How much of a fleet runs at once. */
struct FleetLimits
{
    int parallel = 8;    // environments at once, in total (--parallel)
    int perTenant = 4;   // environments of one tenant at once (--parallel-per-tenant)
    int perService = 16; // requests per service of one environment (--concurrency)
};

/** "login.microsoftonline.com/<tenant id>", lower-case: environments signing in alike. */
QString tenantKey(const Profile &profile);

/**
 * "dataverse|contoso.crm4.dynamics.com:443": the service and host the profile's requests to
 * `service` go to; environments with the same key share that host's ServiceConcurrencyBudget.
 * Empty when the service is not configured.
 */
QString serviceHostKey(const Profile &profile, Service service);

/** The services a fleet run caps: Dataverse, F&O, Power Platform and its admin API. */
QList<Service> cappedServices();

} // namespace dwh::fleet
