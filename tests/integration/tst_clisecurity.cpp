// SPDX-License-Identifier: MIT
// The dwhealth executable against hostile or careless servers (issue 13): echoed tokens and
// secrets never reach a file or the terminal, a foreign authority never gets the secret,
// escape sequences from the tenant never act on the terminal, and time is bounded.
#include "dwhealthprocess.h"
#include "signin.h"
#include "simulator.h"
#include "zipreader.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dwh;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The text of a PDF as poppler's pdftotext reads it; empty when poppler is missing. */
QByteArray pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QByteArray();
    return p.readAllStandardOutput();
}

bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

/** Every check of a JSON report, flattened. */
QList<QJsonObject> checksOf(const QJsonObject &report)
{
    QList<QJsonObject> out;
    for (const QJsonValue &step : report.value(QStringLiteral("steps")).toArray()) {
        for (const QJsonValue &check : step.toObject().value(QStringLiteral("checks")).toArray())
            out << check.toObject();
    }
    return out;
}

} // namespace

class tst_CliSecurity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString scenarioFile(const QString &name, const QJsonArray &faults, const QJsonObject &patch = {})
    {
        QJsonObject scenario{{QStringLiteral("name"), name},
                             {QStringLiteral("description"), QStringLiteral("issue 13")},
                             {QStringLiteral("base"), QStringLiteral("healthy")},
                             {QStringLiteral("faults"), faults}};
        if (!patch.isEmpty())
            scenario.insert(QStringLiteral("patch"), patch);
        return writeFile(name + QStringLiteral(".json"), QJsonDocument(scenario).toJson());
    }

    /**
     * Runs `check --profile` against `simulator` in every report format (one with --bundle), with
     * the history in a folder of its own, and returns every byte written: stdout, stderr, the
     * report files (PDF: its text), each bundle member and each history file.
     */
    QByteArray everyOutput(sim::Simulator &simulator, const QByteArray &secret, const QString &tag,
                           QJsonObject *jsonReport)
    {
        const QString profile = writeFile(tag + QStringLiteral("-profile.json"),
                                          QJsonDocument(simulator.profileJson()).toJson());
        const QString dataHome = m_dir.filePath(tag + QStringLiteral("-data"));
        QByteArray all;
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("md"),
                                      QStringLiteral("junit"), QStringLiteral("pdf")}) {
            const QString output = m_dir.filePath(tag + QStringLiteral("-report.") + format);
            const QString bundle = m_dir.filePath(tag + QStringLiteral("-bundle.zip"));
            QStringList args{QStringLiteral("check"), QStringLiteral("--profile"), profile,
                             QStringLiteral("--format"), format, QStringLiteral("--output"), output};
            if (format == QLatin1String("json"))
                args << QStringLiteral("--bundle") << bundle;
            test::CliSetup setup;
            setup.secret = secret;
            setup.dataHome = dataHome;
            const test::CliRun run = test::runDwhealth(args, setup);
            if (run.exitCode != 3)
                qWarning("%s %s: exit %d: %s", qPrintable(tag), qPrintable(format), run.exitCode,
                         run.err.constData());
            all += run.out + run.err;
            if (format == QLatin1String("pdf")) {
                if (hasPdfToText())
                    all += pdfText(output);
                else
                    qWarning("pdftotext is not installed: the PDF's text is not searched");
            } else {
                all += readAll(output);
            }
            if (format == QLatin1String("json")) {
                *jsonReport = QJsonDocument::fromJson(readAll(output)).object();
                QString error;
                const std::optional<ZipReader> zip = ZipReader::fromFile(bundle, &error);
                if (!zip)
                    qWarning("bundle: %s", qPrintable(error));
                else
                    for (const QString &name : zip->fileNames()) {
                        QString readError;
                        const std::optional<QByteArray> data = zip->read(name, &readError);
                        if (!data)
                            qWarning("bundle %s: %s", qPrintable(name), qPrintable(readError));
                        all += data.value_or(QByteArray());
                    }
            }
        }
        int historyFiles = 0;
        for (QDirIterator it(dataHome, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            all += readAll(it.next());
            ++historyFiles;
        }
        if (historyFiles == 0)
            qWarning("%s: no history file was written", qPrintable(tag));
        return all;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Dataverse and Power Platform answer with the bearer token in the error body and in two
    // headers: no piece of any token is in any output, while the errors themselves are.
    void echoedTokenIsInNoOutput()
    {
        const QString path = scenarioFile(
            QStringLiteral("echo-token"),
            QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("dataverse")},
                                   {QStringLiteral("pathContains"), QStringLiteral("/solutions")},
                                   {QStringLiteral("kind"), QStringLiteral("echoCredential")},
                                   {QStringLiteral("status"), 403}},
                       QJsonObject{{QStringLiteral("service"), QStringLiteral("powerPlatform")},
                                   {QStringLiteral("kind"), QStringLiteral("echoCredential")},
                                   {QStringLiteral("status"), 403}}});
        sim::Simulator simulator;
        QString error;
        QVERIFY2(simulator.loadScenario(path, &error), qPrintable(error));
        QVERIFY2(simulator.start(&error), qPrintable(error));
        QJsonObject report;
        const QByteArray all = everyOutput(simulator, sim::Simulator::clientSecret().toUtf8(),
                                           QStringLiteral("token"), &report);
        // The simulator's tokens are JWTs: their header, or any token-like "Bearer ey…".
        QVERIFY(!all.contains("eyJ0eXAiOiJKV1Qi"));
        QVERIFY(!all.contains("Bearer ey"));
        QVERIFY(!all.contains(sim::Simulator::clientSecret().toUtf8()));
        // The echoing answers were met and reported, with the token redacted.
        const QList<QJsonObject> checks = checksOf(report);
        QVERIFY(!checks.isEmpty());
        bool seen = false;
        for (const QJsonObject &c : checks) {
            const QString message = c.value(QStringLiteral("message")).toString();
            if (message.contains(QStringLiteral("0x80040220"))) {
                seen = true;
                QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
                QVERIFY2(message.contains(QStringLiteral("[redacted]")), qPrintable(message));
            }
        }
        QVERIFY(seen);
        QVERIFY(all.contains("X-Echo-Authorization"));  // the header is in the HAR, its value is not
    }

    // The token endpoint answers with the client secret in error_description, as it was sent
    // and percent-encoded: neither form, nor the JSON-escaped one, is in any output.
    void echoedSecretIsInNoOutput()
    {
        const QString path = scenarioFile(
            QStringLiteral("echo-secret"),
            QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("entra")},
                                   {QStringLiteral("kind"), QStringLiteral("echoCredential")},
                                   {QStringLiteral("status"), 401}}});
        sim::Simulator simulator;
        QString error;
        QVERIFY2(simulator.loadScenario(path, &error), qPrintable(error));
        QVERIFY2(simulator.start(&error), qPrintable(error));
        const QByteArray secret("Zq8~s3cr3t/Value+with=odd&chars42");
        QJsonObject report;
        const QByteArray all = everyOutput(simulator, secret, QStringLiteral("secret"), &report);
        for (const QByteArray &form : {secret, secret.toPercentEncoding(),
                                       QByteArray("Zq8~s3cr3t\\/Value+with=odd&chars42"),
                                       QByteArray("Zq8~s3cr3t"), QByteArray("with=odd&chars42")})
            QVERIFY2(!all.contains(form), form.constData());
        const QString message = checksOf(report).value(0).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("AADSTS7000215")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("[redacted]")), qPrintable(message));
    }

    // A profile whose authority is not a Microsoft sign-in host: refused before the secret is
    // read or sent, with a message naming the host and --allow-authority.
    void foreignAuthorityIsRefused()
    {
        const QString profile = writeFile(
            QStringLiteral("foreign-authority.json"),
            QJsonDocument(QJsonObject{
                {QStringLiteral("name"), QStringLiteral("Foreign")},
                {QStringLiteral("tenantId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                {QStringLiteral("authority"), QStringLiteral("https://sts.contoso.example")},
                {QStringLiteral("auth"),
                 QJsonObject{{QStringLiteral("mode"), QStringLiteral("clientSecret")},
                             {QStringLiteral("clientId"), QStringLiteral("11111111-1111-1111-1111-111111111111")}}},
                {QStringLiteral("dataverse"),
                 QJsonObject{{QStringLiteral("url"), QStringLiteral("https://contoso.crm4.dynamics.com")},
                             {QStringLiteral("environmentId"), QStringLiteral("0b2c4d6e-8f10-4a3b-9c5d-7e8f9a0b1c2d")}}},
                {QStringLiteral("financeAndOperations"),
                 QJsonObject{{QStringLiteral("url"), QStringLiteral("https://contoso.operations.dynamics.com")}}}})
                .toJson());
        test::CliSetup setup;
        setup.secret = "a-secret-for-the-foreign-host";
        const test::CliRun r = test::runDwhealth({QStringLiteral("check"), QStringLiteral("--profile"),
                                                  profile, QStringLiteral("--no-history")},
                                                 setup);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("sts.contoso.example"), r.err.constData());
        QVERIFY2(r.err.contains("not a Microsoft Entra ID sign-in host"), r.err.constData());
        QVERIFY2(r.err.contains("--allow-authority"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // The same for fix.
        const test::CliRun fix = test::runDwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"),
                                                    QStringLiteral("--profile"), profile},
                                                   setup);
        QCOMPARE(fix.exitCode, 2);
        QVERIFY2(fix.err.contains("--allow-authority"), fix.err.constData());
    }

    void allowAuthority()
    {
        Profile profile;
        profile.authMode = AuthMode::ClientSecret;
        profile.authority = QUrl(QStringLiteral("https://sts.contoso.example"));
        QVERIFY(!cli::authorityProblem(profile, {}).isEmpty());
        QVERIFY(!cli::authorityProblem(profile, {QStringLiteral("other.example")}).isEmpty());
        QVERIFY(cli::authorityProblem(profile, {QStringLiteral("STS.contoso.example")}).isEmpty());
        QVERIFY(cli::authorityWarning(profile).contains(QStringLiteral("sts.contoso.example")));
        profile.authority = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        QVERIFY(cli::authorityProblem(profile, {}).isEmpty());
        QVERIFY(cli::authorityWarning(profile).isEmpty());
        // Delegated sign-ins send no client secret.
        profile.authority = QUrl(QStringLiteral("https://sts.contoso.example"));
        profile.authMode = AuthMode::DeviceCode;
        QVERIFY(cli::authorityProblem(profile, {}).isEmpty());
    }

    // A company name with terminal escape sequences is printed without them: the Markdown
    // report on stdout, fix's text preview, and the check's messages on stderr.
    void controlCharactersNeverReachTheTerminal()
    {
        const QString name = QStringLiteral("Contoso \x1b[2J\x1b]0;owned\x07Germany\x9b" "31m");
        const QJsonObject patch{
            {QStringLiteral("dataverse"),
             QJsonObject{{QStringLiteral("cdm_companies"),
                          QJsonObject{{QStringLiteral("update"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("match"),
                                            QJsonObject{{QStringLiteral("cdm_companycode"), QStringLiteral("DEMF")}}},
                                           {QStringLiteral("set"),
                                            QJsonObject{{QStringLiteral("cdm_name"), name},
                                                        {QStringLiteral("_cdm_defaultowningteam_value"),
                                                         QJsonValue::Null}}}}}}}}}}};
        const QString path = scenarioFile(QStringLiteral("escape"), {}, patch);
        const test::CliRun md = test::runDwhealth({QStringLiteral("check"), QStringLiteral("--demo"),
                                                   QStringLiteral("--scenario"), path,
                                                   QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(md.exitCode, 1);
        QVERIFY2(md.out.contains("Contoso [2J]0;ownedGermany31m"), md.out.constData());
        const test::CliRun fix = test::runDwhealth({QStringLiteral("fix"), QStringLiteral("DWDVEV1007"),
                                                    QStringLiteral("--demo"), QStringLiteral("--scenario"), path});
        QVERIFY2(fix.out.contains("[2J]0;ownedGermany"), fix.out.constData());
        for (const QByteArray &out : {md.out, md.err, fix.out, fix.err}) {
            QVERIFY(!out.contains('\x1b'));
            QVERIFY(!out.contains('\x07'));
            QVERIFY(!out.contains("\xc2\x9b"));  // U+009B (CSI) in UTF-8
        }
    }

    // Sign-in honours --timeout: a token endpoint that never answers is given up after 1 s.
    void signInHonoursTimeout()
    {
        const QString path = scenarioFile(
            QStringLiteral("entra-hangs"),
            QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("entra")},
                                   {QStringLiteral("kind"), QStringLiteral("hang")}}});
        const test::CliRun r = test::runDwhealth({QStringLiteral("check"), QStringLiteral("--demo"),
                                                  QStringLiteral("--scenario"), path,
                                                  QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QList<QJsonObject> checks = checksOf(report);
        QVERIFY(!checks.isEmpty());
        const QJsonObject access = checks.first();
        QCOMPARE(access.value(QStringLiteral("id")).toString(), QStringLiteral("prereq.dataverse-access"));
        QCOMPARE(access.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        const QString message = access.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("Microsoft Entra ID did not answer: timed out after 1 s")),
                 qPrintable(message));
    }

    // --deadline: with every answer slower than the whole deadline, nothing is read in time;
    // the checks that need data are unknown with the deadline as their reason, the report is
    // still written and the exit code is 3.
    void deadlineEndsTheRun()
    {
        const test::CliRun r = test::runDwhealth({QStringLiteral("check"), QStringLiteral("--demo"),
                                                  QStringLiteral("--scenario"), QStringLiteral("large"),
                                                  QStringLiteral("--latency-ms"), QStringLiteral("1200"),
                                                  QStringLiteral("--deadline"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QList<QJsonObject> checks = checksOf(report);
        QCOMPARE(checks.size(), 23);
        int deadline = 0;
        for (const QJsonObject &c : checks) {
            const QString status = c.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("unknown")
                && c.value(QStringLiteral("message")).toString().contains(QStringLiteral("deadline of 1 s reached")))
                ++deadline;
        }
        QVERIFY2(deadline >= 10, qPrintable(QString::number(deadline)));
        const QString note = report.value(QStringLiteral("steps")).toArray().at(0).toObject()
                                 .value(QStringLiteral("note")).toString();
        QVERIFY2(note.contains(QStringLiteral("deadline of 1 s reached")), qPrintable(note));
    }

    void deadlineIsAnOption()
    {
        const test::CliRun r = test::runDwhealth({QStringLiteral("check"), QStringLiteral("--demo"),
                                                  QStringLiteral("--deadline"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--deadline"), r.err.constData());
        const test::CliRun help = test::runDwhealth({QStringLiteral("--help")});
        QVERIFY(help.out.contains("--deadline S"));
        QVERIFY(help.out.contains("--allow-authority HOST"));
    }
};

QTEST_GUILESS_MAIN(tst_CliSecurity)
#include "tst_clisecurity.moc"
