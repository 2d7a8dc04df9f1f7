// SPDX-License-Identifier: MIT
// What the environments of a fleet run share: tenants and service hosts.
#include "concurrencyplan.h"

namespace dwh::fleet {

QString tenantKey(const Profile &profile)
{
    return (profile.authority.host() + QLatin1Char('/') + profile.tenantId).toLower();
}

QString serviceHostKey(const Profile &profile, Service service)
{
    const QUrl url = profile.baseUrl(service);
    if (url.isEmpty() || url.host().isEmpty())
        return QString();
    return serviceName(service) + QLatin1Char('|') + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

QList<Service> cappedServices()
{
    return {Service::Dataverse, Service::FinanceAndOperations, Service::PowerPlatform,
            Service::PowerPlatformAdmin};
}

} // namespace dwh::fleet
