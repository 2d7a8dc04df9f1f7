// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh::cli {

/**
 * `dwhealth explain "ERROR TEXT" | - | --file FILE | --list | --symptom ID [--format text|json]`:
 * recognises every known dual-write error in a message, a log, a HAR file or a JSON error body
 * (dwh_troubleshoot) and prints, for each, the cause, the fix, the lines it matched, the
 * documentation link, the sources, the dwhealth checks to run and the guided fix; when nothing
 * matches, the closest symptoms. `arguments` are those after "explain".
 * Returns 0 when the text was recognised (or for --list/--symptom), 1 when nothing matched,
 * 2 on a usage error. Writes the answer on stdout, usage errors on stderr.
 */
int runExplain(const QStringList &arguments);

/** The help lines of explain's whole-input forms (--file, HAR, JSON), for dwhealth --help; kept
 *  apart from the main help text so that its translations stay valid. */
QString explainInputHelp();

} // namespace dwh::cli
