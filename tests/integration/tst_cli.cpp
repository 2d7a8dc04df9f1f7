// SPDX-License-Identifier: MIT
// The dwhealth executable as pipelines use it: exit codes, messages, no secrets in output.
#include "dwhealthprocess.h"
#include "../report/pdftext.h"
#include "simulator.h"
#include "sourcecommit.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = dwh::test::CliRun;

Run dwhealth(const QStringList &args, const QByteArray &secret = QByteArray(),
             const QByteArray &stdinData = QByteArray())
{
    return dwh::test::runDwhealth(args, dwh::test::withSecret(secret, stdinData));
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_simulator;
    QJsonObject m_profile;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A separate `dwhealth simulate` process: the CLI reaches it over loopback like a tenant.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_simulator.setProcessEnvironment(env);
        m_simulator.start(QStringLiteral(DWHEALTH_BINARY),
                          {QStringLiteral("simulate"), QStringLiteral("--scenario"), QStringLiteral("healthy")});
        QVERIFY(m_simulator.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator.canReadLine(), 20000);
        QJsonParseError error;
        m_profile = QJsonDocument::fromJson(m_simulator.readLine(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(m_profile.value(QStringLiteral("dataverse")).toObject().value(QStringLiteral("url"))
                    .toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    void cleanupTestCase()
    {
        m_simulator.kill();
        m_simulator.waitForFinished();
    }

    void demoHealthyIsExit0WithAJsonReport()
    {
        const Run r = dwhealth({QStringLiteral("check"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("pass")).toInt(), 23);
    }

    void demoScenarioWithAFindingIsExit1()
    {
        const Run r = dwhealth({QStringLiteral("check"), QStringLiteral("--demo"),
                                QStringLiteral("--scenario"), QStringLiteral("DWDVEV1003")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("DWDVEV1003"));
    }

    // Issue 14: the PDF's fix steps name the records, as the guided-fix dialogs do (the team to
    // set on the company; the configuration rows to delete), not only the documented steps.
    void pdfFixStepsNameTheRecords_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("DWDVEV1007") << QStringLiteral("DWDVEV1007")
            << QStringList{QStringLiteral("Update DEMF (Contoso Entertainment System Germany) (cdm_companies)"),
                           QStringLiteral("\"DEMF DW Owner\""), QStringLiteral("dwhealth fix DWDVEV1007")};
        QTest::newRow("DWDVEV1004") << QStringLiteral("DWDVEV1004")
            << QStringList{QStringLiteral("Delete DWM_SalesorderheadersV2_salesorders (msdyn_dualwriteruntimeconfigs)"),
                           QStringLiteral("Delete DWM_WarehousesV2_msdyn_warehouses (msdyn_dualwriteruntimeconfigs)")};
        QTest::newRow("DWDVEV1003") << QStringLiteral("DWDVEV1003")
            << QStringList{QStringLiteral("DEMF (Contoso Entertainment System Germany): Option 2: create the company DEMF in Dataverse")};
    }

    void pdfFixStepsNameTheRecords()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, expected);
        if (!dwh::test::hasPoppler())
            QSKIP("poppler-utils (pdftotext) is not installed");
        const QString path = m_dir.filePath(scenario + QStringLiteral(".pdf"));
        const Run r = dwhealth({QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--scenario"),
                                scenario, QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("--output"), path});
        QCOMPARE(r.exitCode, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<QString> text = dwh::test::pdfText(file.readAll());
        QVERIFY(text);
        const QString squeezed = dwh::test::squeezed(*text);
        for (const QString &step : expected)
            QVERIFY2(squeezed.contains(dwh::test::squeezed(step)), qPrintable(step));
        // The JSON report keeps the documented steps: the records are in its details.
        const Run json = dwhealth({QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--scenario"),
                                   scenario, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!json.out.contains(expected.first().toUtf8()));
    }

    void profileAgainstASimulatorProcess()
    {
        const QString path = writeFile(QStringLiteral("sim.json"), QJsonDocument(m_profile).toJson());
        const QByteArray secret = dwh::sim::Simulator::clientSecret().toUtf8();
        const Run r = dwhealth({QStringLiteral("check"), QStringLiteral("--profile"), path}, secret);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(secret));
        const QString out = writeFile(QStringLiteral("report.json"), QByteArray());
        const Run toFile = dwhealth({QStringLiteral("check"), QStringLiteral("--profile"), path,
                                     QStringLiteral("--output"), out, QStringLiteral("--format"),
                                     QStringLiteral("json")}, secret);
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("schemaVersion")).toInt(), 1);
    }

    void secretFromStdin()
    {
        const QString path = writeFile(QStringLiteral("sim2.json"), QJsonDocument(m_profile).toJson());
        const QByteArray secret = dwh::sim::Simulator::clientSecret().toUtf8();
        const Run r = dwhealth({QStringLiteral("check"), QStringLiteral("--profile"), path,
                                QStringLiteral("--client-secret-stdin")}, QByteArray(), secret + "\n");
        QCOMPARE(r.exitCode, 0);
    }

    void wrongSecretIsExit3()
    {
        const QString path = writeFile(QStringLiteral("sim3.json"), QJsonDocument(m_profile).toJson());
        const Run r = dwhealth({QStringLiteral("check"), QStringLiteral("--profile"), path},
                               QByteArrayLiteral("wrong-secret-value-123"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains("AADSTS7000215"));
        QVERIFY(!r.out.contains("wrong-secret-value-123"));
        QVERIFY(!r.err.contains("wrong-secret-value-123"));
    }

    void badInputIsExit2_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("expected");
        QJsonObject noField = m_profile;
        noField.remove(QStringLiteral("tenantId"));
        QJsonObject remoteHttp = m_profile;
        QJsonObject fo = remoteHttp.value(QStringLiteral("financeAndOperations")).toObject();
        fo.insert(QStringLiteral("url"), QStringLiteral("http://contoso.operations.dynamics.com"));
        remoteHttp.insert(QStringLiteral("financeAndOperations"), fo);
        QTest::newRow("bad json") << QByteArray("{\n\"name\": \"x\",,\n}") << QStringLiteral(":2:");
        QTest::newRow("missing field") << QJsonDocument(noField).toJson() << QStringLiteral("tenantId: is missing");
        QTest::newRow("remote http") << QJsonDocument(remoteHttp).toJson()
                                     << QStringLiteral("financeAndOperations.url");
    }

    void badInputIsExit2()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("bad.json"), profile);
        const Run r = dwhealth({QStringLiteral("check"), QStringLiteral("--profile"), path},
                               QByteArrayLiteral("x"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    }

    void usageErrorsAreExit2()
    {
        QCOMPARE(dwhealth({QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(dwhealth({QStringLiteral("frobnicate")}).exitCode, 2);
        const Run secretOnArgv = dwhealth({QStringLiteral("check"), QStringLiteral("--demo"),
                                           QStringLiteral("--client-secret=abc")});
        QCOMPARE(secretOnArgv.exitCode, 2);
        QVERIFY(secretOnArgv.err.contains("never taken on the command line"));
        const Run noSecret = dwhealth({QStringLiteral("check"), QStringLiteral("--profile"),
                                       writeFile(QStringLiteral("ok.json"), QJsonDocument(m_profile).toJson())});
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY(noSecret.err.contains("DWHEALTH_CLIENT_SECRET"));
        QCOMPARE(dwhealth({QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--scenario"),
                           QStringLiteral("no-such-scenario")}).exitCode, 2);
    }

    void scenariosAndVersion()
    {
        const Run list = dwhealth({QStringLiteral("scenarios")});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 20);
        for (const QByteArray &line : lines)
            QVERIFY2(line.split('\t').size() == 2 && !line.split('\t').at(1).isEmpty(), line.constData());
        const Run version = dwhealth({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("dwhealth 0.2.0"));
        QCOMPARE(version.out.split('\n').value(1), "commit " + QByteArray(dwh::sourceCommit()));
        const Run help = dwhealth({QStringLiteral("--help")});
        QVERIFY(help.out.contains("Exit codes"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
