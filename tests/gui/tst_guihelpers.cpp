// SPDX-License-Identifier: MIT
// The pure helpers behind the wizard: HTML rendering (escaping), inline field checks, file names.
#include "checkhtml.h"
#include "fieldchecks.h"
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

    void fieldChecks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://contoso.crm4.dynamics.com") << true;
        QTest::newRow("trailing slash") << QStringLiteral("https://contoso.crm4.dynamics.com/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://contoso.crm4.dynamics.com") << false;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:4711") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:4711") << true;
        QTest::newRow("no scheme") << QStringLiteral("contoso.crm4.dynamics.com") << false;
        QTest::newRow("one label") << QStringLiteral("https://contoso") << false;
        QTest::newRow("query") << QStringLiteral("https://contoso.crm.dynamics.com/?x=1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://contoso.crm.dynamics.com") << false;
        QTest::newRow("bad host") << QStringLiteral("https://con_toso.crm.dynamics.com") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void fieldChecks()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(serviceUrlFieldProblem(url).isEmpty(), ok);
    }

    void guidsAndTenants()
    {
        QVERIFY(guidFieldProblem(QStringLiteral("11111111-1111-1111-1111-111111111111")).isEmpty());
        QVERIFY(!guidFieldProblem(QStringLiteral("1111")).isEmpty());
        QVERIFY(guidFieldProblem(QString(), false).isEmpty());
        QVERIFY(tenantFieldProblem(QStringLiteral("contoso.onmicrosoft.com")).isEmpty());
        QVERIFY(tenantFieldProblem(QStringLiteral("00000000-0000-0000-0000-000000000001")).isEmpty());
        QVERIFY(!tenantFieldProblem(QStringLiteral("contoso")).isEmpty());
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
