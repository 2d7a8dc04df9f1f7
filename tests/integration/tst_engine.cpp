// SPDX-License-Identifier: MIT
// The engine against the simulator over loopback HTTP: step gating, honesty, secrets, paging.
#include "simharness.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace dwh;

namespace {

const CheckResult &checkOf(const Report &report, const char *id)
{
    const CheckResult *c = report.find(QString::fromLatin1(id));
    if (!c)
        qFatal("check %s missing from the report", id);
    return *c;
}

} // namespace

class tst_Engine : public QObject
{
    Q_OBJECT
private slots:
    void healthyPassesEverything()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        QVERIFY(run.run());
        const ReportSummary s = run.report().summary();
        QCOMPARE(s.fail + s.unknown + s.skipped + s.warning, 0);
        QCOMPARE(s.pass, 23);
        QCOMPARE(run.report().exitCode(), 0);
    }

    void failedPrerequisiteSkipsDependencies()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("DWHC0202")));
        QVERIFY(run.run());
        const Report &r = run.report();
        QCOMPARE(toString(checkOf(r, "prereq.solution-versions").status), toString(CheckStatus::Fail));
        QVERIFY(checkOf(r, "prereq.solution-versions").message.contains(QStringLiteral("Dynamics365Company")));
        for (const CheckResult &c : r.steps.at(1).checks) {
            QCOMPARE(toString(c.status), toString(CheckStatus::Skipped));
            QVERIFY(c.message.contains(QStringLiteral("prereq.solution-versions")));
        }
        QCOMPARE(r.exitCode(), 1);
    }

    void toolSignInAndAdvisoryFailuresDoNotSkipDependencies_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("check");
        QTest::newRow("DWHC0401") << "DWHC0401" << "prereq.user-roles";
        QTest::newRow("DWHC0402") << "DWHC0402" << "prereq.fo-system-administrator";
        QTest::newRow("DWHC0204") << "DWHC0204" << "prereq.core-version";
        QTest::newRow("DWHC0403") << "DWHC0403" << "prereq.app-user-roles";
    }

    void toolSignInAndAdvisoryFailuresDoNotSkipDependencies()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, check);
        test::SimRun run;
        QVERIFY(run.start(scenario));
        QVERIFY(run.run());
        const Report &r = run.report();
        QCOMPARE(toString(checkOf(r, check.toLatin1().constData()).status), toString(CheckStatus::Fail));
        QCOMPARE(r.steps.at(1).checks.size(), 9);
        for (const CheckResult &c : r.steps.at(1).checks)
            QCOMPARE(toString(c.status), toString(CheckStatus::Pass));
        QVERIFY(r.steps.at(1).note.isEmpty());
        QCOMPARE(r.exitCode(), 1);
    }

    void forceDependenciesRunsThemAndSaysSo()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("DWHC0202")));
        EngineOptions options;
        options.forceDependencies = true;
        QVERIFY(run.run(options));
        const Report &r = run.report();
        QVERIFY(r.forcedDependencies);
        QVERIFY(r.steps.at(1).note.contains(QStringLiteral("prereq.solution-versions")));
        QCOMPARE(toString(checkOf(r, "dep.apihub.dataverse").status), toString(CheckStatus::Pass));
        QVERIFY(r.toJson().value(QStringLiteral("forcedDependencies")).toBool());
    }

    void malformedAnswerIsUnknownNeverPass()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("malformed")));
        QVERIFY(run.run());
        const Report &r = run.report();
        for (const char *id : {"prereq.dual-write-core", "prereq.solution-versions",
                               "prereq.prospect-to-cash"}) {
            const CheckResult &c = checkOf(r, id);
            QCOMPARE(toString(c.status), toString(CheckStatus::Unknown));
            QVERIFY2(c.message.contains(QStringLiteral("malformed"), Qt::CaseInsensitive),
                     qPrintable(c.message));
        }
        QCOMPARE(r.exitCode(), 3);
    }

    void wrongSecretIsExit3AndNamesTheSignIn()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        QVERIFY(run.run({}, QByteArrayLiteral("not-the-secret")));
        const Report &r = run.report();
        const CheckResult &access = checkOf(r, "prereq.dataverse-access");
        QCOMPARE(toString(access.status), toString(CheckStatus::Unknown));
        QVERIFY(access.codes.contains(QStringLiteral("DWHC0101")));
        QVERIFY2(access.message.contains(QStringLiteral("AADSTS7000215")), qPrintable(access.message));
        // Only a check judged from the profile alone (the selected legal-entity count) may pass.
        for (const StepResult &step : r.steps)
            for (const CheckResult &c : step.checks)
                if (c.status == CheckStatus::Pass)
                    QCOMPARE(c.id, QStringLiteral("prereq.legal-entity-count"));
        QCOMPARE(r.exitCode(), 3);
    }

    void noSecretOrTokenInReportOrEvidence()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        QVERIFY(run.run());
        const QByteArray report = QJsonDocument(run.report().toJson()).toJson();
        const QByteArray snapshot = QJsonDocument(run.engine->snapshot().toJson()).toJson();
        const QByteArray secret = sim::Simulator::clientSecret().toUtf8();
        for (const QByteArray &text : {report, snapshot}) {
            QVERIFY(!text.contains(secret));
            QVERIFY(!text.contains("Bearer"));
            QVERIFY(!text.contains("access_token"));
            QVERIFY(!text.contains("client_secret"));
            for (const QString &token : run.simulator->issuedTokens())
                QVERIFY(!text.contains(token.toUtf8()));
        }
        QVERIFY(!run.simulator->issuedTokens().isEmpty());
    }

    void pagingReadsEveryRow()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("large")));
        EngineOptions options;
        options.collector.dataversePageSize = 500;
        options.collector.foPageSize = 700;
        QVERIFY(run.run(options, sim::Simulator::clientSecret().toUtf8(), 120000));
        const Snapshot &snap = run.engine->snapshot();
        const DatasetResult &companies = snap.get(Dataset::DvCompanies);
        QVERIFY(companies.ok());
        QCOMPARE(companies.rows.size(),
                 run.simulator->rows(QStringLiteral("dataverse"), QStringLiteral("cdm_companies")).size());
        QVERIFY(companies.evidence.size() >= 3);  // several pages
        const DatasetResult &entities = snap.get(Dataset::FoLegalEntities);
        QVERIFY(entities.ok());
        QCOMPARE(entities.rows.size(),
                 run.simulator->rows(QStringLiteral("financeAndOperations"), QStringLiteral("LegalEntities")).size());
        QVERIFY(entities.evidence.size() >= 3);
        QCOMPARE(run.report().exitCode(), 0);
    }

    void throttlingIsRetriedAfterRetryAfter()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        sim::Fault fault;
        fault.service = QStringLiteral("dataverse");
        fault.pathContains = QStringLiteral("solutions");
        fault.kind = sim::Fault::Kind::Status;
        fault.status = 429;
        fault.retryAfterSeconds = 1;
        fault.times = 1;
        run.simulator->addFault(fault);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run.run());
        QVERIFY(timer.elapsed() >= 1000);
        const DatasetResult &solutions = run.engine->snapshot().get(Dataset::DvSolutions);
        QVERIFY(solutions.ok());
        QCOMPARE(solutions.evidence.size(), 2);
        QCOMPARE(solutions.evidence.first().status, 429);
        QCOMPARE(run.report().exitCode(), 0);
    }

    void throttledSignInIsRetried()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        sim::Fault fault;
        fault.service = QStringLiteral("entra");
        fault.kind = sim::Fault::Kind::Status;
        fault.status = 429;
        fault.retryAfterSeconds = 0;
        fault.times = 1;  // the first token request is throttled, the retry gets a token
        run.simulator->addFault(fault);
        QVERIFY(run.run());
        QCOMPARE(run.report().exitCode(), 0);
        bool sawThrottledSignIn = false;
        for (Dataset d : run.engine->snapshot().datasets()) {
            for (const Evidence &e : run.engine->snapshot().get(d).evidence)
                sawThrottledSignIn = sawThrottledSignIn || (e.service == QLatin1String("entra") && e.status == 429);
        }
        QVERIFY(sawThrottledSignIn);  // the throttled attempt is in the evidence
    }

    void throttledPastTheBudgetIsUnknown()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        sim::Fault fault;
        fault.service = QStringLiteral("dataverse");
        fault.pathContains = QStringLiteral("cdm_companies");
        fault.status = 429;
        fault.retryAfterSeconds = 0;
        run.simulator->addFault(fault);
        EngineOptions options;
        options.collector.limits[Service::Dataverse].maxRetries = 2;
        QVERIFY(run.run(options));
        const CheckResult &names = checkOf(run.report(), "prereq.company-names");
        QCOMPARE(toString(names.status), toString(CheckStatus::Unknown));
        QVERIFY2(names.message.contains(QStringLiteral("429")), qPrintable(names.message));
        QCOMPARE(run.report().exitCode(), 3);
    }

    void concurrencyStaysWithinTheCap()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        run.simulator->setLatencyMs(80);
        EngineOptions options;
        for (Service s : {Service::Dataverse, Service::FinanceAndOperations, Service::PowerPlatform})
            options.collector.limits[s].maxConcurrent = 3;
        QVERIFY(run.run(options));
        QVERIFY(run.simulator->peakInFlight(QStringLiteral("dataverse")) <= 3);
        QVERIFY(run.simulator->peakInFlight(QStringLiteral("dataverse")) >= 2);  // it did run in parallel
        QCOMPARE(run.report().exitCode(), 0);
    }

    void cancelFinishesPromptlyAsUnknown()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("healthy")));
        // Answers would come after ten minutes: finishing at all shows cancel() does not wait
        // for them (no wall-clock time is asserted).
        run.simulator->setLatencyMs(600000);
        run.tokens = std::make_unique<ClientSecretTokenProvider>(run.profile, sim::Simulator::clientSecret().toUtf8());
        run.engine = std::make_unique<HealthEngine>(run.profile, run.tokens.get());
        QSignalSpy finished(run.engine.get(), &HealthEngine::finished);
        run.engine->runAll();
        QTest::qWait(100);
        run.engine->cancel();
        // finished may come from within cancel() itself, or later from the event loop.
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        const Report &r = run.report();
        // Nothing read from a service passes; the selected legal-entity count comes from the profile.
        for (const StepResult &step : r.steps)
            for (const CheckResult &c : step.checks)
                if (c.status == CheckStatus::Pass)
                    QCOMPARE(c.id, QStringLiteral("prereq.legal-entity-count"));
        QCOMPARE(r.exitCode(), 3);
        QCOMPARE(toString(checkOf(r, "dep.apihub.dataverse").status), toString(CheckStatus::Skipped));
    }

    void runChecksReadsAndReportsOnlyThoseChecks()
    {
        test::SimRun run;
        QVERIFY(run.start(QStringLiteral("DWDVEV1003")));
        run.tokens = std::make_unique<ClientSecretTokenProvider>(run.profile, sim::Simulator::clientSecret().toUtf8());
        run.engine = std::make_unique<HealthEngine>(run.profile, run.tokens.get());
        QSignalSpy finished(run.engine.get(), &HealthEngine::finished);
        QSignalSpy checks(run.engine.get(), &HealthEngine::checkFinished);
        QStringList paths;
        connect(run.simulator.get(), &sim::Simulator::requestServed, this,
                [&paths](const QString &, const QString &, const QString &path, int) { paths << path; });
        run.engine->runChecks({QStringLiteral("dep.company.dataverse"), QStringLiteral("dep.company.fo"),
                               QStringLiteral("no.such.check")});
        QVERIFY(finished.isEmpty());  // never from within runChecks()
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        const Report r = run.report();
        QStringList ids;
        for (const StepResult &step : r.steps)
            for (const CheckResult &c : step.checks)
                ids << c.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("dep.company.dataverse"), QStringLiteral("dep.company.fo")}));
        QCOMPARE(checks.size(), 2);
        QCOMPARE(toString(checkOf(r, "dep.company.dataverse").status), toString(CheckStatus::Fail));
        QCOMPARE(toString(checkOf(r, "dep.company.fo").status), toString(CheckStatus::Pass));
        QVERIFY(r.steps.at(0).checks.isEmpty());
        // Only the two datasets those rules read (the profile lists the legal entities).
        QCOMPARE(run.simulator->requestCount(QStringLiteral("dataverse")), 1);
        QCOMPARE(run.simulator->requestCount(QStringLiteral("financeAndOperations")), 1);
        QCOMPARE(run.simulator->requestCount(QStringLiteral("powerPlatform")), 0);
        for (const QString &path : std::as_const(paths))
            QVERIFY2(path.contains(QLatin1String("cdm_companies")) || path.contains(QLatin1String("LegalEntities"))
                         || path.contains(QLatin1String("token")),
                     qPrintable(path));
        QCOMPARE(run.engine->snapshot().datasets().size(), 2);

        // A second verification reads again (a fresh collector), and the steps still work after.
        run.simulator->resetStats();
        run.engine->runChecks({QStringLiteral("dep.company.fo")});
        QVERIFY(finished.wait(60000));
        QCOMPARE(run.simulator->requestCount(QStringLiteral("financeAndOperations")), 1);
        QCOMPARE(run.report().steps.at(1).checks.size(), 1);
        run.engine->runAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(run.report().steps.at(0).checks.size(), 14);
        QCOMPARE(run.report().steps.at(1).checks.size(), 9);
    }
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
