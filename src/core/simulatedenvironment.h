// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {

struct Profile;

/** The tenant id the simulator signs in for: with loopback URLs, the marker of a simulated run. */
QString simulatorTenantId();

/**
 * True when `profile` points at the simulator: its tenant is simulatorTenantId() and every URL it
 * talks to (authority, Dataverse, finance and operations, Power Platform when set) is loopback.
 * True for `check --demo`, the wizard's demo mode and a profile typed from `dwhealth simulate`
 * alike; never for a customer tenant (real URLs are never loopback).
 */
bool isSimulatedProfile(const Profile &profile);

/** "Simulated environment — not a customer tenant", in the run's language. */
QString simulatedEnvironmentNotice();

} // namespace dwh
