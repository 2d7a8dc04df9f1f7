// SPDX-License-Identifier: MIT
#include "tokenform.h"

#include <QTest>
#include <QUrlQuery>

using namespace dwh;

class tst_TokenForm final : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void form();
    void secretRoundTrips_data();
    void secretRoundTrips();
    void answer_data();
    void answer();
    void cacheLifetime();
};

void tst_TokenForm::form()
{
    QCOMPARE(clientCredentialsForm(QStringLiteral("11111111-1111-1111-1111-111111111111"),
                                   QStringLiteral("https://org.crm.dynamics.com/.default"),
                                   QByteArray("s3cr+t&x=y%z")),
             QByteArray("client_id=11111111-1111-1111-1111-111111111111"
                        "&scope=https%3A%2F%2Forg.crm.dynamics.com%2F.default"
                        "&client_secret=s3cr%2Bt%26x%3Dy%25z"
                        "&grant_type=client_credentials"));
}

void tst_TokenForm::secretRoundTrips_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("plus amp equals percent") << QByteArray("a+b&c=d%e");
    QTest::newRow("azure style") << QByteArray("Xy8Q~abc.DEF_ghi-JKL~mno+pqr/stu==");
    QTest::newRow("spaces and hash") << QByteArray("with space #hash ?q");
    QTest::newRow("percent-encoded-looking") << QByteArray("%2B%26%3D");
    QTest::newRow("utf-8") << QByteArray("p\xc3\xa4ss\xe2\x82\xac");
}

void tst_TokenForm::secretRoundTrips()
{
    QFETCH(QByteArray, secret);
    const QByteArray form =
        clientCredentialsForm(QStringLiteral("id"), QStringLiteral("https://x/.default"), secret);
    // Decode the way a server decodes a form body ('+' as space, then percent-decoding).
    QMap<QByteArray, QByteArray> fields;
    for (const QByteArray &pair : form.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QVERIFY(eq > 0);
        QByteArray value = pair.mid(eq + 1);
        value.replace('+', ' ');
        fields.insert(pair.left(eq), QByteArray::fromPercentEncoding(value));
    }
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields.value("client_secret"), secret);
    QCOMPARE(fields.value("client_id"), QByteArray("id"));
    QCOMPARE(fields.value("scope"), QByteArray("https://x/.default"));
    QCOMPARE(fields.value("grant_type"), QByteArray("client_credentials"));
    // QUrlQuery (what a Qt server uses) agrees.
    QUrlQuery query(QString::fromLatin1(form));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8(),
             secret);
}

void tst_TokenForm::answer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expires");
    QTest::newRow("success") << QByteArray(
        R"({"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0eXAi"})")
                             << true << qint64(3599);
    QTest::newRow("expires as string") << QByteArray(
        R"({"token_type":"Bearer","expires_in":"3600","access_token":"t"})") << true
                                       << qint64(3600);
    QTest::newRow("no token") << QByteArray(R"({"token_type":"Bearer","expires_in":3599})")
                              << false << qint64(0);
    QTest::newRow("not json") << QByteArray("<html/>") << false << qint64(0);
    QTest::newRow("array") << QByteArray("[]") << false << qint64(0);
}

void tst_TokenForm::answer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(qint64, expires);
    const TokenAnswer answer = parseTokenAnswer(body);
    QCOMPARE(answer.ok(), ok);
    if (ok) {
        QVERIFY(!answer.accessToken.isEmpty());
        QCOMPARE(answer.expiresInSeconds, expires);
    } else {
        QVERIFY(answer.error.startsWith(QLatin1String("malformed answer")));
        QVERIFY(answer.accessToken.isEmpty());
    }
}

void tst_TokenForm::cacheLifetime()
{
    QCOMPARE(tokenCacheLifetimeMs(3599), qint64(3299000));  // 5 minutes early
    QCOMPARE(tokenCacheLifetimeMs(600), qint64(300000));    // 5 min = half: same
    QCOMPARE(tokenCacheLifetimeMs(120), qint64(60000));     // half the lifetime
    QCOMPARE(tokenCacheLifetimeMs(0), qint64(0));
    QCOMPARE(tokenCacheLifetimeMs(-5), qint64(0));
}

QTEST_GUILESS_MAIN(tst_TokenForm)
#include "tst_tokenform.moc"
