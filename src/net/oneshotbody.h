// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace dwh {

/**
 * The body of a write as Qt uploads it: readable once, never rewound. Qt's HTTP/1 code resends
 * a request on its own when the connection closes after the request was sent (any method); to
 * resend it must rewind the upload device, and this one refuses, so the reply fails with
 * QNetworkReply::ContentReSendError instead of the write reaching the service twice. Use with
 * Content-Length set and QNetworkRequest::DoNotBufferUploadDataAttribute (Qt would otherwise copy
 * the body into a buffer it can rewind). An empty body (DELETE) works the same way.
 */
class OneShotBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace dwh
