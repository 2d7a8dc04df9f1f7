// SPDX-License-Identifier: MIT
// `check --replay` checks the recorded facts as a server's answer is checked: a dataset of the
// wrong shape makes the checks that need it `unknown` with the reason, never findings from garbage.
#include "evidencebundle.h"
#include "recordedfacts.h"
#include "replay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dwh;

namespace {

const QJsonObject CompanyRow{{QStringLiteral("cdm_companyid"), QStringLiteral("c-1")},
                             {QStringLiteral("cdm_companycode"), QStringLiteral("USMF")},
                             {QStringLiteral("cdm_name"), QStringLiteral("Contoso USA")}};

QJsonObject okDataset(const QJsonValue &rows)
{
    return {{QStringLiteral("state"), QStringLiteral("ok")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("evidence"),
             QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("dataverse")},
                                    {QStringLiteral("request"), QStringLiteral("GET /api/data/v9.2/cdm_companies")},
                                    {QStringLiteral("status"), 200}}}}};
}

QJsonObject profileJson()
{
    return {{QStringLiteral("name"), QStringLiteral("Replay")},
            {QStringLiteral("tenantId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("mode"), QStringLiteral("clientSecret")},
                         {QStringLiteral("clientId"), QStringLiteral("11111111-1111-1111-1111-111111111111")}}},
            {QStringLiteral("dataverse"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("https://contoso.crm4.dynamics.com")},
                         {QStringLiteral("environmentId"), QStringLiteral("0b2c1d3e-0000-0000-0000-00000000000a")}}},
            {QStringLiteral("financeAndOperations"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("https://contoso.operations.dynamics.com")}}}};
}

const CheckResult *findCheck(const Report &report, const QString &id)
{
    for (const StepResult &step : report.steps) {
        for (const CheckResult &check : step.checks) {
            if (check.id == id)
                return &check;
        }
    }
    return nullptr;
}

} // namespace

class tst_RecordedFacts : public QObject
{
    Q_OBJECT
private slots:
    void wellFormedDatasetsAreKept()
    {
        const Snapshot s = recordedSnapshot(
            QJsonObject{{QStringLiteral("dv.companies"), okDataset(QJsonArray{CompanyRow})}});
        QVERIFY(s.get(Dataset::DvCompanies).ok());
        QCOMPARE(s.get(Dataset::DvCompanies).rows, QList<QJsonObject>{CompanyRow});
        QCOMPARE(s.get(Dataset::DvCompanies).evidence.size(), 1);
    }

    void malformedDatasetsFailWithTheReason_data()
    {
        QTest::addColumn<QJsonValue>("dataset");
        QTest::addColumn<QString>("reason");
        QTest::newRow("rows a string") << QJsonValue(okDataset(QStringLiteral("garbage")))
                                       << QStringLiteral("\"rows\" is not an array");
        QTest::newRow("a row a string") << QJsonValue(okDataset(QJsonArray{CompanyRow, QStringLiteral("x")}))
                                        << QStringLiteral("row 1 of \"rows\" is not an object");
        QTest::newRow("a row a number") << QJsonValue(okDataset(QJsonArray{5}))
                                        << QStringLiteral("row 0 of \"rows\" is not an object");
        QJsonObject numberState = okDataset(QJsonArray{CompanyRow});
        numberState.insert(QStringLiteral("state"), 1);
        QTest::newRow("state a number") << QJsonValue(numberState) << QStringLiteral("\"state\" is not one of");
        QJsonObject noRows = okDataset(QJsonArray{});
        noRows.remove(QStringLiteral("rows"));
        QTest::newRow("ok without rows") << QJsonValue(noRows) << QStringLiteral("\"rows\" is missing");
        QJsonObject errorArray = okDataset(QJsonArray{});
        errorArray.insert(QStringLiteral("state"), QStringLiteral("failed"));
        errorArray.insert(QStringLiteral("error"), QJsonArray{1});
        QTest::newRow("error an array") << QJsonValue(errorArray) << QStringLiteral("\"error\" is not a string");
        QJsonObject statusString = okDataset(QJsonArray{CompanyRow});
        statusString.insert(QStringLiteral("evidence"),
                            QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("403")}}});
        QTest::newRow("evidence status a string") << QJsonValue(statusString)
                                                  << QStringLiteral("evidence 0: \"status\" is not a number");
        QJsonObject evidenceObject = okDataset(QJsonArray{CompanyRow});
        evidenceObject.insert(QStringLiteral("evidence"), QJsonObject());
        QTest::newRow("evidence an object") << QJsonValue(evidenceObject)
                                            << QStringLiteral("\"evidence\" is not an array");
        QTest::newRow("dataset a string") << QJsonValue(QStringLiteral("ok")) << QStringLiteral("not an object");
    }

    void malformedDatasetsFailWithTheReason()
    {
        QFETCH(QJsonValue, dataset);
        QFETCH(QString, reason);
        const Snapshot s = recordedSnapshot(QJsonObject{{QStringLiteral("dv.companies"), dataset}});
        const DatasetResult &r = s.get(Dataset::DvCompanies);
        QCOMPARE(r.state, DatasetResult::State::Failed);
        QVERIFY(r.rows.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("facts.json, datasets.dv.companies")), qPrintable(r.error));
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }

    void datasetsNotAnObjectFailsEveryDataset()
    {
        const Snapshot s = recordedSnapshot(QJsonArray{});
        for (Dataset d : allDatasets()) {
            QCOMPARE(s.get(d).state, DatasetResult::State::Failed);
            QVERIFY(s.get(d).error.contains(QStringLiteral("facts.json, datasets")));
        }
    }

    void replayMakesTheCheckUnknownNotAFinding()
    {
        EvidenceBundle bundle;
        bundle.facts = {{QStringLiteral("schemaVersion"), EvidenceBundle::FactsSchemaVersion},
                        {QStringLiteral("profile"), profileJson()},
                        {QStringLiteral("datasets"),
                         QJsonObject{{QStringLiteral("dv.companies"),
                                      okDataset(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})}}}};
        QString error;
        const std::optional<Report> report = replayBundle(bundle, &error);
        QVERIFY2(report, qPrintable(error));
        const CheckResult *names = findCheck(*report, QStringLiteral("prereq.company-names"));
        QVERIFY(names);
        QCOMPARE(toString(names->status), toString(CheckStatus::Unknown));
        QVERIFY2(names->message.contains(QStringLiteral("row 0 of \"rows\" is not an object")),
                 qPrintable(names->message));

        // The same rows, well formed, are judged.
        bundle.facts.insert(QStringLiteral("datasets"),
                            QJsonObject{{QStringLiteral("dv.companies"), okDataset(QJsonArray{CompanyRow})}});
        const std::optional<Report> good = replayBundle(bundle, &error);
        QVERIFY2(good, qPrintable(error));
        QCOMPARE(toString(findCheck(*good, QStringLiteral("prereq.company-names"))->status), toString(CheckStatus::Pass));
    }
};

QTEST_GUILESS_MAIN(tst_RecordedFacts)
#include "tst_recordedfacts.moc"
