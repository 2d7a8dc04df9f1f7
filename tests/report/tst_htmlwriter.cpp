// SPDX-License-Identifier: MIT
// The HTML report: one self-contained file with the PDF's content, every report value escaped.
#include "htmlwriter.h"
#include "reportwriter.h"
#include "samplereports.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;
using namespace dwh::test;

namespace {

QString html(const Report &report, const PdfOptions &options = {})
{
    return QString::fromUtf8(renderHtml(report, options));
}

} // namespace

class tst_HtmlWriter : public QObject
{
    Q_OBJECT
private slots:
    void healthyReportIsSelfContained()
    {
        const QString h = html(healthyReport());
        QVERIFY(h.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(h.contains(QStringLiteral("<style>")));
        QVERIFY(h.contains(QStringLiteral("Healthy: every check passed.")));
        QVERIFY(h.contains(QStringLiteral("prereq.dual-write-core")));
        QVERIFY(!h.contains(QStringLiteral("Findings and fixes")));
        // No external resources: no stylesheet or script links, no remote images, fonts or imports.
        for (const char *external : {"<link", "<script", "src=\"http", "url(", "@import"})
            QVERIFY2(!h.contains(QLatin1String(external), Qt::CaseInsensitive), external);
        QVERIFY(h.endsWith(QStringLiteral("</html>\n")));
    }

    void multiFailureReportHasEveryFindingRecordAndFix()
    {
        const Report report = multiFailureReport();
        const QString h = html(report);
        for (const QString &code : report.raisedCodes())
            QVERIFY2(h.contains(code), qPrintable(code));
        for (const char *record : {"DEMF", "GBSI", "Dynamics365FinanceExtended",
                                   "DWM_SalesorderheadersV2_salesorders", "contoso-old.crm4.dynamics.com"})
            QVERIFY2(h.contains(QLatin1String(record)), record);
        QVERIFY(h.contains(QStringLiteral("<a href=\"%1\">").arg(sampleFix().docUrl)));
        QVERIFY(h.contains(QStringLiteral("<li>") + sampleFix().steps.first().toHtmlEscaped()));
        QVERIFY(h.contains(QStringLiteral("id=\"finding-1\"")));
        QVERIFY(h.contains(QStringLiteral("<a href=\"#finding-1\">1</a>")));  // a repeated fix refers back
        QVERIFY(h.contains(QStringLiteral("2026-11-23 10:00:02 UTC")));
        QVERIFY(h.contains(QStringLiteral("class=\"bar\"")));
        QVERIFY(h.contains(QStringLiteral("@page{size:A4")));
    }

    void everyValueIsEscaped()
    {
        Report report = multiFailureReport();
        report.profileName = QStringLiteral("Contoso <b>\"UAT\"</b> & Co");
        report.steps[0].checks[1].title = QStringLiteral("<img src=x onerror=alert(1)>");
        report.steps[0].checks[1].details.insert(QStringLiteral("note"), QStringLiteral("<script>evil()</script>"));
        report.steps[0].checks[1].evidence[0].request = QStringLiteral("GET /x?a=<script>");
        report.steps[0].checks[1].remediation.docUrl = QStringLiteral("javascript:alert(1)");
        PdfOptions options;
        options.consultant = QStringLiteral("<script>consultant</script>");
        const QString h = html(report, options);
        QVERIFY(!h.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!h.contains(QStringLiteral("<img src=x")));
        QVERIFY(!h.contains(QStringLiteral("<b>\"UAT\"")));
        QVERIFY(!h.contains(QStringLiteral("href=\"javascript:")));
        QVERIFY(h.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));  // from a message
        QVERIFY(h.contains(QStringLiteral("&lt;script&gt;evil()&lt;/script&gt;")));
        QVERIFY(h.contains(QStringLiteral("Contoso &lt;b&gt;&quot;UAT&quot;&lt;/b&gt; &amp; Co")));
        QVERIFY(h.contains(QStringLiteral("&lt;script&gt;consultant&lt;/script&gt;")));
    }

    void largeReportKeepsEveryFinding()
    {
        const QString h = html(largeReport(500));
        QCOMPARE(h.count(QStringLiteral("<section class=\"finding")), 500);
        for (int i = 0; i < 500; i += 37)
            QVERIFY(h.contains(QStringLiteral("LE%1B").arg(i)));
        // The fix's steps are given once; the other findings refer to the first.
        QCOMPARE(h.count(QStringLiteral("<li>") + sampleFix().steps.first().toHtmlEscaped()), 1);
    }

    void coverOptionsAndInlineLogo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QImage logo(64, 32, QImage::Format_RGB32);
        logo.fill(Qt::darkGreen);
        QVERIFY(logo.save(dir.filePath(QStringLiteral("logo.png"))));
        PdfOptions options;
        options.customer = QStringLiteral("Fabrikam Ltd");
        options.consultant = QStringLiteral("Jane Consultant");
        options.logoPath = dir.filePath(QStringLiteral("logo.png"));
        options.pageSize = PageSize::Letter;
        const QString h = html(multiFailureReport(), options);
        QVERIFY(h.contains(QStringLiteral("<h1>Fabrikam Ltd</h1>")));
        QVERIFY(h.contains(QStringLiteral("Jane Consultant")));
        QVERIFY(h.contains(QStringLiteral("src=\"data:image/png;base64,")));
        QVERIFY(h.contains(QStringLiteral("@page{size:Letter")));
    }

    void renderReportWritesHtml()
    {
        QString error;
        const QByteArray out = renderReport(multiFailureReport(), QStringLiteral("html"), &error);
        QVERIFY2(out.startsWith("<!DOCTYPE html>"), qPrintable(error));
        QVERIFY(reportFormats().contains(QStringLiteral("html")));
        QVERIFY(reportFormats().contains(QStringLiteral("pdf")));
    }
};

QTEST_MAIN(tst_HtmlWriter)
#include "tst_htmlwriter.moc"
