// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <QString>

namespace dwh {

/**
 * The public client (app registration) that interactive and device code sign-in use when the
 * profile's `auth.clientId` is empty: Microsoft's multi-tenant "Microsoft Azure CLI" application.
 * It is a public client (no secret), allows the device code flow and has `http://localhost`
 * registered as a redirect URI (Entra ID then accepts any loopback port, RFC 8252 §7.3), and it
 * is commonly used to get delegated Dataverse tokens (`az account get-access-token --resource
 * https://<org>.crm.dynamics.com`). Tenants may block it by Conditional Access; organisations
 * should register their own public client (platform "Mobile and desktop applications", redirect
 * URI http://localhost, "Allow public client flows" on, delegated permissions Dynamics CRM
 * user_impersonation, Dynamics ERP, Power Platform API) and put its id in `auth.clientId`.
 */
inline constexpr char defaultPublicClientId[] = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

/** The client id delegated sign-in uses for `profile`: auth.clientId, or the default above. */
inline QString delegatedClientId(const Profile &profile)
{
    return profile.clientId.isEmpty() ? QString::fromLatin1(defaultPublicClientId) : profile.clientId;
}

} // namespace dwh
