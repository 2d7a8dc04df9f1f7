// SPDX-License-Identifier: MIT
#include "clientsecrettokenprovider.h"
#include "datasetrequests.h"
#include "serviceclient.h"

#include "simsetup.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace dwh;
using Kind = sim::Fault::Kind;

/** Collects the replies of one client, in completion order. */
struct Replies
{
    QObject context;
    QList<std::pair<QString, ServiceReply>> list;

    ServiceClient::Callback collect(const QString &name)
    {
        return [this, name](const ServiceReply &reply) { list.append({name, reply}); };
    }
    const ServiceReply &at(int i) const { return list.at(i).second; }
};

class tst_ServiceClient final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void getsWithToken();
    void hugeBodyIsAborted();
    void waitingRetryHoldsNoSlot();
    void missingRetryAfterWaitsOneSecond();
    void throttledSignInHonoursRetryAfter();
    void givesUpAfterMaxRetries();
    void cancelAllCompletesEverything();
    void refusesPlainHttpElsewhere();
    void connectionRefused();

private:
    std::unique_ptr<ServiceClient> client(RequestLimits limits = {});
    QUrl url(Dataset dataset) const { return datasetUrl(m_profile, dataset); }

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<ClientSecretTokenProvider> m_tokens;
    Profile m_profile;
};

void tst_ServiceClient::init()
{
    m_sim = std::make_unique<sim::Simulator>();
    auto profile = test::startSimulator(*m_sim);
    QVERIFY(profile);
    m_profile = *profile;
    m_tokens = std::make_unique<ClientSecretTokenProvider>(
        m_profile, sim::Simulator::clientSecret().toUtf8());
}

void tst_ServiceClient::cleanup()
{
    m_tokens.reset();
    m_sim.reset();
}

std::unique_ptr<ServiceClient> tst_ServiceClient::client(RequestLimits limits)
{
    return std::make_unique<ServiceClient>(Service::Dataverse,
                                           m_profile.tokenScope(Service::Dataverse),
                                           m_tokens.get(), limits);
}

void tst_ServiceClient::getsWithToken()
{
    auto dv = client();
    dv->setPageSize(5000);
    Replies replies;
    dv->get(url(Dataset::DvWhoAmI), false, &replies.context, replies.collect(QStringLiteral("w")));
    QVERIFY(replies.list.isEmpty());  // never from inside get()
    QTRY_COMPARE(replies.list.size(), 1);
    const ServiceReply &reply = replies.at(0);
    QVERIFY2(reply.ok, qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("UserId"));
    QCOMPARE(reply.evidence.size(), 1);
    QCOMPARE(reply.evidence.first().request, QStringLiteral("GET /api/data/v9.2/WhoAmI"));
    QCOMPARE(dv->requestsMade(), 1);
    QCOMPARE(dv->peakInFlight(), 1);
    QCOMPARE(dv->inFlight(), 0);
}

void tst_ServiceClient::hugeBodyIsAborted()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::HugeBody));
    auto dv = client();
    dv->setMaxResponseBytes(1024 * 1024);
    Replies replies;
    dv->get(url(Dataset::DvSolutions), true, &replies.context, replies.collect(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(replies.list.size(), 1, 20000);
    QVERIFY(!replies.at(0).ok);
    QCOMPARE(replies.at(0).error,
             QStringLiteral("Dataverse sent an answer larger than 1 MiB; the request was aborted"));
}

void tst_ServiceClient::waitingRetryHoldsNoSlot()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 429, 1, 1));
    RequestLimits limits;
    limits.maxConcurrent = 1;
    auto dv = client(limits);
    Replies replies;
    dv->get(url(Dataset::DvSolutions), true, &replies.context,
            replies.collect(QStringLiteral("solutions")));
    dv->get(url(Dataset::DvCompanies), true, &replies.context,
            replies.collect(QStringLiteral("companies")));
    QTRY_COMPARE_WITH_TIMEOUT(replies.list.size(), 2, 10000);
    // While solutions waited out its Retry-After, companies used the only slot.
    QCOMPARE(replies.list.at(0).first, QStringLiteral("companies"));
    QCOMPARE(replies.list.at(1).first, QStringLiteral("solutions"));
    QVERIFY(replies.at(1).ok);
    QCOMPARE(replies.at(1).evidence.size(), 2);
    QCOMPARE(dv->retries(), 1);
    QCOMPARE(dv->peakInFlight(), 1);
}

void tst_ServiceClient::missingRetryAfterWaitsOneSecond()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 503, -1, 1));
    auto dv = client();
    Replies replies;
    QElapsedTimer timer;
    timer.start();
    dv->get(url(Dataset::DvSolutions), true, &replies.context, replies.collect(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(replies.list.size(), 1, 10000);
    QVERIFY(replies.at(0).ok);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(replies.at(0).evidence.first().status, 503);
}

void tst_ServiceClient::throttledSignInHonoursRetryAfter()
{
    // Entra ID answers the first token request 429 with Retry-After: 3 (the doubling alone
    // would try again after 1 s).
    m_sim->addFault(test::fault(QStringLiteral("entra"), QStringLiteral("token"), Kind::Status, 429, 3, 1));
    auto dv = client();
    Replies replies;
    QElapsedTimer timer;
    timer.start();
    dv->get(url(Dataset::DvWhoAmI), false, &replies.context, replies.collect(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(replies.list.size(), 1, 15000);
    QVERIFY2(replies.at(0).ok, qPrintable(replies.at(0).error));
    QVERIFY2(timer.elapsed() >= 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(replies.at(0).evidence.first().status, 429);
    QCOMPARE(m_sim->requestCount(QStringLiteral("entra")), 2);
}

void tst_ServiceClient::givesUpAfterMaxRetries()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 429, 0));
    RequestLimits limits;
    limits.maxRetries = 3;
    auto dv = client(limits);
    Replies replies;
    dv->get(url(Dataset::DvSolutions), true, &replies.context, replies.collect(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(replies.list.size(), 1, 10000);
    const ServiceReply &reply = replies.at(0);
    QVERIFY(!reply.ok);
    QVERIFY2(reply.error.startsWith(QLatin1String(
                 "Dataverse throttled the request (429, Retry-After 0 s) 4 times; gave up")),
             qPrintable(reply.error));
    QCOMPARE(reply.evidence.size(), 4);
    QCOMPARE(dv->retries(), 3);
    QCOMPARE(dv->requestsMade(), 4);
}

void tst_ServiceClient::cancelAllCompletesEverything()
{
    m_sim->setLatencyMs(2000);
    RequestLimits limits;
    limits.maxConcurrent = 2;
    auto dv = client(limits);
    Replies replies;
    for (Dataset dataset : {Dataset::DvSolutions, Dataset::DvCompanies, Dataset::DvAppUsers,
                            Dataset::DvPluginSteps, Dataset::DvRuntimeConfigs}) {
        dv->get(url(dataset), true, &replies.context, replies.collect(datasetName(dataset)));
    }
    QTRY_COMPARE(dv->inFlight(), 2);
    dv->cancelAll();
    QCOMPARE(replies.list.size(), 5);
    for (const auto &[name, reply] : std::as_const(replies.list)) {
        QVERIFY(reply.cancelled);
        QCOMPARE(reply.error, QStringLiteral("cancelled"));
    }
    QCOMPARE(dv->inFlight(), 0);
    QCOMPARE(dv->requestsMade(), 2);
    // The client is usable again afterwards.
    m_sim->setLatencyMs(0);
    dv->get(url(Dataset::DvWhoAmI), false, &replies.context, replies.collect(QString()));
    QTRY_COMPARE(replies.list.size(), 6);
    QVERIFY(replies.at(5).ok);
}

void tst_ServiceClient::refusesPlainHttpElsewhere()
{
    auto dv = client();
    Replies replies;
    dv->get(QUrl(QStringLiteral("http://contoso.crm.dynamics.com/api/data/v9.2/WhoAmI")), false,
            &replies.context, replies.collect(QString()));
    QTRY_COMPARE(replies.list.size(), 1);
    QVERIFY(!replies.at(0).ok);
    QVERIFY2(replies.at(0).error.contains(QLatin1String("plain http://")),
             qPrintable(replies.at(0).error));
    QCOMPARE(dv->requestsMade(), 0);
    QCOMPARE(m_sim->requestCount(QStringLiteral("entra")), 0);
}

void tst_ServiceClient::connectionRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    auto dv = client();
    Replies replies;
    dv->get(QUrl(QStringLiteral("http://127.0.0.1:%1/api/data/v9.2/WhoAmI").arg(port)), false,
            &replies.context, replies.collect(QString()));
    QTRY_COMPARE(replies.list.size(), 1);
    QCOMPARE(replies.at(0).error,
             QStringLiteral("Could not connect to Dataverse at 127.0.0.1:%1: the connection was "
                            "refused")
                 .arg(port));
    QCOMPARE(replies.at(0).evidence.size(), 1);
    QCOMPARE(replies.at(0).evidence.first().status, 0);
}

QTEST_GUILESS_MAIN(tst_ServiceClient)
#include "tst_serviceclient.moc"
