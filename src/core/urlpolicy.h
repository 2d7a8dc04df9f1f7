// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace dwh {

/** True for localhost, 127.0.0.0/8 and ::1. */
bool isLoopbackHost(const QString &host);

/**
 * Why `url` may not be used as a service base URL, or an empty string when it may:
 * https anywhere, plain http only to a loopback host, a host, no user info, query or fragment.
 */
QString serviceUrlProblem(const QUrl &url);

/**
 * True when `authority` is a Microsoft Entra ID sign-in host that may receive a client secret:
 * https on one of the cloud instances' authentication endpoints in Microsoft's national cloud
 * documentation (learn.microsoft.com/entra/identity-platform/authentication-national-cloud):
 * login.microsoftonline.com (global), login.microsoftonline.us (US Government),
 * login.partner.microsoftonline.cn and login.chinacloudapi.cn (operated by 21Vianet). Azure
 * Germany (login.microsoftonline.de) closed on 29 October 2021 and is not accepted. A loopback
 * authority (the simulator, a local test) is accepted too. The CLI refuses any other authority
 * unless --allow-authority names its host; the wizard asks.
 */
bool isKnownEntraAuthority(const QUrl &authority);

/** The Entra ID hosts isKnownEntraAuthority() accepts (besides loopback), for messages. */
QStringList knownEntraAuthorityHosts();

/** `url` without a trailing slash on its path, for joining paths onto it. */
QUrl withoutTrailingSlash(const QUrl &url);

} // namespace dwh
