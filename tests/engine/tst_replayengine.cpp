// SPDX-License-Identifier: MIT
// `check --replay` is HealthEngine on a bundle's recorded facts: the same step gate, nothing read,
// the recorded run's times, and malformed recorded data `unknown`, never a finding.
#include "evidencebundle.h"
#include "recordedreplay.h"
#include "ruletesthelpers.h"

#include <QTest>

using namespace dwh;

namespace {

const QString StartedAt = QStringLiteral("2026-03-01T08:00:00Z");
const QString FinishedAt = QStringLiteral("2026-03-01T08:00:09Z");

Profile healthyProfile()
{
    return test::healthyProfile(QStringLiteral("Replay"));
}

/** A bundle of a run on `facts` whose recorded step 2 had checks of `depsStatus` and `note`. */
EvidenceBundle bundleOf(const QJsonValue &facts, CheckStatus depsStatus = CheckStatus::Pass,
                        const QString &note = QString(), bool forced = false)
{
    EvidenceBundle bundle;
    bundle.facts = {{QStringLiteral("schemaVersion"), EvidenceBundle::FactsSchemaVersion},
                    {QStringLiteral("profile"), healthyProfile().toJson()},
                    {QStringLiteral("forcedDependencies"), forced},
                    {QStringLiteral("datasets"), facts}};
    QJsonObject deps{{QStringLiteral("id"), toString(Step::Dependencies)},
                     {QStringLiteral("checks"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("dep.x")},
                                             {QStringLiteral("status"), toString(depsStatus)}}}}};
    if (!note.isEmpty())
        deps.insert(QStringLiteral("note"), note);
    bundle.report = {{QStringLiteral("startedAt"), StartedAt},
                     {QStringLiteral("finishedAt"), FinishedAt},
                     {QStringLiteral("steps"), QJsonArray{deps}}};
    return bundle;
}

/** The engine's report on the recorded run, as `check --replay` writes it. */
std::optional<Report> replay(const EvidenceBundle &bundle, CollectorStats *stats = nullptr)
{
    QString error;
    std::optional<Report> report = test::replayRecorded(bundle, &error, stats);
    if (!report)
        qWarning("%s", qPrintable(error));
    return report;
}

QJsonObject healthyFacts()
{
    return test::healthySnapshot().toJson();
}

QJsonObject factsWith(Dataset d, const QList<QJsonObject> &rows)
{
    return test::with(test::healthySnapshot(), d, rows).toJson();
}

} // namespace

class tst_ReplayEngine : public QObject
{
    Q_OBJECT
private slots:
    void healthyFactsPassBothStepsAndReadNothing()
    {
        CollectorStats stats;
        stats.requests = -1;
        const std::optional<Report> report = replay(bundleOf(healthyFacts()), &stats);
        QVERIFY(report);
        QCOMPARE(stats.requests, 0);
        QCOMPARE(report->steps.size(), 2);
        QVERIFY(!report->steps.at(1).checks.isEmpty());
        for (const StepResult &step : report->steps) {
            QCOMPARE(step.note, QString());
            for (const CheckResult &c : step.checks)
                QVERIFY2(c.status != CheckStatus::Skipped, qPrintable(c.id));
        }
        QCOMPARE(report->profileName, QStringLiteral("Replay"));
        QCOMPARE(report->dataverseUrl, test::LinkedDv);
    }

    void theReportKeepsTheRecordedTimes()
    {
        const std::optional<Report> report = replay(bundleOf(healthyFacts()));
        QVERIFY(report);
        QCOMPARE(report->startedAt, QDateTime::fromString(StartedAt, Qt::ISODate));
        QCOMPARE(report->finishedAt, QDateTime::fromString(FinishedAt, Qt::ISODate));
        QVERIFY(!report->simulated);
    }

    void aRecordedRunStoppedAfterStepOneStaysSo()
    {
        const QString cancelled = QStringLiteral("Not run: the check was cancelled.");
        const std::optional<Report> report =
            replay(bundleOf(healthyFacts(), CheckStatus::Skipped, cancelled));
        QVERIFY(report);
        QCOMPARE(report->steps.at(1).note, cancelled);
        for (const CheckResult &c : report->steps.at(1).checks) {
            QCOMPARE(toString(c.status), toString(CheckStatus::Skipped));
            QCOMPARE(c.message, cancelled);
        }
    }

    void aFailedPrerequisiteGatesStepTwoUnlessTheRunWasForced()
    {
        // Dynamics365Company below its minimum: prereq.solution-versions fails and gates step 2.
        const Snapshot healthy = test::healthySnapshot();
        QList<QJsonObject> solutions;
        for (QJsonObject row : healthy.get(Dataset::DvSolutions).rows) {
            if (row.value(QStringLiteral("uniquename")).toString() == QLatin1String("Dynamics365Company"))
                row.insert(QStringLiteral("version"), QStringLiteral("1.0.0.0"));
            solutions << row;
        }
        const QJsonObject facts = factsWith(Dataset::DvSolutions, solutions);
        const std::optional<Report> gated = replay(bundleOf(facts));
        QVERIFY(gated);
        QCOMPARE(toString(gated->find(QStringLiteral("prereq.solution-versions"))->status),
                 toString(CheckStatus::Fail));
        QVERIFY2(gated->steps.at(1).note.startsWith(QStringLiteral("Not run: a prerequisite failed (")),
                 qPrintable(gated->steps.at(1).note));
        for (const CheckResult &c : gated->steps.at(1).checks)
            QCOMPARE(toString(c.status), toString(CheckStatus::Skipped));

        const std::optional<Report> forced =
            replay(bundleOf(facts, CheckStatus::Pass, QString(), true));
        QVERIFY(forced);
        QVERIFY(forced->forcedDependencies);
        QVERIFY2(forced->steps.at(1).note.startsWith(QStringLiteral("Run although a prerequisite failed")),
                 qPrintable(forced->steps.at(1).note));
        for (const CheckResult &c : forced->steps.at(1).checks)
            QVERIFY2(c.status != CheckStatus::Skipped, qPrintable(c.id));
    }

    void malformedRecordedRowsMakeTheCheckUnknownNotAFinding()
    {
        QJsonObject facts = healthyFacts();
        QJsonObject companies = facts.value(QStringLiteral("dv.companies")).toObject();
        companies.insert(QStringLiteral("rows"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        facts.insert(QStringLiteral("dv.companies"), companies);
        const std::optional<Report> report = replay(bundleOf(facts));
        QVERIFY(report);
        const CheckResult *names = report->find(QStringLiteral("prereq.company-names"));
        QVERIFY(names);
        QCOMPARE(toString(names->status), toString(CheckStatus::Unknown));
        QVERIFY2(names->message.contains(QStringLiteral("row 0 of \"rows\" is not an object")),
                 qPrintable(names->message));

        // The same facts, well formed, are judged.
        const std::optional<Report> good = replay(bundleOf(healthyFacts()));
        QVERIFY(good);
        QCOMPARE(toString(good->find(QStringLiteral("prereq.company-names"))->status),
                 toString(CheckStatus::Pass));
    }

    void aBundleWithoutAValidProfileIsRefused()
    {
        EvidenceBundle bundle = bundleOf(healthyFacts());
        bundle.facts.insert(QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), 5}});
        QString error;
        QVERIFY(!cli::RecordedRun::fromBundle(bundle, &error));
        QVERIFY2(error.contains(QStringLiteral("facts.json: profile")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ReplayEngine)
#include "tst_replayengine.moc"
