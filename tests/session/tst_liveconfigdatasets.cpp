// SPDX-License-Identifier: MIT
// The datasets dv.runtimeConfigsFull and fo.projectConfigsFull are read over loopback from the
// simulator with every column (no $select), through the collector as every dataset, and
// LiveConfigReader (the reset walkthrough's read) answers with exactly them.
#include "collector.h"
#include "liveconfigreader.h"
#include "profile.h"
#include "simulator.h"
#include "tokenprovider.h"
#include "tokenproviderfactory.h"
#include "wizardsession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dwh;

namespace {

const QString RuntimeTable = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString ProjectTable = QStringLiteral("DualWriteProjectConfigurations");

/** A column no $select of dwhealth names: the runtime configuration's JSON payload. */
const char ScenarioJson[] =
    "{\"name\": \"full-columns\", \"base\": \"healthy\","
    " \"description\": \"healthy, with a column only a full read returns\","
    " \"patch\": {\"dataverse\": {\"msdyn_dualwriteruntimeconfigs\": {\"update\": ["
    " {\"match\": {\"msdyn_name\": \"DWM_CustomersV3_accounts\"},"
    " \"set\": {\"msdyn_unsecure\": \"{\\\"ProjectId\\\":\\\"p1\\\"}\"}}]}}}}";

/** Every column the simulator holds for each row is in what was read, with its value. */
void verifyAllColumns(const QList<QJsonObject> &read, const QList<QJsonObject> &held, const char *what)
{
    QVERIFY2(!held.isEmpty(), what);
    QCOMPARE(read.size(), held.size());
    for (const QJsonObject &row : held) {
        bool found = false;
        for (const QJsonObject &got : read) {
            bool same = true;
            for (auto it = row.begin(); it != row.end() && same; ++it)
                same = got.value(it.key()) == it.value();
            found = found || same;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1: a row was not read in full: %2")
                                       .arg(QLatin1String(what),
                                            QString::fromUtf8(QJsonDocument(row).toJson(
                                                QJsonDocument::Compact)))));
    }
}

} // namespace

class tst_LiveConfigDatasets : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    sim::Simulator m_simulator;
    Profile m_profile;
    QStringList m_paths;  // what the simulator served

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString scenario = m_dir.filePath(QStringLiteral("full-columns.json"));
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ScenarioJson);
        file.close();
        QString error;
        QVERIFY2(m_simulator.loadScenario(scenario, &error), qPrintable(error));
        QVERIFY2(m_simulator.start(&error), qPrintable(error));
        ProfileError profileError;
        const std::optional<Profile> profile = parseProfile(
            QJsonDocument(m_simulator.profileJson()).toJson(), QStringLiteral("simulator"), &profileError);
        QVERIFY2(profile, qPrintable(profileError.toString()));
        m_profile = *profile;
        connect(&m_simulator, &sim::Simulator::requestServed, this,
                [this](const QString &, const QString &, const QString &pathAndQuery, int) {
                    m_paths << pathAndQuery;
                });
        const QList<QJsonObject> runtime = m_simulator.rows(QStringLiteral("dataverse"), RuntimeTable);
        QVERIFY(std::any_of(runtime.begin(), runtime.end(), [](const QJsonObject &row) {
            return row.contains(QLatin1String("msdyn_unsecure"));
        }));
    }

    void init() { m_paths.clear(); }

    void collectorReadsEveryColumn()
    {
        sim::Simulator &sim = m_simulator;
        const std::unique_ptr<TokenProvider> tokens =
            createTokenProvider(m_profile, sim::Simulator::clientSecret().toUtf8());
        Collector collector(m_profile, tokens.get());
        QSignalSpy finished(&collector, &Collector::finished);
        collector.fetch({Dataset::DvRuntimeConfigsFull, Dataset::FoProjectConfigsFull});
        QVERIFY(finished.wait(20000));
        const DatasetResult &runtime = collector.snapshot().get(Dataset::DvRuntimeConfigsFull);
        const DatasetResult &projects = collector.snapshot().get(Dataset::FoProjectConfigsFull);
        QVERIFY2(runtime.ok(), qPrintable(runtime.error));
        QVERIFY2(projects.ok(), qPrintable(projects.error));
        verifyAllColumns(runtime.rows, sim.rows(QStringLiteral("dataverse"), RuntimeTable), "runtime");
        verifyAllColumns(projects.rows, sim.rows(QStringLiteral("financeAndOperations"), ProjectTable),
                         "projects");
        QVERIFY(std::any_of(projects.rows.begin(), projects.rows.end(), [](const QJsonObject &row) {
            return row.contains(QLatin1String("IsDebugMode"));  // not in fo.projectConfigs' $select
        }));
        for (const QString &path : std::as_const(m_paths))
            QVERIFY2(!path.contains(QLatin1String("select")), qPrintable(path));
    }

    void liveConfigReaderReadsTheseDatasets()
    {
        gui::WizardSession session;
        session.setProfile(m_profile);
        session.setSecret(sim::Simulator::clientSecret().toUtf8());
        gui::LiveConfigReader reader(&session);
        QSignalSpy finished(&reader, &gui::LiveConfigReader::finished);
        reader.read();
        QVERIFY(reader.isReading());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(reader.hasRead());
        QVERIFY(!reader.isReading());
        QVERIFY2(reader.runtimeConfigs().ok(), qPrintable(reader.runtimeConfigs().error));
        QVERIFY2(reader.projectConfigs().ok(), qPrintable(reader.projectConfigs().error));
        verifyAllColumns(reader.runtimeConfigs().rows,
                         m_simulator.rows(QStringLiteral("dataverse"), RuntimeTable), "runtime");
        verifyAllColumns(reader.projectConfigs().rows,
                         m_simulator.rows(QStringLiteral("financeAndOperations"), ProjectTable),
                         "projects");
        // Exactly the two collections, in full, after the sign-in.
        QStringList reads;
        for (const QString &path : std::as_const(m_paths)) {
            if (!path.contains(QLatin1String("/oauth2/")))
                reads << path;
        }
        reads.sort();
        QCOMPARE(reads, (QStringList{QStringLiteral("/api/data/v9.2/msdyn_dualwriteruntimeconfigs"),
                                     QStringLiteral("/data/DualWriteProjectConfigurations?cross-company=true")}));

        // A second read reads again.
        m_paths.clear();
        reader.read();
        QVERIFY(finished.wait(20000));
        QVERIFY(reader.runtimeConfigs().ok());
        QVERIFY(!m_paths.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LiveConfigDatasets)
#include "tst_liveconfigdatasets.moc"
