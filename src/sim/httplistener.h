// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace dwh::sim {

/**
 * One loopback listener for one service. Takes every request (any method, any path) and hands
 * it with its responder to a callback, which may answer at once, later, or never.
 */
class HttpListener final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &request,
                                       std::shared_ptr<QHttpServerResponder> responder,
                                       QTcpSocket *socket)>;

    HttpListener(const QString &service, Handler handler, QObject *parent = nullptr);
    QString service() const { return m_service; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QString m_service;
    Handler m_handler;
};

} // namespace dwh::sim
