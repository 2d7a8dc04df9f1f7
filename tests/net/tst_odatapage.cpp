// SPDX-License-Identifier: MIT
#include "odatapage.h"

#include <QTest>

using namespace dwh;

class tst_ODataPage final : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void collection_data();
    void collection();
    void nextLinkIsKeptVerbatim();
    void nextLinkScannedFromTheEnd_data();
    void nextLinkScannedFromTheEnd();
    void singleObject_data();
    void singleObject();
};

void tst_ODataPage::collection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("nextLink");
    QTest::addColumn<QString>("error");  // a part of the message; empty: ok

    QTest::newRow("two rows") << QByteArray(R"({"@odata.context":"x","value":[{"a":1},{"a":2}]})")
                              << 2 << QString() << QString();
    QTest::newRow("empty value") << QByteArray(R"({"value":[]})") << 0 << QString() << QString();
    QTest::newRow("with nextLink")
        << QByteArray(R"({"value":[{"a":1}],"@odata.nextLink":"https://h/api/data/v9.2/teams?$skiptoken=abc"})")
        << 1 << QStringLiteral("https://h/api/data/v9.2/teams?$skiptoken=abc") << QString();
    QTest::newRow("null nextLink") << QByteArray(R"({"value":[{"a":1}],"@odata.nextLink":null})")
                                   << 1 << QString() << QString();
    QTest::newRow("empty body") << QByteArray() << 0 << QString()
                                << QStringLiteral("malformed answer: the body is empty");
    QTest::newRow("whitespace body") << QByteArray(" \n ") << 0 << QString()
                                     << QStringLiteral("malformed answer");
    QTest::newRow("not json") << QByteArray("<html>oops</html>") << 0 << QString()
                              << QStringLiteral("malformed answer: not JSON");
    QTest::newRow("truncated") << QByteArray(R"({"value":[{"a":1},)") << 0 << QString()
                               << QStringLiteral("malformed answer: not JSON");
    QTest::newRow("array body") << QByteArray(R"([{"a":1}])") << 0 << QString()
                                << QStringLiteral("not a JSON object");
    QTest::newRow("scalar body") << QByteArray("42") << 0 << QString()
                                 << QStringLiteral("malformed answer");
    QTest::newRow("missing value") << QByteArray(R"({"values":[]})") << 0 << QString()
                                   << QStringLiteral("no \"value\" array");
    QTest::newRow("value object") << QByteArray(R"({"value":{"a":1}})") << 0 << QString()
                                  << QStringLiteral("\"value\" is not an array");
    QTest::newRow("value null") << QByteArray(R"({"value":null})") << 0 << QString()
                                << QStringLiteral("\"value\" is not an array");
    QTest::newRow("row not object") << QByteArray(R"({"value":[{"a":1},"x"]})") << 0 << QString()
                                    << QStringLiteral("row 1 of \"value\" is not an object");
    QTest::newRow("row null") << QByteArray(R"({"value":[null]})") << 0 << QString()
                              << QStringLiteral("row 0");
    QTest::newRow("nextLink number") << QByteArray(R"({"value":[],"@odata.nextLink":5})") << 0
                                     << QString() << QStringLiteral("@odata.nextLink");
    QTest::newRow("nextLink empty") << QByteArray(R"({"value":[],"@odata.nextLink":""})") << 0
                                    << QString() << QStringLiteral("@odata.nextLink");
}

void tst_ODataPage::collection()
{
    QFETCH(QByteArray, body);
    QFETCH(int, rows);
    QFETCH(QString, nextLink);
    QFETCH(QString, error);
    const ODataPage page = parseCollectionPage(body);
    if (error.isEmpty()) {
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.rows.size(), rows);
        QCOMPARE(page.nextLink, nextLink);
    } else {
        QVERIFY(!page.ok());
        QVERIFY2(page.error.startsWith(QLatin1String("malformed answer: ")),
                 qPrintable(page.error));
        QVERIFY2(page.error.contains(error), qPrintable(page.error));
        QVERIFY(page.rows.isEmpty());
    }
}

void tst_ODataPage::nextLinkIsKeptVerbatim()
{
    const QString link = QStringLiteral(
        "https://org.crm.dynamics.com/api/data/v9.2/solutions?$select=uniquename&$skiptoken="
        "%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%22%20/%3E");
    const QByteArray body = QByteArray(R"({"value":[{"uniquename":"a"}],"@odata.nextLink":")")
        + link.toUtf8() + QByteArray(R"("})");
    const ODataPage page = parseCollectionPage(body);
    QVERIFY(page.ok());
    QCOMPARE(page.nextLink, link);
    QCOMPARE(page.rows.first().value(QStringLiteral("uniquename")).toString(),
             QStringLiteral("a"));
}

void tst_ODataPage::nextLinkScannedFromTheEnd_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("link");
    const QString url = QStringLiteral("https://x.example/api/data/v9.2/accounts?$skiptoken=a%20b");
    QTest::newRow("last member") << QByteArray(R"({"value":[{"a":1}],"@odata.nextLink":"https:\/\/x.example\/api\/data\/v9.2\/accounts?$skiptoken=a%20b"})") << url;
    QTest::newRow("spaces and newlines") << QByteArray("{\n \"value\": [],\n \"@odata.nextLink\" : \"https://x.example/api/data/v9.2/accounts?$skiptoken=a%20b\"\n}\n") << url;
    QTest::newRow("escaped quote inside") << QByteArray(R"({"value":[],"@odata.nextLink":"https://x.example/a?q=\"b\""})") << QStringLiteral("https://x.example/a?q=\"b\"");
    QTest::newRow("no link") << QByteArray(R"({"value":[{"a":"x"}]})") << QString();
    QTest::newRow("link first") << QByteArray(R"({"@odata.nextLink":"https://x.example/n","value":[]})") << QString();
    QTest::newRow("link inside a row") << QByteArray(R"({"value":[{"@odata.nextLink":"https://x.example/n"}]})") << QString();
    QTest::newRow("other key last") << QByteArray(R"({"value":[],"x@odata.nextLink":"https://x.example/n"})") << QString();
    QTest::newRow("not a string") << QByteArray(R"({"value":[],"@odata.nextLink":5})") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("only a quote") << QByteArray("\"}") << QString();
}

void tst_ODataPage::nextLinkScannedFromTheEnd()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, link);
    QCOMPARE(scanNextLink(body), link);
    // Where the scan finds a link, the parse finds the same one.
    if (!link.isEmpty())
        QCOMPARE(parseCollectionPage(body).nextLink, link);
}

void tst_ODataPage::singleObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("whoami") << QByteArray(
        R"({"@odata.context":"x","BusinessUnitId":"b","UserId":"u","OrganizationId":"o"})")
                            << true;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x01\x02") << false;
}

void tst_ODataPage::singleObject()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const ODataPage page = parseSingleObject(body);
    QCOMPARE(page.ok(), ok);
    QCOMPARE(page.rows.size(), ok ? 1 : 0);
    if (ok)
        QCOMPARE(page.rows.first().value(QStringLiteral("UserId")).toString(), QStringLiteral("u"));
    else
        QVERIFY(page.error.startsWith(QLatin1String("malformed answer: ")));
}

QTEST_GUILESS_MAIN(tst_ODataPage)
#include "tst_odatapage.moc"
