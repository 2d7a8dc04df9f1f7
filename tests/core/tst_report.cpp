// SPDX-License-Identifier: MIT
#include "report.h"

#include <QJsonArray>
#include <QTest>

using namespace dwh;

class tst_Report : public QObject
{
    Q_OBJECT
private:
    static CheckResult check(const QString &id, CheckStatus status, QStringList codes = {})
    {
        CheckResult c;
        c.id = id;
        c.title = id;
        c.status = status;
        c.codes = codes;
        c.message = QStringLiteral("message of ") + id;
        return c;
    }
    static Report reportWith(QList<CheckStatus> statuses)
    {
        Report r;
        StepResult s;
        int i = 0;
        for (CheckStatus st : statuses)
            s.checks << check(QStringLiteral("c%1").arg(i++), st);
        r.steps << s;
        return r;
    }

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QList<CheckStatus>>("statuses");
        QTest::addColumn<int>("exitCode");
        using S = CheckStatus;
        QTest::newRow("all pass") << QList<S>{S::Pass, S::Pass} << 0;
        QTest::newRow("warning") << QList<S>{S::Pass, S::Warning} << 0;
        QTest::newRow("skipped") << QList<S>{S::Pass, S::Skipped} << 0;
        QTest::newRow("fail") << QList<S>{S::Pass, S::Fail} << 1;
        QTest::newRow("fail beats unknown") << QList<S>{S::Unknown, S::Fail} << 1;
        QTest::newRow("unknown") << QList<S>{S::Pass, S::Unknown} << 3;
    }
    void exitCodes()
    {
        QFETCH(QList<CheckStatus>, statuses);
        QFETCH(int, exitCode);
        QCOMPARE(reportWith(statuses).exitCode(), exitCode);
    }

    void stepStatusIsTheWorst()
    {
        using S = CheckStatus;
        QCOMPARE(toString(reportWith({S::Pass, S::Warning}).steps.first().status()), toString(S::Warning));
        QCOMPARE(toString(reportWith({S::Unknown, S::Warning}).steps.first().status()), toString(S::Unknown));
        QCOMPARE(toString(reportWith({S::Skipped, S::Skipped}).steps.first().status()), toString(S::Skipped));
        QCOMPARE(toString(reportWith({S::Skipped, S::Pass}).steps.first().status()), toString(S::Pass));
    }

    void jsonHasTheContractShape()
    {
        Report r;
        r.profileName = QStringLiteral("Contoso");
        r.dataverseUrl = QStringLiteral("https://contoso.crm4.dynamics.com");
        r.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        r.finishedAt = r.startedAt.addSecs(4);
        StepResult pre{Step::Prerequisites, {}, {}};
        CheckResult c = check(QStringLiteral("prereq.solution-versions"), CheckStatus::Fail,
                              {QStringLiteral("DWHC0202")});
        c.evidence << Evidence{QStringLiteral("dataverse"), QStringLiteral("GET /api/data/v9.2/solutions"), 200, {}, {}, 12};
        c.remediation = Remediation{QStringLiteral("Upgrade"), {QStringLiteral("step 1")}, QStringLiteral("https://learn.microsoft.com/x")};
        pre.checks << c;
        StepResult dep{Step::Dependencies, {check(QStringLiteral("dep.apihub.dataverse"), CheckStatus::Skipped)}, QStringLiteral("Not run")};
        r.steps = {pre, dep};

        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("dwhealth"));
        QCOMPARE(o.value(QStringLiteral("startedAt")).toString(), QStringLiteral("2026-11-23T10:00:00Z"));
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        const QJsonObject first = steps.at(0).toObject().value(QStringLiteral("checks")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("codes")).toArray().at(0).toString(), QStringLiteral("DWHC0202"));
        QCOMPARE(first.value(QStringLiteral("evidence")).toArray().at(0).toObject().value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(first.value(QStringLiteral("remediation")).toObject().value(QStringLiteral("docUrl")).toString(), QStringLiteral("https://learn.microsoft.com/x"));
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("fail")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(r.raisedCodes(), QStringList{QStringLiteral("DWHC0202")});

        QString error;
        const auto back = Report::fromJson(o, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), o);
    }

    void rejectsOtherSchemaVersions()
    {
        QString error;
        QVERIFY(!Report::fromJson(QJsonObject{{QStringLiteral("schemaVersion"), 2}}, &error));
        QVERIFY(error.contains(QStringLiteral("schemaVersion")));
    }
};

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
