// SPDX-License-Identifier: MIT
// The PDF as a customer reads it: every finding, record and fix is there as real text, every page
// has its header and number, the page size is right, links are links.
#include "pdftext.h"
#include "pdfwriter.h"
#include "reportwriter.h"
#include "samplereports.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;
using namespace dwh::test;

class tst_PdfWriter : public QObject
{
    Q_OBJECT
private:
    QString textOf(const QByteArray &pdf)
    {
        const std::optional<QString> text = pdfText(pdf);
        if (!text)
            qWarning("pdftotext could not read the PDF");
        return text.value_or(QString());
    }

private slots:
    void initTestCase()
    {
        if (!hasPoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    }

    void healthyPdf()
    {
        const QByteArray pdf = renderPdf(healthyReport());
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = textOf(pdf);
        QVERIFY(text.contains(QStringLiteral("Healthy: every check passed.")));
        QVERIFY(text.contains(QStringLiteral("Contoso UAT")));
        QVERIFY(text.contains(QStringLiteral("https://") + DataverseHost));
        QVERIFY(text.contains(QStringLiteral("Executive summary")));
        QVERIFY(text.contains(QStringLiteral("prereq.dual-write-core")));
        QVERIFY2(!text.contains(QStringLiteral("Findings and fixes")), "no findings section without findings");
        QVERIFY(text.contains(QStringLiteral("Appendix")));
        QVERIFY(text.contains(QStringLiteral("Ruleset version")));
    }

    void multiFailureReportNamesEveryFindingAndRecord()
    {
        const Report report = multiFailureReport();
        const QByteArray pdf = renderPdf(report);
        const QString text = squeezed(textOf(pdf));
        QVERIFY(!text.isEmpty());
        for (const QString &code : report.raisedCodes())
            QVERIFY2(text.contains(code), qPrintable(code));
        // The mismatched records, from messages and details.
        for (const char *record : {"DEMF", "GBSI", "Dynamics365Company", "Dynamics365FinanceExtended",
                                   "DWM_SalesorderheadersV2_salesorders", "contoso-old.crm4.dynamics.com"})
            QVERIFY2(text.contains(QLatin1String(record)), record);
        // Evidence: request, HTTP status and time; the fix and its documentation link.
        QVERIFY(text.contains(squeezed(QStringLiteral("GET /api/data/v9.2/cdm_companies?$select=cdm_companycode"))));
        QVERIFY(text.contains(QStringLiteral("401")));
        QVERIFY(text.contains(squeezed(QStringLiteral("2026-11-23 10:00:02 UTC"))));
        QVERIFY(text.contains(squeezed(sampleFix().steps.first())));
        QVERIFY(text.contains(squeezed(QStringLiteral("The steps are those of finding 1."))));
        QVERIFY(pdf.contains("/URI (" + sampleFix().docUrl.toUtf8() + ")"));
        const ReportSummary s = report.summary();
        QVERIFY(text.contains(squeezed(QStringLiteral("Action needed: %1 of %2 checks failed.")
                                           .arg(s.fail).arg(s.total()))));
        QVERIFY(text.contains(squeezed(QStringLiteral("run although a prerequisite failed"))));
    }

    void everyPageHasItsHeaderAndNumber()
    {
        const QByteArray pdf = renderPdf(largeReport(300));
        const QString text = textOf(pdf);
        const QRegularExpression last(QStringLiteral("Page (\\d+) of (\\d+)"));
        int pages = 0;
        int numbered = 0;
        for (auto it = last.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            ++numbered;
            QCOMPARE(m.captured(1).toInt(), numbered);
            pages = m.captured(2).toInt();
        }
        QVERIFY2(pages > 60, qPrintable(QString::number(pages)));
        QCOMPARE(numbered, pages);
        QCOMPARE(text.count(QStringLiteral("Dual-write health check: Contoso UAT")), pages);
        const std::optional<QString> info = runOnPdf(QStringLiteral("pdfinfo"), {}, pdf);
        QVERIFY(info);
        QVERIFY2(info->contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))), qPrintable(*info));
        // Nothing lost where tables and sections break across pages.
        const QString all = squeezed(text);
        for (int i = 0; i < 300; ++i) {
            const QString id = QStringLiteral("dep.synthetic.%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(all.count(id) >= 3, qPrintable(id));  // step table, finding, appendix
            QVERIFY2(all.contains(QStringLiteral("LE%1C").arg(i)), qPrintable(id));
        }
    }

    void longValuesWrapInsteadOfBeingClipped()
    {
        Report report = multiFailureReport();
        const QString longToken = QStringLiteral("X").repeated(40) + QStringLiteral("Y").repeated(400)
            + QStringLiteral("END");
        report.steps[1].checks[0].message = longToken;
        report.steps[1].checks[0].evidence[0].request = QStringLiteral("GET /x?$filter=") + longToken;
        const QString text = squeezed(textOf(renderPdf(report)));
        QCOMPARE(text.count(longToken), 2);
    }

    void aRowTallerThanAPageIsSplitNotLost()
    {
        Report report = multiFailureReport();
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words << QStringLiteral("w%1").arg(i);
        QJsonArray records{QJsonObject{{QStringLiteral("code"), QStringLiteral("BIG")},
                                       {QStringLiteral("note"), words.join(QLatin1Char(' '))}}};
        report.steps[1].checks[0].details.insert(QStringLiteral("huge"), records);
        const QString text = textOf(renderPdf(report));
        const QStringList tokens = text.split(QRegularExpression(QStringLiteral("\\s+")));
        const QSet<QString> seen(tokens.cbegin(), tokens.cend());
        for (const QString &w : std::as_const(words))
            QVERIFY2(seen.contains(w), qPrintable(w));
    }

    // DejaVu Sans has "fi" and "fl" ligatures; a ligature glyph has no Unicode in the PDF's
    // ToUnicode map, so a search for "fix" would miss it. The writer turns ligatures off.
    void ligaturesExtractAsLetters()
    {
        Report report = multiFailureReport();
        report.steps[1].checks[0].message = QStringLiteral("Fix the flawed office workflow first.");
        const QString text = squeezed(textOf(renderPdf(report)));
        QVERIFY(text.contains(QStringLiteral("Fixtheflawedofficeworkflowfirst.")));
    }

    void emptyReportStillRenders()
    {
        const QByteArray pdf = renderPdf(Report());
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(textOf(pdf).contains(QStringLiteral("Page 1 of")));
    }

    void pageSizes()
    {
        PdfOptions options;
        std::optional<QString> info = runOnPdf(QStringLiteral("pdfinfo"), {}, renderPdf(healthyReport(), options));
        QVERIFY(info);
        QVERIFY2(info->contains(QStringLiteral("595.276 x 841.89")) || info->contains(QStringLiteral("595 x 842")),
                 qPrintable(*info));
        options.pageSize = PageSize::Letter;
        info = runOnPdf(QStringLiteral("pdfinfo"), {}, renderPdf(healthyReport(), options));
        QVERIFY(info);
        QVERIFY2(info->contains(QStringLiteral("612 x 792")), qPrintable(*info));
    }

    void coverNamesCustomerConsultantAndShowsTheLogo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QImage logo(400, 120, QImage::Format_RGB32);
        logo.fill(QColor(0x0b, 0x5c, 0xad));
        const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoPath));
        PdfOptions options;
        options.customer = QStringLiteral("Fabrikam Ltd");
        options.consultant = QStringLiteral("Jane Consultant");
        options.logoPath = logoPath;
        const QByteArray pdf = renderPdf(multiFailureReport(), options);
        QVERIFY(pdf.contains("/Subtype /Image"));
        const QString text = textOf(pdf);
        QVERIFY(text.contains(QStringLiteral("Fabrikam Ltd")));
        QVERIFY(text.contains(QStringLiteral("Jane Consultant")));
        QVERIFY(text.contains(QStringLiteral("Prepared by")));
        QVERIFY(text.contains(QStringLiteral("Contoso UAT")));  // the profile still named
        // An unreadable logo is left out, not fatal.
        options.logoPath = dir.filePath(QStringLiteral("missing.png"));
        QVERIFY(!renderPdf(healthyReport(), options).contains("/Subtype /Image"));
    }

    void contentsGiveThePagesOfTheSections()
    {
        const QString text = textOf(renderPdf(largeReport(40)));
        const QStringList pages = text.split(QLatin1Char('\f'));
        const QRegularExpression entry(QStringLiteral("Findings and fixes\\s+(\\d+)"));
        const QRegularExpressionMatch m = entry.match(pages.first());
        QVERIFY2(m.hasMatch(), qPrintable(pages.first()));
        const int page = m.captured(1).toInt();
        QVERIFY(page > 2 && page <= pages.size());
        QVERIFY(pages.at(page - 1).contains(QStringLiteral("Findings and fixes")));
        QVERIFY(!pages.at(page - 2).contains(QStringLiteral("Findings and fixes")));
        const QRegularExpressionMatch appendix =
            QRegularExpression(QStringLiteral("Appendix\\s+(\\d+)")).match(pages.first());
        QVERIFY(appendix.hasMatch());
        QVERIFY(pages.at(appendix.captured(1).toInt() - 1).contains(QStringLiteral("Checks run")));
    }

    void renderReportWritesPdf()
    {
        QString error;
        RenderOptions options;
        options.document.customer = QStringLiteral("Northwind");
        const QByteArray pdf = renderReport(multiFailureReport(), QStringLiteral("pdf"), options, &error);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
        QVERIFY(textOf(pdf).contains(QStringLiteral("Northwind")));
        QVERIFY(isBinaryFormat(QStringLiteral("pdf")));
        QVERIFY(!isBinaryFormat(QStringLiteral("html")));
    }
};

QTEST_MAIN(tst_PdfWriter)
#include "tst_pdfwriter.moc"
