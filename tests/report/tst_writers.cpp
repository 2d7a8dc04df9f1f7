// SPDX-License-Identifier: MIT
#include "junitwriter.h"
#include "markdownwriter.h"
#include "report.h"
#include "reportwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace dwh;

namespace {

CheckResult check(const QString &id, CheckStatus status, const QString &code, const QString &message)
{
    CheckResult c;
    c.id = id;
    c.title = QStringLiteral("Title of ") + id;
    c.status = status;
    if (!code.isEmpty())
        c.codes << code;
    c.message = message;
    c.remediation = Remediation{QStringLiteral("Do the fix"), {QStringLiteral("First"), QStringLiteral("Second")},
                                QStringLiteral("https://learn.microsoft.com/fix")};
    return c;
}

Report sample()
{
    Report r;
    r.profileName = QStringLiteral("Contoso | UAT");
    r.dataverseUrl = QStringLiteral("https://contoso.crm4.dynamics.com");
    r.foUrl = QStringLiteral("https://contoso.operations.dynamics.com");
    r.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    r.finishedAt = r.startedAt.addSecs(3);
    r.steps << StepResult{Step::Prerequisites,
                          {check(QStringLiteral("prereq.a"), CheckStatus::Pass, {}, QStringLiteral("ok")),
                           check(QStringLiteral("prereq.b"), CheckStatus::Fail, QStringLiteral("DWHC0202"),
                                 QStringLiteral("Dynamics365Company at 2.0.2.10 < 2.0.133 & <more>")),
                           check(QStringLiteral("prereq.c"), CheckStatus::Unknown, QStringLiteral("DWHC0101"),
                                 QStringLiteral("unreachable")),
                           check(QStringLiteral("prereq.d"), CheckStatus::Warning, QStringLiteral("DWHC0502"),
                                 QStringLiteral("41 legal entities"))},
                          {}};
    r.steps << StepResult{Step::Dependencies,
                          {check(QStringLiteral("dep.a"), CheckStatus::Skipped, {}, QStringLiteral("Not run"))},
                          QStringLiteral("Not run: a prerequisite failed")};
    return r;
}

} // namespace

class tst_Writers : public QObject
{
    Q_OBJECT
private slots:
    void junitCountsMatchTheSummary()
    {
        const Report r = sample();
        QXmlStreamReader xml(renderJUnit(r));
        int suites = 0, cases = 0, failures = 0, errors = 0, skipped = 0;
        QString failureMessage;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("testsuites")) {
                QCOMPARE(xml.attributes().value(QLatin1String("tests")).toInt(), r.summary().total());
                QCOMPARE(xml.attributes().value(QLatin1String("failures")).toInt(), r.summary().fail);
                QCOMPARE(xml.attributes().value(QLatin1String("errors")).toInt(), r.summary().unknown);
                QCOMPARE(xml.attributes().value(QLatin1String("skipped")).toInt(), r.summary().skipped);
            } else if (name == QLatin1String("testsuite")) {
                ++suites;
            } else if (name == QLatin1String("testcase")) {
                ++cases;
            } else if (name == QLatin1String("failure")) {
                ++failures;
                failureMessage = xml.attributes().value(QLatin1String("message")).toString();
            } else if (name == QLatin1String("error")) {
                ++errors;
            } else if (name == QLatin1String("skipped")) {
                ++skipped;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 2);
        QCOMPARE(cases, 5);
        QCOMPARE(failures, 1);
        QCOMPARE(errors, 1);
        QCOMPARE(skipped, 1);
        QVERIFY(failureMessage.startsWith(QStringLiteral("DWHC0202: ")));
        QVERIFY(failureMessage.contains(QStringLiteral("& <more>")));  // escaped, read back intact
    }

    void markdownNamesEveryFindingAndFix()
    {
        const QString md = QString::fromUtf8(renderMarkdown(sample()));
        for (const char *code : {"DWHC0202", "DWHC0101", "DWHC0502"})
            QVERIFY(md.contains(QLatin1String(code)));
        QVERIFY(md.contains(QStringLiteral("https://learn.microsoft.com/fix")));
        QVERIFY(md.contains(QStringLiteral("1. First")));
        QVERIFY(md.contains(QStringLiteral("**FAIL**")));
        QVERIFY(md.contains(QStringLiteral("Contoso | UAT")));
        QVERIFY(md.contains(QStringLiteral("Not run: a prerequisite failed")));
    }

    void renderReportKnowsItsFormats()
    {
        QString error;
        for (const QString &format : reportFormats())
            QVERIFY(!renderReport(sample(), format, &error).isEmpty());
        const QByteArray json = renderReport(sample(), QStringLiteral("json"), &error);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("schemaVersion")).toInt(), 1);
        QVERIFY(renderReport(sample(), QStringLiteral("docx"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("docx")));
    }
};

// A QGuiApplication: renderReport() writes PDF too, which needs Qt Gui.
QTEST_MAIN(tst_Writers)
#include "tst_writers.moc"
