// SPDX-License-Identifier: MIT
#include "simulatedenvironment.h"

#include "profile.h"
#include "urlpolicy.h"

#include <QCoreApplication>

namespace dwh {

QString simulatorTenantId()
{
    return QStringLiteral("8a1f3c52-6b7d-4e90-a2c4-5d6e7f809a1b");
}

bool isSimulatedProfile(const Profile &profile)
{
    if (profile.tenantId.compare(simulatorTenantId(), Qt::CaseInsensitive) != 0)
        return false;
    for (const QUrl &url : {profile.authority, profile.dataverseUrl, profile.foUrl}) {
        if (!isLoopbackHost(url.host()))
            return false;
    }
    return profile.powerPlatformUrl.isEmpty() || isLoopbackHost(profile.powerPlatformUrl.host());
}

QString simulatedEnvironmentNotice()
{
    return QCoreApplication::translate("dwh::Report", "Simulated environment — not a customer tenant");
}

} // namespace dwh
