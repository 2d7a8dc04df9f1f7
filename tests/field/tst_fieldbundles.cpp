// SPDX-License-Identifier: MIT
// Field reports as regression tests: each anonymised evidence bundle of tests/field/bundles is
// served by the simulator (as `simulate --from-bundle` does) and the real client runs against it
// over loopback; the codes and statuses must be the expected ones. Also: bundles recorded here
// from scenarios with paging, throttling and a malformed answer give the same findings served
// back; a write changes what is served; damaged trace entries are skipped, never fatal; the
// anonymiser keeps the findings and leaves no original value.
#include "anonymiser.h"
#include "bundlescenario.h"
#include "clientsecrettokenprovider.h"
#include "evidencebundle.h"
#include "harlog.h"
#include "healthengine.h"
#include "profile.h"
#include "recordedreplay.h"
#include "simulator.h"
#include "tracerecorder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace dwh;

namespace {

constexpr int RunTimeoutMs = 120000;

/** "id status codes" per check, in report order. */
QStringList findings(const QJsonObject &report)
{
    QStringList out;
    for (const auto &step : report.value(QStringLiteral("steps")).toArray()) {
        for (const auto &value : step.toObject().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = value.toObject();
            QStringList codes;
            for (const auto &code : c.value(QStringLiteral("codes")).toArray())
                codes << code.toString();
            out << QStringLiteral("%1 %2 %3").arg(c.value(QStringLiteral("id")).toString(),
                                                  c.value(QStringLiteral("status")).toString(),
                                                  codes.join(QLatin1Char(',')));
        }
    }
    return out;
}

/** The same from an expected-report file: {"checks": [{"id", "status", "codes"}]}. */
QStringList expectedFindings(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + path};
    QStringList out;
    const QJsonArray checks = QJsonDocument::fromJson(file.readAll()).object()
                                  .value(QStringLiteral("checks")).toArray();
    for (const auto &value : checks) {
        const QJsonObject c = value.toObject();
        QStringList codes;
        for (const auto &code : c.value(QStringLiteral("codes")).toArray())
            codes << code.toString();
        out << QStringLiteral("%1 %2 %3").arg(c.value(QStringLiteral("id")).toString(),
                                              c.value(QStringLiteral("status")).toString(),
                                              codes.join(QLatin1Char(',')));
    }
    return out;
}

/** One run of the real client against `simulator`, recorded as an evidence bundle. */
struct Run
{
    QJsonObject report;
    EvidenceBundle bundle;
};

std::optional<Run> runAgainst(const sim::Simulator &simulator)
{
    ProfileError profileError;
    const std::optional<Profile> profile = parseProfile(
        QJsonDocument(simulator.profileJson()).toJson(), QStringLiteral("sim"), &profileError);
    if (!profile) {
        qWarning("%s", qPrintable(profileError.toString()));
        return std::nullopt;
    }
    ClientSecretTokenProvider tokens(*profile, sim::Simulator::clientSecret().toUtf8());
    TraceRecorder trace;
    TraceRecorder::install(&tokens, &trace);
    HealthEngine engine(*profile, &tokens);
    QSignalSpy finished(&engine, &HealthEngine::finished);
    engine.runAll();
    if (!finished.wait(RunTimeoutMs))
        return std::nullopt;
    Run run;
    run.report = engine.report().toJson();
    run.bundle.report = run.report;
    run.bundle.trace = harLog(trace.entries());
    run.bundle.facts = EvidenceBundle::factsJson(*profile, engine.snapshot(), false);
    return run;
}

/** Listens for the statuses and requests the simulator serves. */
struct Served
{
    QStringList requests;  // "status method pathAndQuery"
    void attach(sim::Simulator &simulator)
    {
        QObject::connect(&simulator, &sim::Simulator::requestServed, &simulator,
                         [this](const QString &, const QString &method, const QString &path, int status) {
                             requests << QStringLiteral("%1 %2 %3").arg(status).arg(method, path);
                         });
    }
    int count(const QString &startsWith) const
    {
        int n = 0;
        for (const QString &r : requests)
            n += r.startsWith(startsWith) ? 1 : 0;
        return n;
    }
};

QString fieldDir() { return QStringLiteral(DWH_FIELD_DIR); }

} // namespace

class tst_FieldBundles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /** Records `scenario` live, writes the bundle, and returns its path (empty on failure). */
    QString record(const QString &scenario, QJsonObject *report)
    {
        sim::Simulator live;
        QString error;
        if (!live.loadScenario(scenario, &error) || !live.start(&error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        const std::optional<Run> run = runAgainst(live);
        if (!run)
            return QString();
        const QString path = m_dir.filePath(scenario + QStringLiteral(".zip"));
        if (!run->bundle.write(path, &error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        *report = run->report;
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fieldBundleGivesItsExpectedReport_data()
    {
        QTest::addColumn<QString>("bundle");
        const QDir dir(fieldDir() + QStringLiteral("/bundles"));
        const QStringList zips = dir.entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
        QVERIFY2(zips.size() >= 30, qPrintable(dir.path()));  // one per scenario, at least
        for (const QString &zip : zips)
            QTest::newRow(qPrintable(zip)) << dir.filePath(zip);
    }

    void fieldBundleGivesItsExpectedReport()
    {
        QFETCH(QString, bundle);
        sim::Simulator simulator;
        QString error;
        QVERIFY2(simulator.loadBundle(bundle, &error) && simulator.start(&error), qPrintable(error));
        QVERIFY(simulator.isReplay());
        QCOMPARE(simulator.replaySkippedEntries(), 0);
        const std::optional<Run> run = runAgainst(simulator);
        QVERIFY(run);
        QString expected = bundle;
        expected.replace(QRegularExpression(QStringLiteral("\\.zip$")), QStringLiteral(".expected.json"));
        QCOMPARE(findings(run->report), expectedFindings(expected));
    }

    void servedBackGivesTheSameFindings_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("paged") << QStringLiteral("large");
        QTest::newRow("throttled") << QStringLiteral("throttled");
        QTest::newRow("malformed") << QStringLiteral("malformed");
        QTest::newRow("failing") << QStringLiteral("DWDVEV1003");
        QTest::newRow("wrong profile") << QStringLiteral("wrong-profile");
    }

    void servedBackGivesTheSameFindings()
    {
        QFETCH(QString, scenario);
        QJsonObject recorded;
        const QString path = record(scenario, &recorded);
        QVERIFY(!path.isEmpty());
        sim::Simulator replay;
        QString error;
        QVERIFY2(replay.loadScenario(path, &error) && replay.start(&error), qPrintable(error));
        Served served;
        served.attach(replay);
        const std::optional<Run> run = runAgainst(replay);
        QVERIFY(run);
        QCOMPARE(findings(run->report), findings(recorded));
        QVERIFY(run->report.value(QStringLiteral("profile")).toObject()
                    .value(QStringLiteral("simulated")).toBool());
        if (scenario == QLatin1String("large")) {
            // The second page, through the recorded @odata.nextLink rewritten to this listener.
            QVERIFY2(served.count(QStringLiteral("200 GET /api/data/v9.2/")) > 0, qPrintable(served.requests.join(u'\n')));
            bool paged = false;
            for (const QString &r : served.requests)
                paged = paged || (r.startsWith(QLatin1String("200 ")) && r.contains(QLatin1String("skiptoken"), Qt::CaseInsensitive));
            QVERIFY2(paged, qPrintable(served.requests.join(u'\n')));
        } else if (scenario == QLatin1String("throttled")) {
            QCOMPARE(served.count(QStringLiteral("429 ")), 5);  // as recorded, then the retries' 200
        } else if (scenario == QLatin1String("malformed")) {
            QVERIFY(findings(run->report).join(u'\n').contains(QLatin1String(" unknown")));
        }
    }

    void aWriteChangesWhatIsServed()
    {
        QJsonObject recorded;
        const QString path = record(QStringLiteral("healthy"), &recorded);
        QVERIFY(!path.isEmpty());
        sim::Simulator replay;
        QString error;
        QVERIFY2(replay.loadBundle(path, &error) && replay.start(&error), qPrintable(error));
        // A guided fix's kind of write: the Dual Write Core solution row deleted.
        const QList<QJsonObject> solutions = replay.rows(QStringLiteral("dataverse"), QStringLiteral("solutions"));
        QString solutionId;
        for (const QJsonObject &row : solutions) {
            if (row.value(QStringLiteral("uniquename")).toString() == QLatin1String("msdyn_DualWriteCore"))
                solutionId = row.value(QStringLiteral("solutionid")).toString();
        }
        QVERIFY2(!solutionId.isEmpty(), "the recorded rows hold the solution");
        QNetworkAccessManager net;
        QNetworkRequest tokenRequest(QUrl(replay.authorityUrl().toString() + u'/' + sim::Simulator::tenantId()
                                          + QStringLiteral("/oauth2/v2.0/token")));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), replay.profileJson().value(QStringLiteral("auth")).toObject()
                                                           .value(QStringLiteral("clientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"), sim::Simulator::clientSecret());
        form.addQueryItem(QStringLiteral("scope"), replay.dataverseUrl().toString() + QStringLiteral("/.default"));
        QNetworkReply *tokenReply = net.post(tokenRequest, form.query(QUrl::FullyEncoded).toUtf8());
        QTRY_VERIFY(tokenReply->isFinished());
        const QString token = QJsonDocument::fromJson(tokenReply->readAll()).object()
                                  .value(QStringLiteral("access_token")).toString();
        QVERIFY(!token.isEmpty());
        QNetworkRequest remove(QUrl(replay.dataverseUrl().toString() + QStringLiteral("/api/data/v9.2/solutions(")
                                    + solutionId + u')'));
        remove.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *removed = net.deleteResource(remove);
        QTRY_VERIFY(removed->isFinished());
        QCOMPARE(removed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);

        const std::optional<Run> recheck = runAgainst(replay);
        QVERIFY(recheck);
        QVERIFY2(findings(recheck->report).contains(QStringLiteral("prereq.dual-write-core fail DWHC0201")),
                 qPrintable(findings(recheck->report).join(u'\n')));
        QVERIFY(findings(recorded).contains(QStringLiteral("prereq.dual-write-core pass ")));
    }

    void damagedEntriesAreSkippedNotFatal()
    {
        QJsonObject recorded;
        const QString path = record(QStringLiteral("healthy"), &recorded);
        QVERIFY(!path.isEmpty());
        std::optional<EvidenceBundle> bundle = EvidenceBundle::read(path, &m_error);
        QVERIFY2(bundle, qPrintable(m_error));
        QJsonObject log = bundle->trace.value(QStringLiteral("log")).toObject();
        QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        const QJsonObject good = entries.at(5).toObject();
        const auto damaged = [&good](const QString &section, const QString &key, const QJsonValue &v) {
            QJsonObject e = good;
            QJsonObject part = e.value(section).toObject();
            part.insert(key, v);
            e.insert(section, part);
            return e;
        };
        entries.append(42);
        entries.append(damaged(QStringLiteral("response"), QStringLiteral("status"), QStringLiteral("200")));
        entries.append(damaged(QStringLiteral("response"), QStringLiteral("status"), 1000));
        entries.append(damaged(QStringLiteral("request"), QStringLiteral("url"), QStringLiteral("file:///etc/passwd")));
        entries.append(damaged(QStringLiteral("request"), QStringLiteral("method"), QStringLiteral("BREW")));
        entries.append(damaged(QStringLiteral("response"), QStringLiteral("headers"),
                               QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                                      {QStringLiteral("value"), QStringLiteral("a\r\nSet-Cookie: x")}}}));
        entries.append(damaged(QStringLiteral("response"), QStringLiteral("content"),
                               QJsonObject{{QStringLiteral("text"), QStringLiteral("%%%")},
                                           {QStringLiteral("encoding"), QStringLiteral("base64")}}));
        log.insert(QStringLiteral("entries"), entries);
        bundle->trace.insert(QStringLiteral("log"), log);
        const QString damagedPath = m_dir.filePath(QStringLiteral("damaged.zip"));
        QVERIFY(bundle->write(damagedPath, &m_error));
        sim::Simulator replay;
        QVERIFY2(replay.loadBundle(damagedPath, &m_error) && replay.start(&m_error), qPrintable(m_error));
        QCOMPARE(replay.replaySkippedEntries(), 7);
        const std::optional<Run> run = runAgainst(replay);
        QVERIFY(run);
        QCOMPARE(findings(run->report), findings(recorded));
    }

    void anonymisedBundleKeepsFindingsAndNoOriginal()
    {
        QJsonObject recorded;
        const QString path = record(QStringLiteral("DWDVEV1003"), &recorded);
        QVERIFY(!path.isEmpty());
        std::optional<EvidenceBundle> bundle = EvidenceBundle::read(path, &m_error);
        QVERIFY2(bundle, qPrintable(m_error));
        // As a customer's bundle reads: Dataverse at a real host, a user with an e-mail address.
        const QString loopback = bundle->facts.value(QStringLiteral("profile")).toObject()
                                     .value(QStringLiteral("dataverse")).toObject()
                                     .value(QStringLiteral("url")).toString();
        const QString customerUrl = QStringLiteral("https://contoso-uat.crm4.dynamics.com");
        const auto customerise = [&](const QJsonObject &member) {
            QString text = QString::fromUtf8(QJsonDocument(member).toJson(QJsonDocument::Compact));
            text.replace(loopback, customerUrl);
            text.replace(QStringLiteral("\"fullname\":\""),
                         QStringLiteral("\"internalemailaddress\":\"jane.doe@contoso.com\",\"fullname\":\""));
            return QJsonDocument::fromJson(text.toUtf8()).object();
        };
        bundle->report = customerise(bundle->report);
        bundle->trace = customerise(bundle->trace);
        bundle->facts = customerise(bundle->facts);
        QHash<QString, QString> replaced;
        const EvidenceBundle anonymised = Anonymiser::anonymise(*bundle, &replaced);
        // Every kind of identifying value was found and replaced.
        const QStringList originals = replaced.keys();
        for (const QString &known : {QStringLiteral("USMF"), QStringLiteral("contoso-uat"),
                                     QStringLiteral("f864054a-e9e3-5960-8137-7b7734fc1f5a"),
                                     QStringLiteral("5c0d7e21-9a3b-4f6c-8d1e-2b3a4c5d6e7f"),
                                     QStringLiteral("Contoso Entertainment System USA"),
                                     QStringLiteral("contoso-uat.crm4.dynamics.com"),
                                     QStringLiteral("jane.doe@contoso.com")})
            QVERIFY2(originals.contains(known), qPrintable(known));
        QVERIFY(QJsonDocument(anonymised.facts).toJson().contains(".crm4.dynamics.com"));
        // None of them is left in any member, whatever its case.
        for (const QJsonObject &member : {anonymised.report, anonymised.trace, anonymised.facts}) {
            const QString text = QString::fromUtf8(QJsonDocument(member).toJson(QJsonDocument::Compact));
            for (auto it = replaced.begin(); it != replaced.end(); ++it) {
                if (it.key() == it.value())
                    continue;
                const QRegularExpression word(
                    QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])").arg(QRegularExpression::escape(it.key())),
                    QRegularExpression::CaseInsensitiveOption);
                QVERIFY2(!word.match(text).hasMatch(), qPrintable(it.key()));
            }
        }
        // Microsoft's fixed identifiers stay.
        const QByteArray trace = QJsonDocument(anonymised.trace).toJson();
        QVERIFY(trace.contains("00000015-0000-0000-c000-000000000000"));
        QVERIFY(trace.contains("DualWriteCore"));
        QVERIFY(trace.contains("cdm_companycode"));
        // The same codes and statuses: replayed offline, and served to the client.
        const std::optional<Report> offline = test::replayRecorded(anonymised, &m_error);
        QVERIFY2(offline, qPrintable(m_error));
        QCOMPARE(findings(offline->toJson()), findings(recorded));
        const QString anonymisedPath = m_dir.filePath(QStringLiteral("anonymised.zip"));
        QVERIFY(anonymised.write(anonymisedPath, &m_error));
        sim::Simulator replay;
        QVERIFY2(replay.loadBundle(anonymisedPath, &m_error) && replay.start(&m_error), qPrintable(m_error));
        const std::optional<Run> run = runAgainst(replay);
        QVERIFY(run);
        QCOMPARE(findings(run->report), findings(recorded));
    }

    void notABundleIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-bundle.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
        file.close();
        sim::Simulator simulator;
        QVERIFY(!simulator.loadScenario(path, &m_error));
        QVERIFY(!m_error.isEmpty());
    }

private:
    QString m_error;
};

QTEST_GUILESS_MAIN(tst_FieldBundles)
#include "tst_fieldbundles.moc"
