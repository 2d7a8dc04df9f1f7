// SPDX-License-Identifier: MIT
#include "collector.h"
#include "retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace dwh;

class tst_RetryPolicy final : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void parse_data();
    void parse();
    void decide_data();
    void decide();
};

using OptionalMs = std::optional<qint64>;
Q_DECLARE_METATYPE(OptionalMs)

void tst_RetryPolicy::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("seconds") << QByteArray("30") << true << qint64(30000);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("spaces") << QByteArray("  7 ") << true << qint64(7000);
    QTest::newRow("huge") << QByteArray("99999999999999") << true << qint64(24LL * 3600 * 1000);
    QTest::newRow("imf-fixdate +90s") << QByteArray("Wed, 25 Nov 2026 10:01:30 GMT") << true
                                      << qint64(90000);
    QTest::newRow("rfc850 +10s") << QByteArray("Wednesday, 25-Nov-26 10:00:10 GMT") << true
                                 << qint64(10000);
    QTest::newRow("asctime +5s") << QByteArray("Wed Nov 25 10:00:05 2026") << true
                                 << qint64(5000);
    QTest::newRow("date in the past") << QByteArray("Tue, 24 Nov 2026 10:00:00 GMT") << true
                                      << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << false << qint64(0);
    QTest::newRow("bad date") << QByteArray("Wed, 45 Foo 2026 10:00:00 GMT") << false << qint64(0);
}

void tst_RetryPolicy::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 0, 0), QTimeZone::utc());
    const std::optional<qint64> parsed = parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ms);
}

void tst_RetryPolicy::decide_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("retryAfterMs");  // -1: no header
    QTest::addColumn<int>("retriesSoFar");
    QTest::addColumn<qint64>("waitedMs");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("waitMs");
    QTest::addColumn<bool>("waitBudgetExceeded");

    QTest::newRow("429 honours Retry-After") << 429 << qint64(3000) << 0 << qint64(0) << true
                                             << qint64(3000) << false;
    QTest::newRow("503 honours Retry-After") << 503 << qint64(2000) << 1 << qint64(1000) << true
                                             << qint64(2000) << false;
    QTest::newRow("no header: 1 s") << 429 << qint64(-1) << 0 << qint64(0) << true << qint64(1000)
                                    << false;
    QTest::newRow("no header: 2 s") << 429 << qint64(-1) << 1 << qint64(1000) << true
                                    << qint64(2000) << false;
    QTest::newRow("no header: 4 s") << 503 << qint64(-1) << 2 << qint64(3000) << true
                                    << qint64(4000) << false;
    QTest::newRow("retries spent") << 429 << qint64(1000) << 4 << qint64(4000) << false
                                   << qint64(0) << false;
    QTest::newRow("wait budget") << 429 << qint64(61000) << 0 << qint64(0) << false << qint64(0)
                                 << true;
    QTest::newRow("wait budget, cumulative") << 429 << qint64(30000) << 1 << qint64(31000)
                                             << false << qint64(0) << true;
    QTest::newRow("exactly the budget") << 429 << qint64(30000) << 1 << qint64(30000) << true
                                        << qint64(30000) << false;
    QTest::newRow("500 is not retried") << 500 << qint64(1000) << 0 << qint64(0) << false
                                        << qint64(0) << false;
    QTest::newRow("401 is not retried here") << 401 << qint64(-1) << 0 << qint64(0) << false
                                             << qint64(0) << false;
}

void tst_RetryPolicy::decide()
{
    QFETCH(int, status);
    QFETCH(qint64, retryAfterMs);
    QFETCH(int, retriesSoFar);
    QFETCH(qint64, waitedMs);
    QFETCH(bool, retry);
    QFETCH(qint64, waitMs);
    QFETCH(bool, waitBudgetExceeded);
    RequestLimits limits;  // 4 retries, 60 s
    const RetryDecision decision =
        decideRetry(status, retryAfterMs < 0 ? std::nullopt : std::optional<qint64>(retryAfterMs),
                    retriesSoFar, waitedMs, limits);
    QCOMPARE(decision.retry, retry);
    if (retry)
        QCOMPARE(decision.waitMs, waitMs);
    QCOMPARE(decision.waitBudgetExceeded, waitBudgetExceeded);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
