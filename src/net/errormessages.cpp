// SPDX-License-Identifier: MIT
// Readable messages for what can go wrong on the wire, naming the service and the fault.
#include "errormessages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace dwh {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::ErrorMessages)
};

constexpr int MAX_SNIPPET = 200;

/** First line of `text`, trimmed and bounded, so a body cannot flood a report. */
QString firstLine(const QString &text)
{
    QString line = text.section(QRegularExpression(QStringLiteral("[\r\n]")), 0, 0,
                                QString::SectionSkipEmpty).trimmed();
    if (line.size() > 500)
        line = line.left(500) + QStringLiteral("…");
    return line;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 408: return QStringLiteral("Request Timeout");
    case 412: return QStringLiteral("Precondition Failed");
    case 413: return QStringLiteral("Payload Too Large");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 501: return QStringLiteral("Not Implemented");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return QString();
    }
}

QString statusText(int status)
{
    const QString reason = reasonPhrase(status);
    return reason.isEmpty() ? QString::number(status)
                            : QString::number(status) + QLatin1Char(' ') + reason;
}

bool looksLikeHtmlImpl(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || (head.startsWith('<') && head.contains("<body"));
}

/** `code: message` or whichever of the two is present. */
QString joinCodeAndMessage(const QString &code, const QString &message)
{
    if (code.isEmpty())
        return message;
    if (message.isEmpty())
        return code;
    return QStringLiteral("%1: %2").arg(code, message);
}

QString odataFault(const QJsonObject &error)
{
    const QString code = error.value(QLatin1String("code")).toString().trimmed();
    QString message = firstLine(error.value(QLatin1String("message")).toString());
    // F&O puts the useful text in innererror.message, the outer one is often generic.
    const QJsonObject inner = error.value(QLatin1String("innererror")).toObject();
    const QString innerMessage = firstLine(inner.value(QLatin1String("message")).toString());
    if (!innerMessage.isEmpty() && innerMessage != message)
        message = message.isEmpty() ? innerMessage
                                    : QStringLiteral("%1 (%2)").arg(message, innerMessage);
    return joinCodeAndMessage(code, message);
}

QString entraFault(const QJsonObject &object)
{
    // error_description: "AADSTS7000215: Invalid client secret provided. …\r\nTrace ID: …"
    QString description = firstLine(object.value(QLatin1String("error_description")).toString());
    const QString error = object.value(QLatin1String("error")).toString();
    if (description.isEmpty())
        return error;
    return description;
}

} // namespace

QString errorBodyFault(Service service, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return QString();
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject())
        return odataFault(error.toObject());
    if (error.isString() || object.contains(QLatin1String("error_description")))
        return entraFault(object);
    // Some gateways answer {"message": "..."} or {"Message": "..."}.
    for (const char *key : {"message", "Message"}) {
        const QString message = firstLine(object.value(QLatin1String(key)).toString());
        if (!message.isEmpty())
            return message;
    }
    Q_UNUSED(service);
    return QString();
}

QString httpErrorMessage(Service service, int status, const HttpHeaders &headers,
                         const QByteArray &body)
{
    const QString name = serviceDisplayName(service);
    if (looksLikeHtmlImpl(body)) {
        return Tr::tr("%1 returned an HTML page instead of JSON (status %2)")
            .arg(name, QString::number(status));
    }
    QString fault = errorBodyFault(service, body);
    if (fault.isEmpty() && !body.trimmed().isEmpty()) {
        QString snippet = QString::fromUtf8(body.left(MAX_SNIPPET)).simplified();
        if (body.size() > MAX_SNIPPET)
            snippet += QStringLiteral("…");
        fault = Tr::tr("an answer that is not JSON: %1").arg(snippet);
    }

    if (service == Service::Entra) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString code = object.value(QLatin1String("error")).toString();
        if (!code.isEmpty()) {
            // Only a 4xx refuses the credentials; a 429 or 5xx says nothing about them.
            if (status == 429)
                return Tr::tr("%1 throttled the sign-in: %2 (HTTP %3, %4)")
                    .arg(name, fault, QString::number(status), code);
            if (status >= 500)
                return Tr::tr("%1 failed with a server error during the sign-in: %2 (HTTP %3, %4)")
                    .arg(name, fault, QString::number(status), code);
            return Tr::tr("%1 refused the sign-in: %2 (HTTP %3, %4)")
                .arg(name, fault, QString::number(status), code);
        }
    }

    if (fault.isEmpty()) {
        // A 401 from Dataverse usually has an empty body and says why in WWW-Authenticate.
        const QByteArray challenge = headers.value("WWW-Authenticate");
        static const QRegularExpression descriptionRe(
            QStringLiteral("error_description=\"([^\"]*)\""));
        const auto match = descriptionRe.match(QString::fromLatin1(challenge));
        if (match.hasMatch())
            fault = firstLine(match.captured(1));
    }

    if (status == 401 && service != Service::Entra) {
        return Tr::tr("%1 refused the access token (401): %2")
            .arg(name, fault.isEmpty() ? Tr::tr("no reason given") : fault);
    }
    if (fault.isEmpty())
        return Tr::tr("%1 answered %2 with an empty body").arg(name, statusText(status));
    return Tr::tr("%1 answered %2: %3").arg(name, statusText(status), fault);
}

bool isHtmlBody(const QByteArray &body)
{
    return looksLikeHtmlImpl(body);
}

QString redirectMessage(Service service, int status, const QByteArray &location)
{
    const QString host = QUrl::fromEncoded(location).host();
    return Tr::tr("%1 redirected the request (%2) to %3; dwhealth does not follow redirects — "
              "check the URL in the profile")
        .arg(serviceDisplayName(service), QString::number(status),
             host.isEmpty() ? Tr::tr("an unknown location") : host);
}

QString networkErrorMessage(Service service, QNetworkReply::NetworkError error,
                            const QString &hostAndPort, const QString &detail)
{
    const QString name = serviceDisplayName(service);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("Could not connect to %1 at %2: the connection was refused")
            .arg(name, hostAndPort);
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("Could not reach %1: host %2 was not found").arg(name, hostAndPort);
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("%1 (%2) closed the connection before answering").arg(name, hostAndPort);
    case QNetworkReply::ContentReSendError:
        // Raised where Qt would have sent the request again (OneShotBody refuses to rewind).
        return Tr::tr("%1 (%2) closed the connection after the request was sent, before "
                      "answering; dwhealth never sends a write twice on its own")
            .arg(name, hostAndPort);
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("TLS certificate not trusted for %1 (%2): %3; the connection was refused; "
                  "dwhealth never ignores certificate errors")
            .arg(name, hostAndPort, detail);
    case QNetworkReply::OperationCanceledError:
        return cancelledMessage();
    case QNetworkReply::TimeoutError:
        return Tr::tr("%1 (%2) did not answer: the connection timed out").arg(name, hostAndPort);
    default:
        return Tr::tr("Could not reach %1 (%2): %3").arg(name, hostAndPort, detail);
    }
}

QString incompleteAnswerMessage(Service service, const QString &hostAndPort, qint64 received,
                                qint64 expected)
{
    const QString got = expected >= 0
        ? Tr::tr("got %1 of %2 bytes").arg(QString::number(received), QString::number(expected))
        : Tr::tr("got %1 bytes").arg(received);
    return Tr::tr("%1 (%2) closed the connection before the answer was complete (%3)")
        .arg(serviceDisplayName(service), hostAndPort, got);
}

QString contentTypeMessage(Service service, int status, const QByteArray &contentType,
                           const QByteArray &body)
{
    if (looksLikeHtmlImpl(body)) {
        return Tr::tr("%1: malformed answer: an HTML page instead of JSON (status %2)")
            .arg(serviceDisplayName(service), QString::number(status));
    }
    return Tr::tr("%1: malformed answer: labelled %2 instead of JSON (status %3); a proxy or a "
              "sign-in page may be answering instead of the service")
        .arg(serviceDisplayName(service), QString::fromLatin1(contentType.left(100)).simplified(),
             QString::number(status));
}

QString timeoutMessage(Service service, int timeoutMs)
{
    return Tr::tr("%1 did not answer: timed out after %2 s")
        .arg(serviceDisplayName(service), QString::number(timeoutMs / 1000.0, 'g', 4));
}

QString tooLargeMessage(Service service, qint64 maxBytes)
{
    return Tr::tr("%1 sent an answer larger than %2 MiB; the request was aborted")
        .arg(serviceDisplayName(service), QString::number(maxBytes / (1024 * 1024)));
}

QString gaveUpMessage(Service service, int status, const QByteArray &retryAfter, int answers,
                      bool waitBudgetExceeded, const QString &lastFault)
{
    const QString name = serviceDisplayName(service);
    const QString wait = retryAfter.trimmed().isEmpty()
        ? Tr::tr("no Retry-After")
        : (std::all_of(retryAfter.cbegin(), retryAfter.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || c == ' '; })
               ? Tr::tr("Retry-After %1 s").arg(QString::fromLatin1(retryAfter.trimmed()))
               : Tr::tr("Retry-After %1").arg(QString::fromLatin1(retryAfter.trimmed())));
    const QString times = answers == 1 ? Tr::tr("once") : Tr::tr("%1 times").arg(answers);
    QString message = status == 429
        ? Tr::tr("%1 throttled the request (%2, %3) %4; gave up")
              .arg(name, QString::number(status), wait, times)
        : Tr::tr("%1 was unavailable (%2, %3) %4; gave up")
              .arg(name, QString::number(status), wait, times);
    if (waitBudgetExceeded)
        message += Tr::tr(" (waiting again would pass the retry budget)");
    if (!lastFault.isEmpty())
        message += QStringLiteral(": ") + lastFault;
    return message;
}

QString cancelledMessage()
{
    return Tr::tr("cancelled");
}

QString refusedUrlMessage(Service service, const QString &url, const QString &problem)
{
    return Tr::tr("%1 request refused: %2 %3").arg(serviceDisplayName(service), url, problem);
}

} // namespace dwh
