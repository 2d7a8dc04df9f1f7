// SPDX-License-Identifier: MIT
// `dwhealth check --bundle` and `--replay`: what the evidence bundle holds, what it never holds,
// and that the recorded facts give the same findings offline.
#include "cliprocess.h"
#include "zipcraft.h"
#include "zipreader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

/** "id status codes message" per check, in report order. */
QStringList findings(const QJsonObject &report)
{
    QStringList out;
    for (const auto &step : report.value(QStringLiteral("steps")).toArray()) {
        for (const auto &value : step.toObject().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = value.toObject();
            QStringList codes;
            for (const auto &code : c.value(QStringLiteral("codes")).toArray())
                codes << code.toString();
            out << QStringLiteral("%1 %2 [%3] %4")
                       .arg(c.value(QStringLiteral("id")).toString(),
                            c.value(QStringLiteral("status")).toString(),
                            codes.join(QLatin1Char(',')), c.value(QStringLiteral("message")).toString());
        }
    }
    return out;
}

} // namespace

class tst_BundleCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dataHome() const { return path(QStringLiteral("data")); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bundleHoldsTheRunAndNoCredential_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("healthy") << QStringLiteral("healthy") << 0;
        QTest::newRow("DWDVEV1003") << QStringLiteral("DWDVEV1003") << 1;
    }

    void bundleHoldsTheRunAndNoCredential()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        sim::Simulator simulator;
        QString error;
        QVERIFY2(simulator.loadScenario(scenario, &error) && simulator.start(&error), qPrintable(error));
        const QString profile = path(scenario + QStringLiteral("-profile.json"));
        QVERIFY(test::writeSimulatorProfile(simulator, profile, QStringLiteral("Bundle test")));
        const QString bundlePath = path(scenario + QStringLiteral(".zip"));
        const QString reportPath = path(scenario + QStringLiteral("-report.json"));
        const QByteArray secret = sim::Simulator::clientSecret().toUtf8();
        const test::CliRun run = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--profile"), profile, QStringLiteral("--bundle"),
             bundlePath, QStringLiteral("--output"), reportPath, QStringLiteral("--no-history")},
            dataHome(), secret);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QVERIFY(!QDir(dataHome()).exists());  // --no-history

        const std::optional<ZipReader> zip = ZipReader::fromFile(bundlePath, &error);
        QVERIFY2(zip, qPrintable(error));
        QCOMPARE(zip->fileNames(), (QStringList{QStringLiteral("report.json"), QStringLiteral("trace.har"),
                                                QStringLiteral("facts.json")}));

        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject report = parseObject(zip->read(QStringLiteral("report.json"), nullptr).value_or(QByteArray()));
        QCOMPARE(report, parseObject(reportFile.readAll()));
        QCOMPARE(report.value(QStringLiteral("schemaVersion")).toInt(), 1);

        const QJsonObject log = parseObject(zip->read(QStringLiteral("trace.har"), nullptr).value_or(QByteArray()))
                                    .value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        int served = 0;
        for (const char *service : {"entra", "dataverse", "financeAndOperations", "powerPlatform"})
            served += simulator.requestCount(QString::fromLatin1(service));
        QVERIFY(served > 10);
        QCOMPARE(log.value(QStringLiteral("entries")).toArray().size(), served);

        const QJsonObject facts = parseObject(zip->read(QStringLiteral("facts.json"), nullptr).value_or(QByteArray()));
        QCOMPARE(facts.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(facts.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Bundle test"));
        const QJsonObject solutions = facts.value(QStringLiteral("datasets")).toObject()
                                          .value(QStringLiteral("dv.solutions")).toObject();
        QCOMPARE(solutions.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QVERIFY(!solutions.value(QStringLiteral("rows")).toArray().isEmpty());

        // Not one credential anywhere: the secret, every token the simulator issued, no header.
        QStringList credentials = simulator.issuedTokens() + simulator.issuedRefreshTokens();
        QVERIFY(!simulator.issuedTokens().isEmpty());
        credentials << QString::fromUtf8(secret);
        QFile raw(bundlePath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray archive = raw.readAll();
        for (const QString &name : zip->fileNames()) {
            const QByteArray content = zip->read(name, nullptr).value_or(QByteArray());
            QVERIFY2(!content.contains("Authorization"), qPrintable(name));
            QVERIFY2(!content.contains("Bearer ey"), qPrintable(name));
            for (const QString &credential : credentials) {
                QVERIFY2(!content.contains(credential.toUtf8()), qPrintable(name));
                QVERIFY(!archive.contains(credential.toUtf8()));
            }
        }
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (!unzip.isEmpty()) {
            QProcess p;
            p.start(unzip, {QStringLiteral("-t"), bundlePath});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
        }
    }

    void replayGivesTheRecordedFindings_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *scenario : {"healthy", "DWDVEV1003", "DWHC0202", "DWDVEV1004", "DWFOEV1001",
                                     "DWHC0502", "DWHC0101"})
            QTest::newRow(scenario) << QString::fromLatin1(scenario);
    }

    void replayGivesTheRecordedFindings()
    {
        QFETCH(QString, scenario);
        const QString bundlePath = path(QStringLiteral("replay-") + scenario + QStringLiteral(".zip"));
        const test::CliRun recorded = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--scenario"), scenario,
             QStringLiteral("--bundle"), bundlePath},
            dataHome());
        QVERIFY2(recorded.exitCode >= 0 && recorded.exitCode != 2, recorded.err.constData());
        const QJsonObject original = parseObject(recorded.out);
        QVERIFY(!findings(original).isEmpty());

        // The simulator of --demo is gone with its process: the replay reads nothing but the file.
        const test::CliRun replayed = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--replay"), bundlePath}, dataHome());
        QCOMPARE(replayed.exitCode, recorded.exitCode);
        const QJsonObject again = parseObject(replayed.out);
        QCOMPARE(findings(again), findings(original));
        QCOMPARE(again.value(QStringLiteral("summary")), original.value(QStringLiteral("summary")));
        QCOMPARE(again.value(QStringLiteral("startedAt")), original.value(QStringLiteral("startedAt")));

        const test::CliRun markdown = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--replay"), bundlePath, QStringLiteral("--format"),
             QStringLiteral("md")}, dataHome());
        QCOMPARE(markdown.exitCode, recorded.exitCode);
        QVERIFY(markdown.out.contains("## Prerequisite health check"));
    }

    void replayRefusesAZipBomb()
    {
        // The "overlapping" zip bomb: ~400 KiB on disk, 600 GiB if every entry were inflated.
        const QString bomb = path(QStringLiteral("bomb.zip"));
        QFile f(bomb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::overlappingZipBomb(200U << 20, 3000));
        f.close();
        const test::CliRun r =
            test::dwhealth({QStringLiteral("check"), QStringLiteral("--replay"), bomb}, dataHome());
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(QStringLiteral("--replay: ") + QDir::toNativeSeparators(bomb)), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("report.json and facts.json overlap")), qPrintable(err));
        QVERIFY(r.out.isEmpty());

        const test::CliRun diff = test::dwhealth({QStringLiteral("diff"), bomb, bomb}, dataHome());
        QCOMPARE(diff.exitCode, 2);
        QVERIFY2(diff.err.contains("overlap"), diff.err.constData());
    }

    void replayUsageErrorsAreExit2()
    {
        const test::CliRun missing = test::dwhealth(
            {QStringLiteral("check"), QStringLiteral("--replay"), path(QStringLiteral("none.zip"))}, dataHome());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.zip"));
        const QString notZip = path(QStringLiteral("not.zip"));
        QFile f(notZip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
        f.close();
        const test::CliRun bad =
            test::dwhealth({QStringLiteral("check"), QStringLiteral("--replay"), notZip}, dataHome());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("not a ZIP archive"));
        QCOMPARE(test::dwhealth({QStringLiteral("check"), QStringLiteral("--replay"), notZip,
                                 QStringLiteral("--demo")}, dataHome()).exitCode, 2);
        QCOMPARE(test::dwhealth({QStringLiteral("check"), QStringLiteral("--replay"), notZip,
                                 QStringLiteral("--bundle"), path(QStringLiteral("x.zip"))}, dataHome())
                     .exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_BundleCli)
#include "tst_bundlecli.moc"
