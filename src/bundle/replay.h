// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dwh {

struct EvidenceBundle;

/**
 * `dwhealth check --replay`: evaluates the rules again on a bundle's recorded facts, offline, the
 * way HealthEngine does (step 2 only when no prerequisite failed, unless the run was forced).
 * Step 2 stays skipped, with the recorded reason, when the recorded run did not evaluate it
 * (cancelled, or stopped after step 1). The report keeps the recorded run's profile and times.
 */
std::optional<Report> replayBundle(const EvidenceBundle &bundle, QString *error);

} // namespace dwh
