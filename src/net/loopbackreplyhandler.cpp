// SPDX-License-Identifier: MIT
#include "loopbackreplyhandler.h"

#include "errormessages.h"

#include <QHostAddress>
#include <QNetworkReply>

namespace dwh {

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, parent)
{
    setCallbackText(tr("Sign-in to dwhealth finished. You can close this window and go back to dwhealth."));
}

QString LoopbackReplyHandler::callback() const
{
    return QStringLiteral("http://localhost:%1/").arg(port());
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    HttpResult result;
    const QUrl url = reply->url();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        result.outcome = HttpResult::Outcome::Answered;
        result.status = status.toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.add(pair.first, pair.second);
        result.body = reply->readAll();
        if (result.status >= 300 && result.status < 400)
            result.error = redirectMessage(Service::Entra, result.status, result.headers.value("Location"));
        else if (result.status < 200 || result.status >= 300)
            result.error = httpErrorMessage(Service::Entra, result.status, result.headers, result.body);
    } else {
        result.outcome = HttpResult::Outcome::Network;
        const QString host = url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
        result.error = networkErrorMessage(Service::Entra, reply->error(), host, reply->errorString());
    }
    result.evidence.service = serviceName(Service::Entra);
    result.evidence.request = QStringLiteral("POST ") + url.path(QUrl::FullyEncoded);
    result.evidence.status = result.status;
    result.evidence.error = result.error;
    result.evidence.at = QDateTime::currentDateTimeUtc();
    emit tokenReplyFinished(result);
}

} // namespace dwh
