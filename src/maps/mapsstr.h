// SPDX-License-Identifier: MIT
// Translation context of the table-maps texts (maps and errors pages, `dwhealth maps|errors`).
#pragma once

#include <QCoreApplication>

namespace dwh {

/** Translation context "dwh::Maps". */
class Maps
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Maps)
};

} // namespace dwh
