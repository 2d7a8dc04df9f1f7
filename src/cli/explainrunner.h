// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh::cli {

/**
 * `dwhealth explain "ERROR TEXT" | - | --list | --symptom ID [--format text|json]`: recognises a
 * dual-write error message (dwh_troubleshoot) and prints the cause, the fix, the documentation
 * link and the dwhealth checks to run. `arguments` are those after "explain".
 * Returns 0 when the text was recognised (or for --list/--symptom), 1 when nothing matched,
 * 2 on a usage error. Writes the answer on stdout, usage errors on stderr.
 */
int runExplain(const QStringList &arguments);

} // namespace dwh::cli
