// SPDX-License-Identifier: MIT
#include "simulatedbrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dwh::gui {

SimulatedBrowser::SimulatedBrowser(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

SimulatedBrowser::~SimulatedBrowser() = default;

bool SimulatedBrowser::open(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_manager->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl target = QUrl::fromEncoded(reply->rawHeader("Location"));
        // Only the loopback redirect is followed: the simulated sign-in never leaves this machine.
        const bool loopback = target.host() == QLatin1String("localhost")
            || target.host() == QLatin1String("127.0.0.1");
        if (status < 300 || status >= 400 || !target.isValid() || !loopback)
            return;
        QNetworkReply *back = m_manager->get(QNetworkRequest(target));
        connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
    });
    return true;
}

} // namespace dwh::gui
