// SPDX-License-Identifier: MIT
// `dwhealth diff`'s run (its options: diffcommand.cpp).
#pragma once

#include "clioptions.h"

namespace dwh::cli {

/**
 * `dwhealth diff OLD.json NEW.json [--format text|json]`: what changed from one run to a later
 * one (dwh_history's diffReports): new findings, fixed findings, findings still failing and
 * status changes, per check id and code. A file may also be an evidence bundle (its report.json
 * is used). `options` come from diffcommand.cpp. Returns 0 when nothing changed, 1 when something
 * did, 2 on an unreadable file.
 */
int runDiff(const DiffOptions &options);

} // namespace dwh::cli
