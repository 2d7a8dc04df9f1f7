// SPDX-License-Identifier: MIT
#pragma once

// A tiny synchronous HTTP helper for the simulator tests (real loopback HTTP through QNAM).

#include "simulator.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace simtest {

struct Reply
{
    int status = 0;                    // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return QByteArray();
    }
};

inline Reply send(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
                  int timeoutMs = 10000)
{
    QNetworkRequest req(url);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(req, verb, body));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    Reply out;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        out.timedOut = true;
        reply->abort();
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    return out;
}

inline QString tokenFor(QNetworkAccessManager &nam, const dwh::sim::Simulator &sim, const QString &resource,
                        const QString &secret = dwh::sim::Simulator::clientSecret(), Reply *raw = nullptr)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), dwh::sim::Simulator::clientId());
    form.addQueryItem(QStringLiteral("scope"), resource + QStringLiteral("/.default"));
    form.addQueryItem(QStringLiteral("client_secret"), secret);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    QUrl url = sim.authorityUrl();
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(dwh::sim::Simulator::tenantId()));
    const Reply r = send(nam, "POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}},
                         form.toString(QUrl::FullyEncoded).toUtf8());
    if (raw)
        *raw = r;
    return r.json().value(QStringLiteral("access_token")).toString();
}

inline QUrl dvUrl(const dwh::sim::Simulator &sim, const QString &pathAndQuery)
{
    return QUrl(sim.dataverseUrl().toString() + QStringLiteral("/api/data/v9.2/") + pathAndQuery);
}

inline QList<QPair<QByteArray, QByteArray>> bearer(const QString &token, int maxPageSize = 0)
{
    QList<QPair<QByteArray, QByteArray>> h{{"Authorization", "Bearer " + token.toLatin1()},
                                           {"Accept", "application/json"},
                                           {"OData-MaxVersion", "4.0"},
                                           {"OData-Version", "4.0"}};
    if (maxPageSize > 0)
        h.append({"Prefer", "odata.maxpagesize=" + QByteArray::number(maxPageSize)});
    return h;
}

} // namespace simtest
