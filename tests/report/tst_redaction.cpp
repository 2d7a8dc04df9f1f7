// SPDX-License-Identifier: MIT
// --redact: no tenant id, environment id, URL host, user name, user id or e-mail address in any
// format, while the findings stay readable.
#include "pdftext.h"
#include "redaction.h"
#include "reportwriter.h"
#include "samplereports.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dwh;
using namespace dwh::test;

namespace {

RenderOptions redacting()
{
    RenderOptions options;
    options.redact = true;
    options.redactValues = {TenantId, EnvironmentId};
    return options;
}

const QStringList &secrets()
{
    static const QStringList values{TenantId, EnvironmentId, UserId, UserName, UserMail,
                                    DataverseHost, FoHost, QStringLiteral("contoso-uat"),
                                    QStringLiteral("contoso-old"), QStringLiteral("@contoso.com")};
    return values;
}

QString rendered(const QString &format, const RenderOptions &options)
{
    QString error;
    const QByteArray out = renderReport(multiFailureReport(), format, options, &error);
    if (out.isEmpty())
        qWarning("%s: %s", qPrintable(format), qPrintable(error));
    if (format == QLatin1String("pdf"))
        return pdfText(out).value_or(QString());
    return QString::fromUtf8(out);
}

} // namespace

class tst_Redaction : public QObject
{
    Q_OBJECT
private slots:
    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dataverse") << "https://contoso-uat.crm4.dynamics.com/" << "https://***.crm4.dynamics.com";
        QTest::newRow("dataverse, no region") << "https://contoso.crm.dynamics.com" << "https://***.crm.dynamics.com";
        QTest::newRow("f&o sandbox, path and query")
            << "https://contoso-uat.sandbox.operations.dynamics.com/data/LegalEntities?$top=1"
            << "https://***.sandbox.operations.dynamics.com";
        QTest::newRow("f&o") << "https://contoso.operations.dynamics.com" << "https://***.operations.dynamics.com";
        QTest::newRow("power platform")
            << "https://0b2c4d6e8f104a3b9c5d7e8f9a0b1c.2d.environment.api.powerplatform.com/connectivity"
            << "https://***.environment.api.powerplatform.com";
        QTest::newRow("loopback with port") << "http://127.0.0.1:38563" << "http://***";
        QTest::newRow("unknown host") << "https://dynamics.contoso.example/x" << "https://***";
        QTest::newRow("user info") << "https://adele:pw@contoso.crm4.dynamics.com/" << "https://***.crm4.dynamics.com";
        QTest::newRow("documentation kept")
            << "https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/x"
            << "https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/x";
        QTest::newRow("sign-in kept") << "https://login.microsoftonline.com" << "https://login.microsoftonline.com";
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(redactUrl(url), expected);
    }

    void reportCopyMasksMessagesDetailsAndEvidence()
    {
        const Report source = multiFailureReport();
        const Report r = redactReport(source, {TenantId, EnvironmentId});
        QCOMPARE(r.dataverseUrl, QStringLiteral("https://***.crm4.dynamics.com"));
        QCOMPARE(r.foUrl, QStringLiteral("https://***.sandbox.operations.dynamics.com"));
        const QString json = QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
        for (const QString &secret : secrets())
            QVERIFY2(!json.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QVERIFY(json.contains(QStringLiteral("[redacted]")));
        // Sentence punctuation after a URL stays; the findings stay readable.
        QVERIFY(r.steps[1].checks[1].message.contains(QStringLiteral("(points at https://***.crm4.dynamics.com).")));
        QCOMPARE(r.find(QStringLiteral("prereq.user-roles"))->details.value(QStringLiteral("fullName")).toString(),
                 QStringLiteral("[redacted]"));
        QCOMPARE(r.find(QStringLiteral("dep.company.dataverse"))->message, source.find(QStringLiteral("dep.company.dataverse"))->message);
        QCOMPARE(r.raisedCodes(), source.raisedCodes());
        QCOMPARE(r.summary().fail, source.summary().fail);
        QCOMPARE(r.find(QStringLiteral("dep.stale.fo"))->remediation.docUrl, sampleFix().docUrl);
        QVERIFY(r.find(QStringLiteral("prereq.user-roles"))->evidence[0].request.contains(
            QStringLiteral("/systemusers([redacted])/")));
        // The source is left as it was.
        QVERIFY(source.find(QStringLiteral("prereq.user-roles"))->message.contains(UserName));
    }

    void everyFormatIsRedacted_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : reportFormats())
            QTest::newRow(qPrintable(format)) << format;
    }

    void everyFormatIsRedacted()
    {
        QFETCH(QString, format);
        if (format == QLatin1String("pdf") && !hasPoppler())
            QSKIP("poppler-utils (pdftotext) is not installed");
        const QString plain = rendered(format, RenderOptions());
        const QString redacted = rendered(format, redacting());
        QVERIFY(!plain.isEmpty());
        QVERIFY(!redacted.isEmpty());
        // Without --redact the identifying values are there; with it, none is (pdf: in its text).
        const QString plainText = format == QLatin1String("pdf") ? squeezed(plain) : plain;
        const QString redactedText = format == QLatin1String("pdf") ? squeezed(redacted) : redacted;
        for (const QString &secret : {UserName, UserMail, DataverseHost})
            QVERIFY2(plainText.contains(format == QLatin1String("pdf") ? squeezed(secret) : secret), qPrintable(secret));
        for (const QString &secret : secrets()) {
            const QString needle = format == QLatin1String("pdf") ? squeezed(secret) : secret;
            QVERIFY2(!redactedText.contains(needle, Qt::CaseInsensitive), qPrintable(secret));
        }
        QVERIFY(redacted.contains(QStringLiteral("[redacted]")));
        QVERIFY(redactedText.contains(QStringLiteral("***.crm4.dynamics.com")));
        QVERIFY(redactedText.contains(QStringLiteral("DWDVEV1003")));
        if (format == QLatin1String("json"))
            QVERIFY(QJsonDocument::fromJson(redacted.toUtf8()).object().value(QStringLiteral("redacted")).toBool());
        if (format == QLatin1String("html") || format == QLatin1String("pdf"))
            QVERIFY(squeezed(redacted).contains(squeezed(QStringLiteral("are redacted in this report"))));
    }

    // Messages name hosts without a scheme (networkErrorMessage, incompleteAnswerMessage) and
    // the tenant id in other spellings: none of them survives --redact, in any format.
    void hostsWithoutSchemeInEveryFormat_data() { everyFormatIsRedacted_data(); }
    void hostsWithoutSchemeInEveryFormat()
    {
        QFETCH(QString, format);
        if (format == QLatin1String("pdf") && !hasPoppler())
            QSKIP("poppler-utils (pdftotext) is not installed");
        Report report = multiFailureReport();
        CheckResult &access = report.steps[0].checks[0];
        access.status = CheckStatus::Unknown;
        access.message = QStringLiteral("Could not reach Dataverse: host %1 was not found; "
                                        "Finance and operations (%2:443) closed the connection; "
                                        "tenant %3 (%4), environment %5.")
                             .arg(DataverseHost, FoHost.toUpper(), TenantId,
                                  QString(TenantId).remove(QLatin1Char('-')), EnvironmentId);
        access.evidence << sampleEvidence(QStringLiteral("GET /api/data/v9.2/WhoAmI"), 0);
        access.evidence.last().error = QStringLiteral("Could not reach Dataverse: host %1 was not found")
                                           .arg(DataverseHost);
        RenderOptions options;
        options.redact = true;
        options.redactValues = {TenantId, EnvironmentId};  // as a caller without the hosts
        QString error;
        const QByteArray out = renderReport(report, format, options, &error);
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        const QString text = format == QLatin1String("pdf") ? squeezed(pdfText(out).value_or(QString()))
                                                            : QString::fromUtf8(out);
        QVERIFY(!text.isEmpty());
        for (const QString &secret : {DataverseHost, FoHost, QStringLiteral("contoso-uat"), TenantId,
                                      QString(TenantId).remove(QLatin1Char('-'))}) {
            const QString needle = format == QLatin1String("pdf") ? squeezed(secret) : secret;
            QVERIFY2(!text.contains(needle, Qt::CaseInsensitive), qPrintable(secret));
        }
        QVERIFY(text.contains(format == QLatin1String("pdf")
                                  ? squeezed(QStringLiteral("Could not reach Dataverse: host ***.crm4.dynamics.com"))
                                  : QStringLiteral("Could not reach Dataverse: host ***.crm4.dynamics.com")));
    }

    // The profile's own hosts, given as values, read as their masked host.
    void profileHostsAsValues()
    {
        Report report = multiFailureReport();
        report.steps[0].checks[0].message =
            QStringLiteral("Environment CONTOSO-UAT.crm4.dynamics.com (contoso-uat%2Ecrm4) at 10.1.2.3");
        const Report r = redactReport(report, {TenantId, DataverseHost, QStringLiteral("10.1.2.3")});
        QCOMPARE(r.steps[0].checks[0].message,
                 QStringLiteral("Environment ***.crm4.dynamics.com ([redacted]%2Ecrm4) at [redacted]"));
    }
};

QTEST_MAIN(tst_Redaction)
#include "tst_redaction.moc"
