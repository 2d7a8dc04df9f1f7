// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh::cli {

/**
 * `dwhealth bundle anonymise IN.zip OUT.zip`: writes IN's evidence bundle with every name, host,
 * id and e-mail address replaced consistently (Anonymiser), owner-only. `arguments` are those
 * after "bundle". Returns 0 when written, 2 on a usage error or an unreadable bundle, 3 when
 * OUT could not be written.
 */
int runBundle(const QStringList &arguments);

} // namespace dwh::cli
