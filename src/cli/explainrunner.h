// SPDX-License-Identifier: MIT
// `dwhealth explain`'s run (its options: explaincommand.cpp).
#pragma once

#include "clioptions.h"

namespace dwh::cli {

/**
 * `dwhealth explain "ERROR TEXT" | - | --file FILE | --list | --symptom ID [--format text|json]`:
 * recognises every known dual-write error in a message, a log, a HAR file or a JSON error body
 * (dwh_troubleshoot) and prints, for each, the cause, the fix, the lines it matched, the
 * documentation link, the sources, the dwhealth checks to run and the guided fix; when nothing
 * matches, the closest symptoms. `options` come from explaincommand.cpp.
 * Returns 0 when the text was recognised (or for --list/--symptom), 1 when nothing matched,
 * 2 on an unknown symptom, an unreadable file or an empty text. Writes the answer on stdout,
 * errors on stderr.
 */
int runExplain(const ExplainOptions &options);

} // namespace dwh::cli
