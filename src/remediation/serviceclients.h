// SPDX-License-Identifier: MIT
#pragma once

#include "collector.h"
#include "dataset.h"

#include <QObject>

namespace dwh {

class ServiceClient;
class TokenProvider;
struct Profile;

/**
 * The Dataverse and F&O clients remediation reads and writes through: the same token provider,
 * retry rules and URL policy (https, or http to loopback only) as the health check.
 */
class ServiceClients final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceClients)
public:
    /** `tokens` must outlive this object. */
    ServiceClients(const Profile &profile, TokenProvider *tokens, RequestLimits limits = {},
                   QObject *parent = nullptr);
    ~ServiceClients() override;

    /** The client of `service` (Dataverse or F&O); nullptr for any other service. */
    ServiceClient *client(Service service) const;
    void cancelAll();

private:
    ServiceClient *m_dataverse;
    ServiceClient *m_fo;
};

} // namespace dwh
