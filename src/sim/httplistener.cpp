// SPDX-License-Identifier: MIT
#include "httplistener.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

#include <utility>

namespace dwh::sim {

HttpListener::HttpListener(const QString &service, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service), m_handler(std::move(handler))
{
}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    m_handler(request, std::move(responder), socket);
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; this is only reached if that ever changes.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace dwh::sim
