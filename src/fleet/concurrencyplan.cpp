// SPDX-License-Identifier: MIT
// The request caps of a fleet run: the service limits shared by environments on one host.
#include "concurrencyplan.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dwh::fleet {

namespace {

const QList<Service> &allServices()
{
    static const QList<Service> services{Service::Entra, Service::Dataverse,
                                         Service::FinanceAndOperations, Service::PowerPlatform,
                                         Service::PowerPlatformAdmin};
    return services;
}

QString hostKey(const Profile &profile, Service service)
{
    const QUrl url = profile.baseUrl(service);
    if (url.isEmpty())
        return QString();
    return serviceName(service) + QLatin1Char('|') + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

} // namespace

QString tenantKey(const Profile &profile)
{
    return (profile.authority.host() + QLatin1Char('/') + profile.tenantId).toLower();
}

QList<QMap<Service, int>> planRequestCaps(const QList<Profile> &profiles, const FleetLimits &limits)
{
    const int perService = std::clamp(limits.perService, 1, ServiceConcurrencyBudget);
    // Per host: how many profiles use it and how many tenants they come from.
    QHash<QString, int> sharers;
    QHash<QString, QSet<QString>> tenants;
    for (const Profile &p : profiles) {
        for (Service s : allServices()) {
            const QString key = hostKey(p, s);
            if (key.isEmpty())
                continue;
            ++sharers[key];
            tenants[key].insert(tenantKey(p));
        }
    }
    QList<QMap<Service, int>> caps;
    for (const Profile &p : profiles) {
        QMap<Service, int> cap;
        for (Service s : allServices()) {
            const QString key = hostKey(p, s);
            int atOnce = std::min(std::max(1, sharers.value(key, 1)), std::max(1, limits.parallel));
            if (tenants.value(key).size() <= 1)
                atOnce = std::min(atOnce, std::max(1, limits.perTenant));
            cap.insert(s, std::max(1, std::min(perService, ServiceConcurrencyBudget / atOnce)));
        }
        caps << cap;
    }
    return caps;
}

} // namespace dwh::fleet
