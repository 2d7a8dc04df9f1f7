// SPDX-License-Identifier: MIT
// HttpExchange against a hostile loopback server that sends a chunked answer forever: the answer
// cap acts on the bytes actually buffered, so the process's peak memory stays bounded.
#include "httpexchange.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace dwh;

namespace {

/** Peak resident memory of this process in MiB (VmHWM), or -1. */
qint64 peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

/**
 * A server on 127.0.0.1 in its own thread, at full loopback speed: one connection, reads the
 * request head, answers 200 chunked and sends 64 KiB chunks until the peer goes away.
 */
class EndlessChunkedServer
{
public:
    EndlessChunkedServer()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_listener, 1);
        socklen_t length = sizeof address;
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this]() { serve(); });
    }
    ~EndlessChunkedServer()
    {
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        m_thread.join();
    }
    quint16 port() const { return m_port; }
    qint64 bytesSent() const { return m_sent.load(); }

private:
    void serve()
    {
        const int peer = ::accept(m_listener, nullptr, nullptr);
        if (peer < 0)
            return;
        QByteArray head;
        char buffer[4096];
        while (!head.contains("\r\n\r\n")) {
            const ssize_t got = ::recv(peer, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            head.append(buffer, got);
        }
        const QByteArray start = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n";
        ::send(peer, start.constData(), size_t(start.size()), MSG_NOSIGNAL);
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
        for (;;) {
            const ssize_t sent = ::send(peer, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
            if (sent <= 0)
                break;
            m_sent += sent;
        }
        ::close(peer);
    }

    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<qint64> m_sent{0};
};

} // namespace

class tst_HttpExchange final : public QObject
{
    Q_OBJECT
private slots:
    void endlessChunkedAnswerIsCutAtTheCap_data();
    void endlessChunkedAnswerIsCutAtTheCap();
};

void tst_HttpExchange::endlessChunkedAnswerIsCutAtTheCap_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray();
    // A write starts in Qt's queued call: the read buffer limit must still reach it.
    QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"name":"x"})");
}

void tst_HttpExchange::endlessChunkedAnswerIsCutAtTheCap()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    EndlessChunkedServer server;
    QNetworkAccessManager manager;
    const qint64 cap = 32LL * 1024 * 1024;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/data/v9.2/accounts")
                                     .arg(server.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    auto *exchange = new HttpExchange(&manager, Service::Dataverse, request, verb, body);
    exchange->setTimeoutMs(0);
    exchange->setMaxResponseBytes(cap);
    HttpResult result;
    bool done = false;
    connect(exchange, &HttpExchange::finished, this, [&](const HttpResult &r) {
        result = r;
        done = true;
    });
    exchange->start();
    // No time bound: the cap, not a clock, must end it (CTest's timeout catches a hang).
    while (!done)
        QTest::qWait(20);

    const qint64 peak = peakRssMiB();
    qInfo("server sent %lld MiB; peak RSS %lld MiB", server.bytesSent() / (1024 * 1024), peak);
    QCOMPARE(result.outcome, HttpResult::Outcome::TooLarge);
    QVERIFY2(result.error.contains(QStringLiteral("larger than 32 MiB")), qPrintable(result.error));
    QVERIFY(result.body.isEmpty());
    QVERIFY(peak > 0);
    QVERIFY2(peak < 200, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peak)));
}

QTEST_GUILESS_MAIN(tst_HttpExchange)
#include "tst_httpexchange.moc"
