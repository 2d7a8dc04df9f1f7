// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {

/**
 * Whether `a` and `b` name one file once relative paths, `.`/`..` and symbolic links are resolved
 * (a file that does not exist yet: its folder resolved, its name as given). Used to refuse an
 * output that would overwrite an input of the same run.
 */
bool isSameFile(const QString &a, const QString &b);

} // namespace dwh
