// SPDX-License-Identifier: MIT
// Every simulator scenario, over loopback HTTP, yields exactly its expected codes and exit code.
#include "detaillabels.h"
#include "ruleset.h"
#include "simharness.h"

#include <QJsonArray>

using namespace dwh;

class tst_Scenarios : public QObject
{
    Q_OBJECT
private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : sim::scenarioNames()) {
            if (name != QLatin1String("large"))  // covered by tst_engine and the benchmark
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void scenario()
    {
        QFETCH(QString, name);
        test::SimRun run;
        QVERIFY(run.start(name));
        QVERIFY(run.run());
        const QJsonObject expect = run.simulator->expectation();
        QStringList expectedCodes;
        for (const auto &v : expect.value(QStringLiteral("codes")).toArray())
            expectedCodes << v.toString();
        const Report &report = run.report();
        QCOMPARE(report.raisedCodes(), test::sorted(expectedCodes));
        QCOMPARE(report.exitCode(), expect.value(QStringLiteral("exitCode")).toInt());

        // Every contract check id appears once, in report order.
        QStringList ids;
        for (const StepResult &step : report.steps) {
            for (const CheckResult &c : step.checks)
                ids << c.id;
        }
        QStringList ruleIds;
        for (const Rule &rule : allRules())
            ruleIds << rule.descriptor.id;
        QCOMPARE(ids, ruleIds);

        // Every key of every check's details has a label of its own, so reports can translate it.
        for (const StepResult &step : report.steps) {
            for (const CheckResult &c : step.checks) {
                for (auto it = c.details.begin(); it != c.details.end(); ++it)
                    QVERIFY2(content::hasDetailLabel(it.key()),
                             qPrintable(c.id + QStringLiteral(": details key without a label (detaillabels.cpp): ") + it.key()));
            }
        }

        // Honesty: a check that passes has evidence of a successful read behind it.
        for (const StepResult &step : report.steps) {
            for (const CheckResult &c : step.checks) {
                if (c.status != CheckStatus::Pass)
                    continue;
                QVERIFY2(!c.evidence.isEmpty() || c.id == QLatin1String("prereq.legal-entity-count"),
                         qPrintable(c.id + QStringLiteral(" passed without evidence")));
                for (const Evidence &e : c.evidence) {
                    QVERIFY2(e.error.isEmpty() || e.status == 429 || e.status == 503,
                             qPrintable(c.id + QStringLiteral(": pass on a failed read: ") + e.error));
                }
            }
        }
    }

    // The security-role scenarios (DWHC0403, DWHC0404) judge the principal they change and
    // nothing else; roles that cannot be read are `unknown`, never `pass`.
    void securityRoles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("appUserRoles");
        QTest::addColumn<QString>("teamRoles");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("healthy") << "healthy" << "pass" << "pass" << "";
        QTest::newRow("app user without roles")
            << "DWHC0403" << "fail" << "pass" << "Dynamics Data Integration";
        QTest::newRow("root team without roles")
            << "DWHC0404" << "pass" << "fail" << "root business unit's default team";
        QTest::newRow("company team without the app user role")
            << "team-roles-company" << "pass" << "warning" << "owning team of DEMF";
        QTest::newRow("roles unreadable") << "roles-unreadable" << "unknown" << "unknown" << "403";
    }

    void securityRoles()
    {
        QFETCH(QString, name);
        QFETCH(QString, appUserRoles);
        QFETCH(QString, teamRoles);
        QFETCH(QString, phrase);
        test::SimRun run;
        QVERIFY(run.start(name));
        QVERIFY(run.run());
        CheckResult app, team;
        for (const StepResult &step : run.report().steps) {
            for (const CheckResult &c : step.checks) {
                if (c.id == QLatin1String("prereq.app-user-roles"))
                    app = c;
                if (c.id == QLatin1String("dep.team-roles"))
                    team = c;
            }
        }
        QCOMPARE(toString(app.status), appUserRoles);
        QCOMPARE(toString(team.status), teamRoles);
        const QString changed = appUserRoles != QLatin1String("pass") ? app.message : team.message;
        QVERIFY2(changed.contains(phrase), qPrintable(changed));
        QVERIFY(!team.evidence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Scenarios)
#include "tst_scenarios.moc"
