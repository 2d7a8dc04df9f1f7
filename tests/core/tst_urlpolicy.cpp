// SPDX-License-Identifier: MIT
#include "urlpolicy.h"

#include <QTest>

using namespace dwh;

class tst_UrlPolicy : public QObject
{
    Q_OBJECT
private slots:
    void serviceUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://contoso.crm.dynamics.com") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:4000") << true;
        QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.8.9.10") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://LOCALHOST:80") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http remote") << QStringLiteral("http://contoso.crm.dynamics.com") << false;
        QTest::newRow("http private range") << QStringLiteral("http://10.0.0.5") << false;
        QTest::newRow("http look-alike") << QStringLiteral("http://127.0.0.1.evil.example") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("relative") << QStringLiteral("contoso.crm.dynamics.com") << false;
        QTest::newRow("user info") << QStringLiteral("https://u:p@contoso.crm.dynamics.com") << false;
        QTest::newRow("query") << QStringLiteral("https://contoso.crm.dynamics.com/?a=b") << false;
    }
    void serviceUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(serviceUrlProblem(QUrl(url)).isEmpty(), allowed);
    }
    void trailingSlash()
    {
        QCOMPARE(withoutTrailingSlash(QUrl(QStringLiteral("https://a.b/x//"))).toString(),
                 QStringLiteral("https://a.b/x"));
    }
};

QTEST_GUILESS_MAIN(tst_UrlPolicy)
#include "tst_urlpolicy.moc"
