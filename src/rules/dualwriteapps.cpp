// SPDX-License-Identifier: MIT
// The dual-write applications' ids and names.
#include "dualwriteapps.h"

#include "rulestr.h"

namespace dwh {

QList<DualWriteApp> dualWriteApps()
{
    return {{QStringLiteral("00000015-0000-0000-c000-000000000000"),
             Rules::tr("Finance and operations apps")},
            {QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b"),
             Rules::tr("Dynamics Data Integration")}};
}

} // namespace dwh
