// SPDX-License-Identifier: MIT
// `dwhealth check` over several profiles, as a pipeline runs it: files written, exit code the
// worst of all, progress on stderr, changes since the previous run, the webhook, no secrets.
#include "dwhealthprocess.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using dwh::sim::Simulator;
using dwh::test::CliRun;
using dwh::test::CliSetup;

namespace {

const QByteArray OwnSecretVariable = "DWH_FLEET_TEST_B_SECRET";

/** Counts the POSTs it gets and answers 200. */
class HookServer : public QObject
{
public:
    HookServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_buffer += s->readAll();
                const int end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const int at = m_buffer.toLower().indexOf("content-length:");
                const int length = m_buffer.mid(at + 15, m_buffer.indexOf("\r\n", at) - at - 15).trimmed().toInt();
                if (m_buffer.size() < end + 4 + length)
                    return;
                bodies << m_buffer.mid(end + 4, length);
                m_buffer.clear();
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hooks/T0P-SECRET-hook-path").arg(m_server.serverPort());
    }
    QList<QByteArray> bodies;

private:
    QTcpServer m_server;
    QByteArray m_buffer;
};

} // namespace

class tst_FleetCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Simulator m_healthy;
    Simulator m_failing;
    QString m_profiles;
    QString m_data;

    void writeProfile(const Simulator &sim, const QString &file, const QString &name,
                      const QString &secretEnv = QString())
    {
        QJsonObject json = sim.profileJson();
        json.insert(QStringLiteral("name"), name);
        if (!secretEnv.isEmpty()) {
            QJsonObject auth = json.value(QStringLiteral("auth")).toObject();
            auth.insert(QStringLiteral("clientSecretEnv"), secretEnv);
            json.insert(QStringLiteral("auth"), auth);
        }
        QFile f(QDir(m_profiles).filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
    }

    CliRun run(const QStringList &args, QList<QPair<QString, QString>> extra = {})
    {
        CliSetup setup;
        setup.secret = Simulator::clientSecret().toUtf8();
        setup.dataHome = m_data;
        setup.environment = {{QString::fromLatin1(OwnSecretVariable), Simulator::clientSecret()}};
        setup.environment << extra;
        return dwh::test::runDwhealth(args, setup);
    }

    static void verifyNoSecret(const CliRun &r)
    {
        const QByteArray secret = Simulator::clientSecret().toUtf8();
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
        QVERIFY(!r.out.contains("T0P-SECRET") && !r.err.contains("T0P-SECRET"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY(m_healthy.loadScenario(QStringLiteral("healthy"), &error));
        QVERIFY(m_failing.loadScenario(QStringLiteral("DWFOEV1003"), &error));
        QVERIFY(m_healthy.start(&error));
        QVERIFY(m_failing.start(&error));
        m_profiles = m_dir.filePath(QStringLiteral("profiles"));
        m_data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_profiles));
        writeProfile(m_healthy, QStringLiteral("contoso-dev.json"), QStringLiteral("Contoso DEV"));
        writeProfile(m_healthy, QStringLiteral("contoso-uat.json"), QStringLiteral("Contoso UAT"),
                     QString::fromLatin1(OwnSecretVariable));
        writeProfile(m_failing, QStringLiteral("fabrikam-prod.json"), QStringLiteral("Fabrikam PROD"));
    }

    void writesEveryReportAndTheSummary()
    {
        const QString out = m_dir.filePath(QStringLiteral("out1"));
        const CliRun r = run({QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles,
                              QStringLiteral("--output-dir"), out, QStringLiteral("--format"),
                              QStringLiteral("html"), QStringLiteral("--parallel"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);  // the worst: Fabrikam's DWFOEV1003
        verifyNoSecret(r);
        for (const char *file : {"contoso-dev.html", "contoso-uat.html", "fabrikam-prod.html",
                                 "fleet.json", "fleet.html"})
            QVERIFY2(QFile::exists(QDir(out).filePath(QLatin1String(file))), file);
        QFile f(QDir(out).filePath(QStringLiteral("fleet.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject fleet = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(fleet.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonArray envs = fleet.value(QStringLiteral("environments")).toArray();
        QCOMPARE(envs.size(), 3);
        const QJsonObject fabrikam = envs.at(2).toObject();
        QCOMPARE(fabrikam.value(QStringLiteral("name")).toString(), QStringLiteral("Fabrikam PROD"));
        QCOMPARE(fabrikam.value(QStringLiteral("exit")).toInt(), 1);
        QCOMPARE(fabrikam.value(QStringLiteral("report")).toString(), QStringLiteral("fabrikam-prod.html"));
        QVERIFY(fabrikam.value(QStringLiteral("profile")).toString().endsWith(QStringLiteral("fabrikam-prod.json")));
        QVERIFY(fabrikam.value(QStringLiteral("summary")).toObject().value(QStringLiteral("fail")).toInt() >= 1);
        QCOMPARE(envs.at(1).toObject().value(QStringLiteral("exit")).toInt(), 0);  // its own secret
        QCOMPARE(fleet.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exit")).toInt(), 1);
        // Progress per environment on stderr.
        for (const char *line : {"[1/3] Contoso DEV: exit 0", "[2/3] Contoso UAT: exit 0",
                                 "[3/3] Fabrikam PROD: exit 1"})
            QVERIFY2(r.err.contains(line), r.err.constData());
    }

    void reportsWhatChangedAndNotifies()
    {
        // Runs 1 (above) and 2: nothing changed, so nothing is posted.
        HookServer hook;
        const QString out = m_dir.filePath(QStringLiteral("out2"));
        CliRun r = run({QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles,
                        QStringLiteral("--output-dir"), out, QStringLiteral("--notify"),
                        QStringLiteral("env:DWH_TEST_HOOK")},
                       {{QStringLiteral("DWH_TEST_HOOK"), hook.url()}});
        QCOMPARE(r.exitCode, 1);
        verifyNoSecret(r);
        QVERIFY2(r.err.contains("0 new, 0 fixed"), r.err.constData());
        QCOMPARE(hook.bodies.size(), 0);
        // Run 3: Contoso's Dataverse stops answering; the change is posted.
        dwh::sim::Fault fault;
        fault.service = QStringLiteral("dataverse");
        fault.kind = dwh::sim::Fault::Kind::Status;
        fault.status = 503;
        m_healthy.addFault(fault);
        r = run({QStringLiteral("check"), QStringLiteral("--profile"),
                 QDir(m_profiles).filePath(QStringLiteral("contoso-dev.json")), QStringLiteral("--profile"),
                 QDir(m_profiles).filePath(QStringLiteral("fabrikam-prod.json")),
                 QStringLiteral("--notify"), hook.url(), QStringLiteral("--timeout"), QStringLiteral("5")});
        m_healthy.clearFaults();
        QCOMPARE(r.exitCode, 1);
        verifyNoSecret(r);
        QCOMPARE(hook.bodies.size(), 1);
        const QString text = QJsonDocument::fromJson(hook.bodies.first()).object()
                                 .value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("Contoso DEV")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Fabrikam")), qPrintable(text));  // unchanged
        // Without --output-dir the summary is on stdout, as JSON.
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("environments")).toArray().size(), 2);
        QVERIFY(summary.value(QStringLiteral("environments")).toArray().at(0).toObject()
                    .value(QStringLiteral("report")).isNull());
        const QJsonArray changes = summary.value(QStringLiteral("summary")).toObject()
                                       .value(QStringLiteral("changes")).toArray();
        QVERIFY(changes.at(0).toObject().value(QStringLiteral("changed")).toBool());
        QVERIFY(!changes.at(1).toObject().value(QStringLiteral("changed")).toBool());
    }

    void refusesWhatCannotWork()
    {
        const auto usage = [this](const QStringList &args, const char *expected) {
            const CliRun r = run(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(expected), r.err.constData());
            QVERIFY(!r.err.contains("example.com/hook"));
        };
        usage({QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles, QStringLiteral("--notify"),
               QStringLiteral("http://hooks.example.com/hook")}, "https://");
        usage({QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles, QStringLiteral("--notfy"),
               QStringLiteral("https://hooks.example.com/hook")}, "--notfy");
        usage({QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles,
               QStringLiteral("https://hooks.example.com/hook")}, "not shown");
        usage({QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles, QStringLiteral("--format"),
               QStringLiteral("junit")}, "--output-dir");
        usage({QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles, QStringLiteral("--bundle"),
               m_dir.filePath(QStringLiteral("b.zip"))}, "--bundle");
        usage({QStringLiteral("check"), QStringLiteral("--profiles"), m_dir.filePath(QStringLiteral("none"))},
              "no such folder");
        usage({QStringLiteral("check"), QStringLiteral("--profile"),
               QDir(m_profiles).filePath(QStringLiteral("contoso-dev.json")), QStringLiteral("--notify"),
               QStringLiteral("https://hooks.example.com/hook")}, "--notify");
        // The named variable is not set: that environment does not run (exit 2), the others do.
        CliSetup setup;
        setup.secret = Simulator::clientSecret().toUtf8();
        setup.dataHome = m_data;
        const CliRun r = dwh::test::runDwhealth(
            {QStringLiteral("check"), QStringLiteral("--profiles"), m_profiles}, setup);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(OwnSecretVariable), r.err.constData());
        QVERIFY(r.err.contains("[3/3] Fabrikam PROD: exit 1"));
    }

    void helpNamesTheOptions()
    {
        const CliRun r = dwh::test::runDwhealth({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--profiles DIR", "--output-dir OUT", "--parallel N",
                                   "--parallel-per-tenant N", "--notify URL"})
            QVERIFY2(r.out.contains(option), option);
    }
};

QTEST_MAIN(tst_FleetCli)
#include "tst_fleetcli.moc"
