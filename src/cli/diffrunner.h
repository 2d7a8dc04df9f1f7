// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh::cli {

/**
 * `dwhealth diff OLD.json NEW.json [--format text|json]`: what changed from one run to a later
 * one (dwh_history's diffReports): new findings, fixed findings, findings still failing and
 * status changes, per check id and code. A file may also be an evidence bundle (its report.json
 * is used). `arguments` are those after "diff". Returns 0 when nothing changed, 1 when something
 * did, 2 on a usage error or an unreadable file.
 */
int runDiff(const QStringList &arguments);

} // namespace dwh::cli
