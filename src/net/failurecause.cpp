// SPDX-License-Identifier: MIT
#include "failurecause.h"

#include <QRegularExpression>

namespace dwh {

FailureCause classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return FailureCause::None;
    case QNetworkReply::SslHandshakeFailedError:
        return FailureCause::Tls;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return FailureCause::Proxy;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return FailureCause::Unreachable;
    case QNetworkReply::ServiceUnavailableError:
        return FailureCause::Throttled;
    default:
        return FailureCause::Other;
    }
}

QString entraCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("AADSTS\\d+"));
    return code.match(text).captured(0);
}

FailureCause classifyEntraCode(const QString &code)
{
    QString digits = code.trimmed();
    if (digits.startsWith(QLatin1String("AADSTS")))
        digits = digits.mid(6);
    bool ok = false;
    const int number = digits.toInt(&ok);
    if (!ok)
        return FailureCause::Other;
    switch (number) {
    // Wrong or expired secret, unknown application or tenant, wrong user credentials.
    case 7000215: case 7000222: case 7000218: case 700016: case 700027: case 90002: case 90023:
    case 50126: case 50034: case 50053: case 50057: case 50055: case 70002: case 700024:
    case 900023: case 900971:
    case 65004:  // the user declined the sign-in's consent prompt: the sign-in was not completed
        return FailureCause::CredentialsRefused;
    // Signed in, but nobody consented to the permission, or the resource is not provisioned.
    case 65001: case 65005: case 500011: case 50105: case 90094: case 90099:
    case 501051: case 7000112:
        return FailureCause::ConsentMissing;
    // Too many requests or sign-in attempts.
    case 50196: case 90055:
        return FailureCause::Throttled;
    default:
        return FailureCause::Other;
    }
}

FailureCause classifyFailure(const QString &error, const QList<Evidence> &evidence)
{
    // The transport first: what happened on the wire is the cause, whatever the text says.
    for (auto it = evidence.crbegin(); it != evidence.crend(); ++it) {
        if (it->networkError != 0) {
            const FailureCause cause = classifyNetworkError(QNetworkReply::NetworkError(it->networkError));
            if (cause != FailureCause::Other && cause != FailureCause::None)
                return cause;
        }
        if (it->status == 407)
            return FailureCause::Proxy;
    }
    QString code = entraCode(error);
    for (auto it = evidence.crbegin(); code.isEmpty() && it != evidence.crend(); ++it)
        code = entraCode(it->error);
    if (!code.isEmpty()) {
        const FailureCause cause = classifyEntraCode(code);
        if (cause != FailureCause::Other)
            return cause;
    }
    bool throttled = false;
    bool entraRefused = false;
    for (const Evidence &e : evidence) {
        throttled = throttled || e.status == 429;
        entraRefused = entraRefused
            || (e.service == QLatin1String("entra") && (e.status == 400 || e.status == 401));
    }
    if (throttled)
        return FailureCause::Throttled;
    if (entraRefused || !code.isEmpty())
        return FailureCause::CredentialsRefused;
    if (error.isEmpty() && evidence.isEmpty())
        return FailureCause::None;
    return FailureCause::Other;
}

} // namespace dwh
