// SPDX-License-Identifier: MIT
// HealthEngine judges a step's rules on a thread-pool thread (RuleEvaluation): the results come
// back queued, equal to evaluating the rules in place and in rule order; cancel during the
// evaluation keeps them and skips step 2; an engine deleted meanwhile gets nothing.
#include "healthengine.h"
#include "ruleevaluation.h"
#include "ruleset.h"
#include "ruletesthelpers.h"
#include "snapshotfactsource.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace dwh;

namespace {

Profile healthyProfile()
{
    return test::healthyProfile(QStringLiteral("Pool"));
}

std::unique_ptr<HealthEngine> engineOn(const Snapshot &snapshot)
{
    return std::make_unique<HealthEngine>(healthyProfile(), [snapshot] {
        return std::make_unique<SnapshotFactSource>(snapshot);
    });
}

QStringList ids(const QList<CheckResult> &checks)
{
    QStringList out;
    for (const CheckResult &c : checks)
        out << c.id + QLatin1Char('=') + toString(c.status);
    return out;
}

} // namespace

class tst_EngineEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void resultsArriveAfterThePoolEvaluation()
    {
        const Snapshot snapshot = test::with(test::healthySnapshot(), Dataset::DvCompanies, {});
        auto engine = engineOn(snapshot);
        QSignalSpy evaluating(engine.get(), &HealthEngine::evaluating);
        QSignalSpy checks(engine.get(), &HealthEngine::checkFinished);
        QSignalSpy finished(engine.get(), &HealthEngine::finished);
        int checksWhenEvaluating = -1;
        connect(engine.get(), &HealthEngine::evaluating, this,
                [&] { checksWhenEvaluating = int(checks.size()); }, Qt::SingleShotConnection);
        engine->runAll();
        QCOMPARE(finished.size(), 0);  // never inside run*()
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(evaluating.size(), 2);  // step 1, then step 2
        QCOMPARE(checksWhenEvaluating, 0);  // no result before the evaluation started

        // The same results as the rules judged in place, in rule order.
        QList<CheckResult> expected;
        const LinkContext context = LinkContext::fromProfile(healthyProfile());
        for (const Rule &rule : rulesFor(Step::Prerequisites))
            expected << evaluateRule(rule, engine->snapshot(), context);
        QCOMPARE(ids(engine->report().steps.at(0).checks), ids(expected));
        QCOMPARE(engine->report().steps.at(0).checks.size(), rulesFor(Step::Prerequisites).size());
    }

    void cancelDuringTheEvaluationKeepsItsResultsAndSkipsStepTwo()
    {
        auto engine = engineOn(test::healthySnapshot());
        QSignalSpy finished(engine.get(), &HealthEngine::finished);
        HealthEngine *e = engine.get();
        connect(e, &HealthEngine::evaluating, this, [e] { e->cancel(); },
                Qt::SingleShotConnection);
        engine->runAll();
        QVERIFY(finished.wait(60000));
        QTest::qWait(50);  // nothing more comes
        QCOMPARE(finished.size(), 1);
        QVERIFY(engine->wasCancelled());
        QVERIFY(!engine->isRunning());
        const Report report = engine->report();
        QCOMPARE(report.steps.at(0).checks.size(), rulesFor(Step::Prerequisites).size());
        for (const CheckResult &c : report.steps.at(1).checks)
            QCOMPARE(int(c.status), int(CheckStatus::Skipped));
        QVERIFY(report.steps.at(1).note.contains(QLatin1String("cancelled")));
    }

    void anEngineDeletedDuringTheEvaluationGetsNothing()
    {
        auto engine = engineOn(test::healthySnapshot());
        QPointer<HealthEngine> guard(engine.get());
        connect(engine.get(), &HealthEngine::evaluating, this, [&] { engine.reset(); },
                Qt::QueuedConnection);
        engine->runPrerequisites();
        QTRY_VERIFY(guard.isNull());
        // The pool task finishes on its copies and posts nothing to the deleted engine.
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
    }

    void aSecondStartDropsTheFirstResults()
    {
        RuleEvaluation evaluation;
        QSignalSpy finished(&evaluation, &RuleEvaluation::finished);
        const LinkContext context = LinkContext::fromProfile(healthyProfile());
        evaluation.start(rulesFor(Step::Prerequisites), test::healthySnapshot(), context);
        evaluation.start(rulesFor(Step::Dependencies), test::healthySnapshot(), context);
        QVERIFY(evaluation.isRunning());
        QVERIFY(finished.wait(60000));
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<QList<CheckResult>>().size(),
                 rulesFor(Step::Dependencies).size());
        QVERIFY(!evaluation.isRunning());
    }
};

QTEST_MAIN(tst_EngineEvaluation)
#include "tst_engineevaluation.moc"
