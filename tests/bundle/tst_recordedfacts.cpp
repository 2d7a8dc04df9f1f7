// SPDX-License-Identifier: MIT
// `check --replay` checks the recorded facts as a server's answer is checked: a dataset of the
// wrong shape becomes a failed one with the reason, never findings from garbage (the engine on
// such facts: tests/engine/tst_replayengine).
#include "recordedfacts.h"

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
};

QTEST_GUILESS_MAIN(tst_RecordedFacts)
#include "tst_recordedfacts.moc"
