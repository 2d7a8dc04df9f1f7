// SPDX-License-Identifier: MIT
// The pure helpers behind the wizard: HTML rendering (escaping), file names. (The credentials
// page's inline field checks are validateProfile's: tests/core/tst_profilevalidation.)
#include "checkhtml.h"
#include "report.h"
#include "reportpage.h"

#include <QJsonArray>
#include <QTest>

using namespace dwh;
using namespace dwh::gui;

class tst_GuiHelpers : public QObject
{
    Q_OBJECT

private slots:
    void detailsEscapeServerText()
    {
        CheckResult r;
        r.id = QStringLiteral("dep.company.dataverse");
        r.title = QStringLiteral("Companies <b>");
        r.status = CheckStatus::Fail;
        r.codes = {QStringLiteral("DWDVEV1003")};
        r.message = QStringLiteral("Missing <script>alert(1)</script> & co");
        r.details = QJsonObject{{QStringLiteral("missing"), QJsonArray{QStringLiteral("DEMF<i>")}},
                                {QStringLiteral("rows"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("<x>")}}}}};
        Evidence e;
        e.service = QStringLiteral("dataverse");
        e.request = QStringLiteral("GET /api/data/v9.2/cdm_companies?$filter=a<b");
        e.status = 200;
        r.evidence << e;
        r.remediation.summary = QStringLiteral("Fix <it>");
        r.remediation.steps = {QStringLiteral("Step <one>")};
        r.remediation.docUrl = QStringLiteral("https://learn.microsoft.com/x?a=1&b=2");
        const QString html = checkDetailsHtml(r);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(html.contains(QLatin1String("DEMF&lt;i&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;x&gt;")));
        QVERIFY(html.contains(QLatin1String("a&lt;b")));
        QVERIFY(html.contains(QLatin1String("<a href=\"https://learn.microsoft.com/x?a=1&amp;b=2\">")));
        QVERIFY(html.contains(QLatin1String("Step &lt;one&gt;")));

        r.remediation.docUrl = QStringLiteral("javascript:alert(1)");
        QVERIFY(!checkDetailsHtml(r).contains(QLatin1String("href=\"javascript")));

        const QString text = checkDetailsText(r);
        QVERIFY(text.contains(QLatin1String("DWDVEV1003")));
        QVERIFY(text.contains(QLatin1String("1. Step <one>")));
    }

    // The pane's cost does not grow with the tenant: a long list shows its first 50 rows.
    void longListsAreCutInThePane()
    {
        CheckResult r;
        r.id = QStringLiteral("dep.company.owningteam");
        r.title = QStringLiteral("Owning teams");
        r.status = CheckStatus::Pass;
        QJsonArray rows, names;
        for (int i = 0; i < 3000; ++i) {
            rows.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("C%1").arg(i)}});
            names.append(QStringLiteral("N%1").arg(i));
        }
        r.details = QJsonObject{{QStringLiteral("companies"), rows}, {QStringLiteral("names"), names}};
        const QString html = checkDetailsHtml(r);
        QVERIFY(html.contains(QLatin1String(">C49<")));
        QVERIFY(!html.contains(QLatin1String(">C50<")));
        QVERIFY(html.contains(QLatin1String("N49")));
        QVERIFY(!html.contains(QLatin1String("N50<")));
        QCOMPARE(html.count(QStringLiteral("… and 2950 more")), 2);
        QVERIFY(checkDetailsText(r).contains(QLatin1String("C2999")));  // the clipboard has all
    }

    void remediationListsFindingsOnly()
    {
        Report report;
        CheckResult pass;
        pass.id = QStringLiteral("a");
        pass.title = QStringLiteral("Passing check");
        pass.status = CheckStatus::Pass;
        CheckResult fail = pass;
        fail.title = QStringLiteral("Failing check");
        fail.status = CheckStatus::Fail;
        fail.remediation.steps = {QStringLiteral("Reset dual-write")};
        report.steps = {StepResult{Step::Prerequisites, {pass, fail}, {}},
                        StepResult{Step::Dependencies, {}, {}}};
        const QString html = remediationHtml(report);
        QVERIFY(html.contains(QLatin1String("Failing check")));
        QVERIFY(!html.contains(QLatin1String("Passing check")));
        QVERIFY(html.contains(QLatin1String("<li>Reset dual-write</li>")));
    }

    void defaultFileName()
    {
        QCOMPARE(ReportPage::defaultFileName(QStringLiteral("Contoso UAT"), QDate(2026, 11, 23)),
                 QStringLiteral("dwhealth-Contoso-UAT-2026-11-23.json"));
        QCOMPARE(ReportPage::defaultFileName(QStringLiteral("../x/y"), QDate(2026, 1, 2)),
                 QStringLiteral("dwhealth-x-y-2026-01-02.json"));
        QCOMPARE(ReportPage::defaultFileName(QString(), QDate(2026, 1, 2)),
                 QStringLiteral("dwhealth-profile-2026-01-02.json"));
    }
};

QTEST_MAIN(tst_GuiHelpers)
#include "tst_guihelpers.moc"
