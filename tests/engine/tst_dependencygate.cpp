// SPDX-License-Identifier: MIT
// dependencyGate(): the one step gate of live and replayed runs, rule by rule.
#include "dependencygate.h"
#include "ruletesthelpers.h"

#include <QTest>

using namespace dwh;

namespace {

/** Step 1's results on the healthy snapshot, with `failed` (ids) turned into failures. */
QList<CheckResult> prerequisites(const QStringList &failed = {})
{
    QList<CheckResult> checks;
    for (const Rule &rule : rulesFor(Step::Prerequisites)) {
        CheckResult c = test::run(rule.descriptor.id, test::healthySnapshot());
        if (failed.contains(c.id))
            c.status = CheckStatus::Fail;
        checks << c;
    }
    return checks;
}

const QString Solutions = QStringLiteral("prereq.solution-versions");
const QString Companies = QStringLiteral("prereq.company-names");

} // namespace

class tst_DependencyGate : public QObject
{
    Q_OBJECT
private slots:
    void healthyPrerequisitesRunStepTwoWithoutNote()
    {
        const QList<CheckResult> checks = prerequisites();
        for (const CheckResult &c : checks)
            QCOMPARE(toString(c.status), toString(CheckStatus::Pass));
        const DependencyGate gate = dependencyGate(checks, false);
        QVERIFY(gate.run);
        QCOMPARE(gate.note, QString());
    }

    void noPrerequisiteResultsSkipStepTwo()
    {
        for (bool force : {false, true}) {
            const DependencyGate gate = dependencyGate({}, force);
            QVERIFY(!gate.run);
            QCOMPARE(gate.note, QStringLiteral("Not run: the prerequisite health check has not run."));
        }
    }

    void aGatingFailureSkipsStepTwoNamingEveryFailure()
    {
        const DependencyGate gate = dependencyGate(prerequisites({Companies, Solutions}), false);
        QVERIFY(!gate.run);
        // In report order, as the checks were given.
        QStringList order;
        for (const CheckResult &c : prerequisites())
            if (c.id == Companies || c.id == Solutions)
                order << c.id;
        QCOMPARE(gate.note, QStringLiteral("Not run: a prerequisite failed (%1).")
                                .arg(order.join(QStringLiteral(", "))));
    }

    void forceRunsStepTwoWithANote()
    {
        const DependencyGate gate = dependencyGate(prerequisites({Solutions}), true);
        QVERIFY(gate.run);
        QCOMPARE(gate.note, QStringLiteral("Run although a prerequisite failed (%1), because "
                                           "--force-dependencies was given.")
                                .arg(Solutions));
    }

    void advisoryFailuresDoNotGate_data()
    {
        QTest::addColumn<QString>("check");
        QTest::newRow("user roles") << QStringLiteral("prereq.user-roles");
        QTest::newRow("F&O system administrator") << QStringLiteral("prereq.fo-system-administrator");
        QTest::newRow("core version") << QStringLiteral("prereq.core-version");
    }

    void advisoryFailuresDoNotGate()
    {
        QFETCH(QString, check);
        const DependencyGate gate = dependencyGate(prerequisites({check}), false);
        QVERIFY(gate.run);
        QCOMPARE(gate.note, QString());
    }

    void onlyFailuresGateNotWarningsOrUnknowns()
    {
        QList<CheckResult> checks = prerequisites();
        for (CheckResult &c : checks) {
            if (c.id == Solutions)
                c.status = CheckStatus::Unknown;
            if (c.id == Companies)
                c.status = CheckStatus::Warning;
        }
        QVERIFY(dependencyGate(checks, false).run);
    }

    void aRecordedRunThatStoppedAfterStepOneKeepsItsNote()
    {
        const QString cancelled = QStringLiteral("Not run: the check was cancelled.");
        DependencyGate gate = dependencyGate(prerequisites(), false, cancelled);
        QVERIFY(!gate.run);
        QCOMPARE(gate.note, cancelled);
        // Forcing does not make facts appear that the recorded run did not judge.
        gate = dependencyGate(prerequisites({Solutions}), true, cancelled);
        QVERIFY(!gate.run);
        QCOMPARE(gate.note, cancelled);
        // Without a recorded note: "has not run".
        gate = dependencyGate(prerequisites(), false, QString());
        QVERIFY(!gate.run);
        QCOMPARE(gate.note, QStringLiteral("Not run: the prerequisite health check has not run."));
    }

    void aFailureNowOutranksTheRecordedNote()
    {
        const DependencyGate gate = dependencyGate(prerequisites({Solutions}), false,
                                                   QStringLiteral("Not run: the check was cancelled."));
        QVERIFY(!gate.run);
        QCOMPARE(gate.note, QStringLiteral("Not run: a prerequisite failed (%1).").arg(Solutions));
    }
};

QTEST_GUILESS_MAIN(tst_DependencyGate)
#include "tst_dependencygate.moc"
