// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace dwh {

/** True for localhost, 127.0.0.0/8 and ::1. */
bool isLoopbackHost(const QString &host);

/**
 * Why `url` may not be used as a service base URL, or an empty string when it may:
 * https anywhere, plain http only to a loopback host, a host, no user info, query or fragment.
 */
QString serviceUrlProblem(const QUrl &url);

/** `url` without a trailing slash on its path, for joining paths onto it. */
QUrl withoutTrailingSlash(const QUrl &url);

} // namespace dwh
