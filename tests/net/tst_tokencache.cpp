// SPDX-License-Identifier: MIT
// The per-scope token cache the providers share: validity, one exchange for many callers, and
// answers that always arrive later, on the caller's thread, and never to a caller that is gone.
#include "tokencache.h"

#include <QTest>

#include <memory>

using namespace dwh;

class tst_TokenCache : public QObject
{
    Q_OBJECT
private slots:
    void keepsATokenWhileItIsValid()
    {
        TokenCache cache;
        QVERIFY(!cache.cached(QStringLiteral("a")));
        cache.store(QStringLiteral("a"), QStringLiteral("token-a"), 60000);
        cache.store(QStringLiteral("b"), QStringLiteral("token-b"), 0);  // no lifetime: not kept
        const auto a = cache.cached(QStringLiteral("a"));
        QVERIFY(a && a->ok);
        QCOMPARE(a->accessToken, QStringLiteral("token-a"));
        QVERIFY(!cache.cached(QStringLiteral("b")));
        cache.store(QStringLiteral("c"), QStringLiteral("token-c"), 20);
        QTRY_VERIFY(!cache.cached(QStringLiteral("c")));  // expired
        cache.remove(QStringLiteral("a"));
        QVERIFY(!cache.cached(QStringLiteral("a")));
        cache.store(QStringLiteral("a"), QStringLiteral("token-a"), 60000);
        cache.clear();
        QVERIFY(!cache.cached(QStringLiteral("a")));
    }

    void manyCallersOneExchangeQueuedAnswers()
    {
        TokenCache cache;
        QObject context;
        QStringList got;
        const auto collect = [&got](const QString &who) {
            return [&got, who](const TokenResult &r) { got << who + QLatin1Char(':') + r.accessToken; };
        };
        QVERIFY(cache.wait(QStringLiteral("s"), &context, collect(QStringLiteral("first"))));   // starts
        QVERIFY(!cache.wait(QStringLiteral("s"), &context, collect(QStringLiteral("second")))); // joins
        QVERIFY(cache.isWaiting(QStringLiteral("s")));
        TokenResult token;
        token.ok = true;
        token.accessToken = QStringLiteral("t");
        cache.deliver(QStringLiteral("s"), token);
        QVERIFY(!cache.isWaiting(QStringLiteral("s")));
        QVERIFY(got.isEmpty());  // never inside the call
        QTRY_COMPARE(got, (QStringList{QStringLiteral("first:t"), QStringLiteral("second:t")}));
    }

    void aCallerThatIsGoneIsNotAnswered()
    {
        TokenCache cache;
        auto gone = std::make_unique<QObject>();
        QObject stays;
        int answered = 0;
        cache.wait(QStringLiteral("x"), gone.get(), [&answered](const TokenResult &) { ++answered; });
        cache.wait(QStringLiteral("y"), &stays, [&answered](const TokenResult &) { answered += 10; });
        gone.reset();
        TokenResult failure;
        failure.error = QStringLiteral("signed out");
        cache.deliverAll(failure);
        QTRY_COMPARE(answered, 10);
        QTest::qWait(20);
        QCOMPARE(answered, 10);
        QVERIFY(!cache.isWaiting(QStringLiteral("x")) && !cache.isWaiting(QStringLiteral("y")));
    }
};

QTEST_GUILESS_MAIN(tst_TokenCache)
#include "tst_tokencache.moc"
