// SPDX-License-Identifier: MIT
#include "clientsecrettokenprovider.h"
#include "collectionreader.h"
#include "collector.h"

#include "simsetup.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dwh;
using Kind = sim::Fault::Kind;

/** One collector run against the simulator. */
struct Run
{
    std::unique_ptr<ClientSecretTokenProvider> tokens;
    std::unique_ptr<Collector> collector;
    QList<Dataset> ready;
    qint64 elapsedMs = 0;

    Run(const Profile &profile, CollectorOptions options = {},
        const QByteArray &secret = sim::Simulator::clientSecret().toUtf8())
        : tokens(std::make_unique<ClientSecretTokenProvider>(profile, secret))
        , collector(std::make_unique<Collector>(profile, tokens.get(), options))
    {
        QObject::connect(collector.get(), &Collector::datasetReady, collector.get(),
                         [this](Dataset dataset, const DatasetResult &) { ready.append(dataset); });
    }

    /** Fetches `datasets` and waits for finished(); false on timeout. */
    bool fetch(const QList<Dataset> &datasets = allDatasets(), int timeoutMs = 30000)
    {
        QSignalSpy finished(collector.get(), &Collector::finished);
        QElapsedTimer timer;
        timer.start();
        collector->fetch(datasets);
        const bool ok = finished.wait(timeoutMs);
        elapsedMs = timer.elapsed();
        return ok && finished.size() == 1 && !collector->isRunning();
    }

    const DatasetResult &get(Dataset dataset) const { return collector->snapshot().get(dataset); }
};

class tst_Collector final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void healthyCollectsEverything();
    void pagingFollowsNextLink();
    void pageCapStopsTheDatasetAndSaysSo();
    void throttledThenSucceeds();
    void unavailablePastBudget();
    void malformedBody();
    void htmlInsteadOfJson();
    void hangTimesOut();
    void wrongSecretFailsEveryDataset();
    void unauthorizedRetriesWithFreshToken();
    void userRolesNeedWhoAmI();
    void pagingLinkElsewhere();
    void pagingLoop();
    void connectionClosed();
    void peakInFlightStaysUnderCap();
    void noSecretInSnapshot();
    void cancelMidRun();
    void fetchedDatasetsAreNotFetchedAgain();

private:
    std::unique_ptr<sim::Simulator> m_sim;
    Profile m_profile;
};

void tst_Collector::init()
{
    m_sim = std::make_unique<sim::Simulator>();
    auto profile = test::startSimulator(*m_sim);
    QVERIFY(profile);
    m_profile = *profile;
}

void tst_Collector::cleanup()
{
    m_sim.reset();
}

void tst_Collector::healthyCollectsEverything()
{
    Run run(m_profile);
    QVERIFY(run.fetch());
    QCOMPARE(run.ready.size(), allDatasets().size());
    for (Dataset dataset : allDatasets()) {
        const DatasetResult &result = run.get(dataset);
        QVERIFY2(result.ok(), qPrintable(datasetName(dataset) + QStringLiteral(": ")
                                         + result.error));
        QVERIFY(!result.evidence.isEmpty());
        QCOMPARE(result.evidence.first().status, 200);
    }
    const QList<Dataset> nonEmpty{Dataset::DvWhoAmI,          Dataset::DvUserRoles,
                                  Dataset::DvSolutions,       Dataset::DvCompanies,
                                  Dataset::DvRootBusinessUnit, Dataset::DvRootDefaultTeam,
                                  Dataset::DvAppUsers,        Dataset::DvPluginAssemblies,
                                  Dataset::DvPluginSteps,     Dataset::FoLegalEntities,
                                  Dataset::PpConnections,     Dataset::DvOrganization};
    for (Dataset dataset : nonEmpty)
        QVERIFY2(!run.get(dataset).rows.isEmpty(), qPrintable(datasetName(dataset)));
    QCOMPARE(run.get(Dataset::DvWhoAmI).rows.size(), 1);
    QVERIFY(!run.get(Dataset::DvWhoAmI).rows.first().value(QLatin1String("UserId"))
                 .toString().isEmpty());
    QCOMPARE(run.get(Dataset::DvSolutions).evidence.first().request.left(31),
             QStringLiteral("GET /api/data/v9.2/solutions?$s"));

    const CollectorStats stats = run.collector->stats();
    QCOMPARE(stats.retries, 0);
    // One request per dataset plus one token per resource (Dataverse, F&O, Power Platform and
    // its admin API).
    QCOMPARE(stats.requests, int(allDatasets().size()) + 4);
    QCOMPARE(m_sim->requestCount(QStringLiteral("entra")), 4);
}

void tst_Collector::pagingFollowsNextLink()
{
    CollectorOptions options;
    options.dataversePageSize = 2;
    options.foPageSize = 2;
    Run run(m_profile, options);
    QVERIFY(run.fetch());

    const int companies =
        int(m_sim->rows(QStringLiteral("dataverse"), QStringLiteral("cdm_companies")).size());
    QVERIFY2(companies > 2, "the healthy scenario needs more than one page of companies");
    const DatasetResult &result = run.get(Dataset::DvCompanies);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(int(result.rows.size()), companies);
    QCOMPARE(int(result.evidence.size()), (companies + 1) / 2);
    QVERIFY(result.evidence.last().request.contains(QLatin1String("skiptoken")));

    const int legalEntities = int(
        m_sim->rows(QStringLiteral("financeAndOperations"), QStringLiteral("LegalEntities")).size());
    QCOMPARE(int(run.get(Dataset::FoLegalEntities).rows.size()), legalEntities);
    // Every page came back whole and in order: no row twice.
    QSet<QString> ids;
    for (const QJsonObject &row : result.rows)
        ids.insert(row.value(QLatin1String("cdm_companyid")).toString());
    QCOMPARE(int(ids.size()), companies);
}

void tst_Collector::pageCapStopsTheDatasetAndSaysSo()
{
    QCOMPARE(CollectionReader::defaultMaxPages(5000), 1000);
    QCOMPARE(CollectionReader::defaultMaxPages(10000), 1000);
    QCOMPARE(CollectionReader::defaultMaxPages(500), 10000);
    CollectorOptions options;
    options.dataversePageSize = 1;
    options.maxPages = 2;
    Run run(m_profile, options);
    QVERIFY(run.fetch({Dataset::DvCompanies}));
    const DatasetResult &result = run.get(Dataset::DvCompanies);
    QVERIFY(!result.ok());
    QVERIFY(result.pageCapHit);
    QCOMPARE(int(result.evidence.size()), 2);  // the cap's pages, no third request
    QVERIFY2(result.error.contains(QLatin1String("more than 2 pages")), qPrintable(result.error));
    // The reason survives a bundle's facts.
    QVERIFY(DatasetResult::fromJson(result.toJson()).pageCapHit);
}

void tst_Collector::throttledThenSucceeds()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 429, 1, 1));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::DvSolutions}));
    const DatasetResult &result = run.get(Dataset::DvSolutions);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.evidence.size(), 2);
    QCOMPARE(result.evidence.at(0).status, 429);
    QCOMPARE(result.evidence.at(1).status, 200);
    QVERIFY2(run.elapsedMs >= 1000, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY(result.evidence.at(1).at.toMSecsSinceEpoch()
                - result.evidence.at(0).at.toMSecsSinceEpoch() >= 1000);
    QCOMPARE(run.collector->stats().retries, 1);
}

void tst_Collector::unavailablePastBudget()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 503, 1));
    CollectorOptions options;
    options.limits[Service::Dataverse].maxRetries = 2;
    Run run(m_profile, options);
    QVERIFY(run.fetch({Dataset::DvSolutions}));
    const DatasetResult &result = run.get(Dataset::DvSolutions);
    QCOMPARE(result.state, DatasetResult::State::Failed);
    QVERIFY2(result.error.startsWith(QLatin1String("Dataverse was unavailable (503, "
                                                   "Retry-After 1 s) 3 times; gave up")),
             qPrintable(result.error));
    QCOMPARE(result.evidence.size(), 3);

    // A Retry-After longer than the wait budget is not waited for at all.
    m_sim->clearFaults();
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 429, 120));
    Run impatient(m_profile);
    // Finishing at all (long before the 120 s) shows it did not wait; no timing is asserted.
    QVERIFY(impatient.fetch({Dataset::DvSolutions}, 60000));
    const QString error = impatient.get(Dataset::DvSolutions).error;
    QVERIFY2(error.contains(QLatin1String("throttled the request (429, Retry-After 120 s) once"))
                 && error.contains(QLatin1String("retry budget")),
             qPrintable(error));
}

void tst_Collector::malformedBody()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("cdm_companies"),
                                Kind::Malformed));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::DvCompanies, Dataset::DvSolutions}));
    const DatasetResult &result = run.get(Dataset::DvCompanies);
    QCOMPARE(result.state, DatasetResult::State::Failed);
    QVERIFY2(result.error.startsWith(QLatin1String("Dataverse: malformed answer: ")),
             qPrintable(result.error));
    QCOMPARE(result.evidence.size(), 1);
    QCOMPARE(result.evidence.first().status, 200);
    QCOMPARE(result.evidence.first().error, result.error);
    QVERIFY(run.get(Dataset::DvSolutions).ok());
}

void tst_Collector::htmlInsteadOfJson()
{
    m_sim->addFault(test::fault(QStringLiteral("powerPlatform"), QString(), Kind::Html));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::PpConnections}));
    const QString error = run.get(Dataset::PpConnections).error;
    QVERIFY2(error.contains(QLatin1String("Power Platform")) && error.contains(QLatin1String("malformed")),
             qPrintable(error));
}

void tst_Collector::hangTimesOut()
{
    m_sim->addFault(test::fault(QStringLiteral("financeAndOperations"),
                                QStringLiteral("LegalEntities"), Kind::Hang));
    CollectorOptions options;
    options.limits[Service::FinanceAndOperations].timeoutMs = 500;
    Run run(m_profile, options);
    QVERIFY(run.fetch({Dataset::FoLegalEntities, Dataset::FoProjectConfigs}));
    const DatasetResult &result = run.get(Dataset::FoLegalEntities);
    QCOMPARE(result.error,
             QStringLiteral("Finance and operations did not answer: timed out after 0.5 s"));
    QCOMPARE(result.evidence.size(), 1);
    QCOMPARE(result.evidence.first().status, 0);
    QVERIFY(result.evidence.first().elapsedMs >= 500);
    QVERIFY(run.get(Dataset::FoProjectConfigs).ok());
}

void tst_Collector::wrongSecretFailsEveryDataset()
{
    Run run(m_profile, {}, QByteArray("wrong+secret&x=1"));
    QVERIFY(run.fetch());
    for (Dataset dataset : allDatasets()) {
        const DatasetResult &result = run.get(dataset);
        QCOMPARE(result.state, DatasetResult::State::Failed);
        if (dataset == Dataset::DvUserRoles) {
            QVERIFY2(result.error.startsWith(QLatin1String("not read: dv.whoami failed: ")),
                     qPrintable(result.error));
            continue;
        }
        QVERIFY2(result.error.startsWith(
                     QLatin1String("Microsoft Entra ID refused the sign-in: AADSTS7000215")),
                 qPrintable(result.error));
        QCOMPARE(result.evidence.size(), 1);
        QCOMPARE(result.evidence.first().service, QStringLiteral("entra"));
        QCOMPARE(result.evidence.first().request,
                 QStringLiteral("POST /%1/oauth2/v2.0/token").arg(m_profile.tenantId));
    }
    // One refused sign-in per resource; the refusal is not retried for every dataset.
    QCOMPARE(m_sim->requestCount(QStringLiteral("entra")), 4);
    QCOMPARE(m_sim->requestCount(QStringLiteral("dataverse")), 0);

    // The provider itself reports the refusal as such.
    QObject context;
    std::optional<TokenResult> token;
    run.tokens->requestToken(m_profile.tokenScope(Service::Dataverse), &context,
                             [&token](const TokenResult &r) { token = r; });
    QTRY_VERIFY(token.has_value());
    QVERIFY(token->rejected);
}

void tst_Collector::unauthorizedRetriesWithFreshToken()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("WhoAmI"),
                                Kind::Status, 401, -1, 1));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::DvWhoAmI}));
    const DatasetResult &result = run.get(Dataset::DvWhoAmI);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.evidence.size(), 2);
    QCOMPARE(result.evidence.first().status, 401);
    QCOMPARE(m_sim->requestCount(QStringLiteral("entra")), 2);

    // A second 401 is final.
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 401));
    QVERIFY(run.fetch({Dataset::DvSolutions}));
    const QString error = run.get(Dataset::DvSolutions).error;
    QVERIFY2(error.startsWith(QLatin1String("Dataverse refused the access token (401)")),
             qPrintable(error));
    QCOMPARE(run.get(Dataset::DvSolutions).evidence.size(), 2);
}

void tst_Collector::userRolesNeedWhoAmI()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("WhoAmI"),
                                Kind::Status, 403));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::DvUserRoles}));
    QCOMPARE(run.ready.size(), 2);  // dv.whoami was fetched for it
    QCOMPARE(run.ready.first(), Dataset::DvWhoAmI);
    const QString whoAmIError = run.get(Dataset::DvWhoAmI).error;
    QVERIFY2(whoAmIError.startsWith(QLatin1String("Dataverse answered 403 Forbidden")),
             qPrintable(whoAmIError));
    QCOMPARE(run.get(Dataset::DvUserRoles).error,
             QStringLiteral("not read: dv.whoami failed: ") + whoAmIError);
}

void tst_Collector::pagingLinkElsewhere()
{
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("cdm_companies"),
                                Kind::NextLinkElsewhere));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::DvCompanies}));
    const QString error = run.get(Dataset::DvCompanies).error;
    QVERIFY2(error.startsWith(QLatin1String("Dataverse: paging link points elsewhere (")),
             qPrintable(error));
    QCOMPARE(m_sim->requestCount(QStringLiteral("dataverse")), 1);
}

void tst_Collector::pagingLoop()
{
    m_sim->addFault(test::fault(QStringLiteral("financeAndOperations"),
                                QStringLiteral("LegalEntities"), Kind::NextLinkLoop));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::FoLegalEntities}));
    const QString error = run.get(Dataset::FoLegalEntities).error;
    QVERIFY2(error.startsWith(QLatin1String("Finance and operations: paging loop")),
             qPrintable(error));
    QVERIFY(m_sim->requestCount(QStringLiteral("financeAndOperations")) <= 2);
}

void tst_Collector::connectionClosed()
{
    m_sim->addFault(test::fault(QStringLiteral("powerPlatform"), QString(),
                                Kind::ConnectionClose));
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::PpConnections}));
    const DatasetResult &result = run.get(Dataset::PpConnections);
    QCOMPARE(result.state, DatasetResult::State::Failed);
    QVERIFY2(result.error.contains(QLatin1String("Power Platform")), qPrintable(result.error));
    QCOMPARE(result.evidence.size(), 1);
    QCOMPARE(result.evidence.first().status, 0);
}

void tst_Collector::peakInFlightStaysUnderCap()
{
    m_sim->setLatencyMs(100);
    CollectorOptions options;
    options.limits[Service::Dataverse].maxConcurrent = 4;
    Run run(m_profile, options);
    QVERIFY(run.fetch());
    for (Dataset dataset : allDatasets())
        QVERIFY2(run.get(dataset).ok(), qPrintable(run.get(dataset).error));
    const int simPeak = m_sim->peakInFlight(QStringLiteral("dataverse"));
    const int clientPeak = run.collector->stats().peakInFlight.value(Service::Dataverse);
    QVERIFY2(simPeak <= 4, qPrintable(QString::number(simPeak)));
    QVERIFY2(clientPeak <= 4, qPrintable(QString::number(clientPeak)));
    QVERIFY2(clientPeak >= 3, qPrintable(QString::number(clientPeak)));  // really parallel
    QVERIFY2(simPeak >= 3, qPrintable(QString::number(simPeak)));
}

void tst_Collector::noSecretInSnapshot()
{
    // A failing run and a healthy run: neither the secret nor any token appears anywhere.
    m_sim->addFault(test::fault(QStringLiteral("dataverse"), QStringLiteral("solutions"),
                                Kind::Status, 401));
    Run run(m_profile);
    QVERIFY(run.fetch());
    QByteArray json = QJsonDocument(run.collector->snapshot().toJson()).toJson();
    QStringList tokens;
    QObject context;
    for (Service service :
         {Service::Dataverse, Service::FinanceAndOperations, Service::PowerPlatform}) {
        run.tokens->requestToken(m_profile.tokenScope(service), &context,
                                 [&tokens](const TokenResult &r) { tokens << r.accessToken; });
    }
    QTRY_COMPARE(tokens.size(), 3);
    for (const QString &token : std::as_const(tokens)) {
        QVERIFY(token.size() > 8);
        QVERIFY(!json.contains(token.toUtf8()));
    }
    QVERIFY(!json.contains(sim::Simulator::clientSecret().toUtf8()));
    QVERIFY(!json.contains("Bearer"));
    QVERIFY(!json.contains("client_secret"));
    QVERIFY(!json.contains("Authorization"));

    Run wrong(m_profile, {}, QByteArray("Wr0ng+Secret&Value"));
    QVERIFY(wrong.fetch());
    json = QJsonDocument(wrong.collector->snapshot().toJson()).toJson();
    QVERIFY(!json.contains("Wr0ng"));
    QVERIFY(!json.contains("client_secret"));
}

void tst_Collector::cancelMidRun()
{
    // The server would answer after ten minutes: finishing at all shows cancel() does not wait
    // for an answer (no wall-clock time is asserted).
    m_sim->setLatencyMs(600000);
    Run run(m_profile);
    QSignalSpy finished(run.collector.get(), &Collector::finished);
    run.collector->fetch(allDatasets());
    QTest::qWait(300);
    QVERIFY(run.collector->isRunning());
    run.collector->cancel();
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!run.collector->isRunning());
    QCOMPARE(run.ready.size(), allDatasets().size());
    for (Dataset dataset : allDatasets()) {
        const DatasetResult &result = run.get(dataset);
        QCOMPARE(result.state, DatasetResult::State::Failed);
        QVERIFY2(result.error == QLatin1String("cancelled")
                     || result.error.startsWith(QLatin1String("not read")),
                 qPrintable(datasetName(dataset) + QStringLiteral(": ") + result.error));
    }
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);  // exactly once
}

void tst_Collector::fetchedDatasetsAreNotFetchedAgain()
{
    Run run(m_profile);
    QVERIFY(run.fetch({Dataset::DvSolutions, Dataset::FoLegalEntities}));
    const int dataverse = m_sim->requestCount(QStringLiteral("dataverse"));
    QVERIFY(run.fetch({Dataset::DvSolutions}));
    QCOMPARE(m_sim->requestCount(QStringLiteral("dataverse")), dataverse);
    QVERIFY(run.fetch({Dataset::DvSolutions, Dataset::DvCompanies}));
    QCOMPARE(m_sim->requestCount(QStringLiteral("dataverse")), dataverse + 1);
    QCOMPARE(run.ready.size(), 3);
}

QTEST_GUILESS_MAIN(tst_Collector)
#include "tst_collector.moc"
