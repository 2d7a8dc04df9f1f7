// SPDX-License-Identifier: MIT
// The fleet library: request caps, profile files, secrets, the summary model and writers, a run
// of several environments against simulators over loopback, and the webhook against a loopback
// server.
#include "clientsecrettokenprovider.h"
#include "concurrencyplan.h"
#include "fleetenvironment.h"
#include "fleetrun.h"
#include "fleetsummary.h"
#include "fleetwriter.h"
#include "profilesecret.h"
#include "secretredactor.h"
#include "simulator.h"
#include "webhooknotifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dwh;
using namespace dwh::fleet;

namespace {

Profile profileOf(const sim::Simulator &simulator, const QString &name)
{
    QJsonObject json = simulator.profileJson();
    json.insert(QStringLiteral("name"), name);
    ProfileError error;
    const auto p = parseProfile(QJsonDocument(json).toJson(), name, &error);
    if (!p)
        qFatal("profile: %s", qPrintable(error.toString()));
    return *p;
}

Profile profileAt(const QString &host, const QString &tenant)
{
    Profile p;
    p.name = host;
    p.tenantId = tenant;
    p.clientId = QStringLiteral("11111111-1111-1111-1111-111111111111");
    p.dataverseUrl = QUrl(QStringLiteral("https://%1.crm4.dynamics.com").arg(host));
    p.foUrl = QUrl(QStringLiteral("https://%1.operations.dynamics.com").arg(host));
    p.environmentId = QStringLiteral("0b2c4d6e-8f10-4a3b-9c5d-7e8f9a0b1c2d");
    return p;
}

/** A one-request HTTP server on loopback that keeps what it was sent and answers `status`. */
class WebhookServer : public QObject
{
public:
    explicit WebhookServer(int status)
        : m_status(status)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                received += socket->readAll();
                const int headerEnd = received.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray lengthHeader = "content-length:";
                const int at = received.toLower().indexOf(lengthHeader);
                const int eol = received.indexOf("\r\n", at);
                const int length = received.mid(at + lengthHeader.size(), eol - at - lengthHeader.size())
                                       .trimmed().toInt();
                if (received.size() < headerEnd + 4 + length)
                    return;
                body = received.mid(headerEnd + 4, length);
                ++requests;
                socket->write(QStringLiteral("HTTP/1.1 %1 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                                  .arg(m_status).toLatin1());
                socket->disconnectFromHost();
            });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/webhook/s3cr3t-path-T0KEN").arg(m_server.serverPort()));
    }

    QByteArray received;
    QByteArray body;
    int requests = 0;

private:
    QTcpServer m_server;
    int m_status;
};

} // namespace

class tst_Fleet : public QObject
{
    Q_OBJECT
private slots:
    void environmentsOnOneHostShareItsBudget()
    {
        const Profile a = profileAt(QStringLiteral("same"), QStringLiteral("t1"));
        const Profile b = profileAt(QStringLiteral("SAME"), QStringLiteral("t2"));
        const Profile c = profileAt(QStringLiteral("other"), QStringLiteral("t1"));
        QCOMPARE(serviceHostKey(a, Service::Dataverse), serviceHostKey(b, Service::Dataverse));
        QVERIFY(serviceHostKey(a, Service::Dataverse) != serviceHostKey(c, Service::Dataverse));
        QVERIFY(serviceHostKey(a, Service::Dataverse) != serviceHostKey(a, Service::FinanceAndOperations));
        QCOMPARE(serviceHostKey(a, Service::Dataverse), QStringLiteral("dataverse|same.crm4.dynamics.com:443"));
        QCOMPARE(tenantKey(a), tenantKey(c));
        QVERIFY(tenantKey(a) != tenantKey(b));
        QVERIFY(cappedServices().contains(Service::Dataverse));
    }

    void collectsProfileFiles()
    {
        QTemporaryDir dir;
        sim::Simulator simulator;
        QString error;
        QVERIFY(simulator.loadScenario(QStringLiteral("healthy"), &error));
        QVERIFY(simulator.start(&error));  // the profile's URLs are the listeners'
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        QJsonObject json = simulator.profileJson();
        json.insert(QStringLiteral("name"), QStringLiteral("B env"));
        write(QStringLiteral("b.json"), QJsonDocument(json).toJson());
        write(QStringLiteral("a.json"), "{ not json");
        write(QStringLiteral("notes.txt"), "ignored");
        const QList<FleetEnvironment> envs = collectEnvironments({}, dir.path(), &error);
        QCOMPARE(envs.size(), 2);
        QCOMPARE(envs.at(0).stem, QStringLiteral("a"));
        QVERIFY(!envs.at(0).profile);
        QVERIFY2(envs.at(0).problem.contains(QStringLiteral("a.json")), qPrintable(envs.at(0).problem));
        QCOMPARE(envs.at(1).displayName(), QStringLiteral("B env"));
        // The same file twice is checked once; two files with one stem are refused.
        QCOMPARE(collectEnvironments({dir.filePath(QStringLiteral("b.json"))}, dir.path(), &error).size(), 2);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        write(QStringLiteral("sub/b.json"), QJsonDocument(json).toJson());
        QVERIFY(collectEnvironments({dir.filePath(QStringLiteral("sub/b.json"))}, dir.path(), &error)
                    .isEmpty());
        QVERIFY2(error.contains(QStringLiteral("rename")), qPrintable(error));
        QVERIFY(collectEnvironments({}, dir.filePath(QStringLiteral("missing")), &error).isEmpty());
    }

    void secretComesFromTheNamedVariable()
    {
        Profile p = profileAt(QStringLiteral("x"), QStringLiteral("t"));
        QString error;
        QCOMPARE(profileSecret(p, "fallback-secret", &error), QByteArray("fallback-secret"));
        p.clientSecretEnv = QStringLiteral("DWH_TST_FLEET_SECRET");
        qunsetenv("DWH_TST_FLEET_SECRET");
        // Named but unset: no other secret is sent in its place.
        QVERIFY(profileSecret(p, "fallback-secret", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("DWH_TST_FLEET_SECRET")));
        qputenv("DWH_TST_FLEET_SECRET", "own-secret-value");
        QCOMPARE(profileSecret(p, "fallback-secret", &error), QByteArray("own-secret-value"));
        qunsetenv("DWH_TST_FLEET_SECRET");
        // The keychain hook comes before the fallback.
        p.clientSecretEnv.clear();
        setSavedSecretLookup([](const Profile &) { return QByteArray("from-keychain"); });
        QCOMPARE(profileSecret(p, "fallback-secret", &error), QByteArray("from-keychain"));
        setSavedSecretLookup({});
        QVERIFY(profileSecret(p, QByteArray(), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("DWHEALTH_CLIENT_SECRET")));
    }

    void profileKeyIsAVariableName()
    {
        sim::Simulator simulator;
        QString error;
        QVERIFY(simulator.loadScenario(QStringLiteral("healthy"), &error));
        QVERIFY(simulator.start(&error));
        QJsonObject json = simulator.profileJson();
        QJsonObject auth = json.value(QStringLiteral("auth")).toObject();
        auth.insert(QStringLiteral("clientSecretEnv"), QStringLiteral("CONTOSO_SECRET"));
        json.insert(QStringLiteral("auth"), auth);
        ProfileError profileError;
        auto p = parseProfile(QJsonDocument(json).toJson(), QStringLiteral("p"), &profileError);
        QVERIFY(p);
        QCOMPARE(p->clientSecretEnv, QStringLiteral("CONTOSO_SECRET"));
        QVERIFY(p->warnings.isEmpty());
        QCOMPARE(p->toJson().value(QStringLiteral("auth")).toObject()
                     .value(QStringLiteral("clientSecretEnv")).toString(), QStringLiteral("CONTOSO_SECRET"));
        // A pasted secret is refused, and the message does not repeat it.
        auth.insert(QStringLiteral("clientSecretEnv"), QStringLiteral("abc~DEF.ghi-123"));
        json.insert(QStringLiteral("auth"), auth);
        QVERIFY(!parseProfile(QJsonDocument(json).toJson(), QStringLiteral("p"), &profileError));
        QCOMPARE(profileError.field, QStringLiteral("auth.clientSecretEnv"));
        QVERIFY(!profileError.toString().contains(QStringLiteral("abc~DEF")));
    }

    void runsEnvironmentsWithinTheLimits()
    {
        // Two simulated tenants: a healthy one with four environments and one whose F&O
        // legal entity is missing. Each environment is a profile; they share the simulators.
        sim::Simulator healthy, failing;
        QString error;
        QVERIFY(healthy.loadScenario(QStringLiteral("healthy"), &error));
        QVERIFY(failing.loadScenario(QStringLiteral("DWFOEV1003"), &error));
        QVERIFY(healthy.start(&error));
        QVERIFY(failing.start(&error));
        healthy.setLatencyMs(20);
        failing.setLatencyMs(20);
        QList<Profile> profiles;
        for (int i = 0; i < 4; ++i)
            profiles << profileOf(healthy, QStringLiteral("healthy %1").arg(i));
        profiles << profileOf(failing, QStringLiteral("failing"));
        profiles << profileOf(healthy, QStringLiteral("no secret"));

        FleetRunOptions options;
        options.limits.parallel = 3;
        options.limits.perTenant = 2;  // both simulators have the demo tenant: 2 at once
        int factoryCalls = 0;
        FleetRun run(profiles, options, [&](int index, QString *err) -> std::unique_ptr<TokenProvider> {
            ++factoryCalls;
            if (index == 5) {
                *err = QStringLiteral("no client secret");
                return nullptr;
            }
            return std::make_unique<ClientSecretTokenProvider>(profiles.at(index),
                                                               sim::Simulator::clientSecret().toUtf8());
        });
        QSignalSpy finished(&run, &FleetRun::finished);
        QMap<int, int> exits;
        QMap<int, Report> reports;
        connect(&run, &FleetRun::environmentFinished, this,
                [&](int index, const Report &report, int exitCode, const QString &) {
                    exits.insert(index, exitCode);
                    reports.insert(index, report);
                });
        run.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(exits.size(), 6);
        QCOMPARE(factoryCalls, 6);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(exits.value(i), 0);
        QCOMPARE(exits.value(4), 1);
        QCOMPARE(exits.value(5), 2);
        QVERIFY(reports.value(5).steps.isEmpty());
        QVERIFY2(run.peakRunning() <= 2, qPrintable(QString::number(run.peakRunning())));
        QVERIFY(run.peakRunning() >= 1);
        for (const char *service : {"dataverse", "financeAndOperations", "powerPlatform", "entra"})
            QVERIFY(healthy.peakInFlight(QLatin1String(service)) <= ServiceConcurrencyBudget);

        // The summary: matrix, first run, worst findings, worst exit.
        FleetSummary summary;
        for (int i = 0; i < 6; ++i)
            summary.environments << environmentResult(QStringLiteral("p%1.json").arg(i),
                                                      profiles.at(i).name,
                                                      i == 5 ? nullptr : &reports[i], exits.value(i),
                                                      std::nullopt, QStringLiteral("p%1.json").arg(i),
                                                      i == 5 ? QStringLiteral("no client secret") : QString());
        QCOMPARE(summary.exitCode(), 2);
        const FleetEnvironmentResult &bad = summary.environments.at(4);
        QCOMPARE(bad.matrix.value(QStringLiteral("prerequisites")), QStringLiteral("pass"));
        QCOMPARE(bad.matrix.value(QStringLiteral("StaleConfiguration")), QStringLiteral("fail"));
        QCOMPARE(bad.matrix.value(QStringLiteral("APIHubConnection")), QStringLiteral("pass"));
        QVERIFY(bad.changed());      // a first run with findings
        QVERIFY(!summary.environments.at(0).changed());
        const QList<FleetFinding> worst = summary.worstFindings();
        QVERIFY(!worst.isEmpty());
        QCOMPARE(worst.first().environment, QStringLiteral("failing"));
        QCOMPARE(worst.first().finding.status, QStringLiteral("fail"));
        QVERIFY(worst.first().finding.code == QStringLiteral("DWFOEV1003"));

        // A later run against this one as its previous run: nothing changed.
        const FleetEnvironmentResult again = environmentResult(
            QStringLiteral("p4.json"), QStringLiteral("failing"), &reports[4], 1,
            reports[4].toJson(), QString(), QString());
        QVERIFY(again.hasPrevious);
        QVERIFY(!again.changed());
        QCOMPARE(again.stillFailing.size(), bad.newFindings.size());
        // And against a healthy previous run: the finding is new.
        const FleetEnvironmentResult regressed = environmentResult(
            QStringLiteral("p4.json"), QStringLiteral("failing"), &reports[4], 1,
            reports[0].toJson(), QString(), QString());
        QVERIFY(regressed.changed());
        FleetSummary later;
        later.environments << regressed;
        QVERIFY(later.worstFindings().first().isNew);

        // fleet.json: exactly the documented keys per environment.
        const QJsonObject json = summary.toJson();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("environments"), QStringLiteral("schemaVersion"),
                                           QStringLiteral("summary")}));
        const QJsonObject first = json.value(QStringLiteral("environments")).toArray().first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("exit"), QStringLiteral("name"),
                                            QStringLiteral("profile"), QStringLiteral("report"),
                                            QStringLiteral("summary")}));
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exit")).toInt(), 2);
        // Every human format renders, and names the failing environment and the code.
        for (const QString &format : {QStringLiteral("html"), QStringLiteral("md")}) {
            const QByteArray text = renderFleet(summary, format, &error);
            QVERIFY2(text.contains("DWFOEV1003") && text.contains("failing"), qPrintable(format));
        }
        const QByteArray pdf = renderFleet(summary, QStringLiteral("pdf"), &error);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(renderFleet(summary, QStringLiteral("junit"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void webhookPostsTheSummary()
    {
        WebhookServer server(200);
        FleetSummary summary;
        FleetEnvironmentResult e;
        e.name = QStringLiteral("Contoso UAT");
        e.ran = true;
        e.exitCode = 1;
        e.hasPrevious = true;
        e.newFindings << DiffFinding{QStringLiteral("dep.company.fo"), QStringLiteral("DWFOEV1003"),
                                     QStringLiteral("t"), QStringLiteral("fail"), QStringLiteral("m")};
        summary.environments << e;
        QVERIFY(summary.changedCount() == 1);
        WebhookNotifier notifier;
        QSignalSpy done(&notifier, &WebhookNotifier::done);
        notifier.post(server.url(), webhookPayload(summary), 10000);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toString(), QString());
        QCOMPARE(server.requests, 1);
        QVERIFY(server.received.startsWith("POST /webhook/s3cr3t-path-T0KEN"));
        const QJsonObject body = QJsonDocument::fromJson(server.body).object();
        const QString text = body.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("Contoso UAT")) && text.contains(QStringLiteral("DWFOEV1003")),
                 qPrintable(text));
        // The address is a live secret from now on: every sink redacts it.
        QVERIFY(!SecretRedactor::live().redact(server.url().toString()).contains(QStringLiteral("s3cr3t")));
    }

    void webhookErrorsNeverNameTheAddress()
    {
        WebhookServer server(403);
        WebhookNotifier notifier;
        QSignalSpy done(&notifier, &WebhookNotifier::done);
        notifier.post(server.url(), "{}", 10000);
        QVERIFY(done.wait(10000));
        const QString error = done.first().first().toString();
        QVERIFY2(error.contains(QStringLiteral("403")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("s3cr3t")) && !error.contains(QStringLiteral("127.0.0.1")));
        // Nobody listening: the kind of failure, not the address.
        QUrl closed = server.url();
        closed.setPort(1);
        QSignalSpy refused(&notifier, &WebhookNotifier::done);
        notifier.post(closed, "{}", 10000);
        QVERIFY(refused.wait(10000));
        QVERIFY(!refused.first().first().toString().contains(QStringLiteral("s3cr3t")));
        QVERIFY(!refused.first().first().toString().isEmpty());
        // https only, except loopback.
        QVERIFY(!webhookProblem(QUrl(QStringLiteral("http://hooks.example.com/x"))).isEmpty());
        QVERIFY(!webhookProblem(QUrl(QStringLiteral("http://hooks.example.com/x")))
                     .contains(QStringLiteral("hooks.example.com")));
        QVERIFY(webhookProblem(QUrl(QStringLiteral("https://hooks.example.com/x"))).isEmpty());
        QVERIFY(webhookProblem(QUrl(QStringLiteral("http://127.0.0.1:9/x"))).isEmpty());
    }
};

QTEST_MAIN(tst_Fleet)
#include "tst_fleet.moc"
