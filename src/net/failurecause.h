// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"

#include <QList>
#include <QNetworkReply>
#include <QString>

namespace dwh {

/**
 * The class of cause behind a failed sign-in or request, for a headline that names the real
 * problem ("host not found" is not "refused credentials"). Pure functions, no widgets.
 */
enum class FailureCause {
    None,                // nothing failed
    Unreachable,         // DNS, connection refused, reset, timeout: no answer came
    Tls,                 // the TLS handshake failed (untrusted or wrong certificate)
    Proxy,               // a proxy refused, failed or wants authentication
    CredentialsRefused,  // Microsoft Entra ID refused the tenant, client id or secret
    ConsentMissing,      // signed in, but the app lacks consent or permission for the resource
    Throttled,           // the service kept answering 429/503
    Other,               // an answer came that says something else
};

/** The cause class of a transport failure. */
FailureCause classifyNetworkError(QNetworkReply::NetworkError error);

/** The cause class of a Microsoft Entra error code ("AADSTS7000215" or just "7000215");
 *  Other for a code that names none of the classes. */
FailureCause classifyEntraCode(const QString &code);

/** The first "AADSTS<digits>" in `text`, or empty. */
QString entraCode(const QString &text);

/**
 * The cause class of a failed read: from its evidence (transport error, HTTP 407, 429/503) and
 * the Entra error code in its message or evidence. Transport causes win over the message, so a
 * sign-in that failed because the host was not found is Unreachable, not CredentialsRefused.
 */
FailureCause classifyFailure(const QString &error, const QList<Evidence> &evidence);

} // namespace dwh
