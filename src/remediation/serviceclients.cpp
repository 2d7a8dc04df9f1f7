// SPDX-License-Identifier: MIT
#include "serviceclients.h"

#include "profile.h"
#include "serviceclient.h"

namespace dwh {

ServiceClients::ServiceClients(const Profile &profile, TokenProvider *tokens, RequestLimits limits,
                               QObject *parent)
    : QObject(parent)
    , m_dataverse(new ServiceClient(Service::Dataverse, profile.tokenScope(Service::Dataverse),
                                    tokens, limits, this))
    , m_fo(new ServiceClient(Service::FinanceAndOperations,
                             profile.tokenScope(Service::FinanceAndOperations), tokens, limits,
                             this))
{
}

ServiceClients::~ServiceClients() = default;

ServiceClient *ServiceClients::client(Service service) const
{
    switch (service) {
    case Service::Dataverse: return m_dataverse;
    case Service::FinanceAndOperations: return m_fo;
    default: return nullptr;
    }
}

void ServiceClients::cancelAll()
{
    m_dataverse->cancelAll();
    m_fo->cancelAll();
}

} // namespace dwh
