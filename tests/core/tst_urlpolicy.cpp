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
    void entraAuthorities_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("known");
        QTest::newRow("global") << QStringLiteral("https://login.microsoftonline.com") << true;
        QTest::newRow("global, slash, upper case") << QStringLiteral("https://LOGIN.microsoftonline.com/") << true;
        QTest::newRow("us government") << QStringLiteral("https://login.microsoftonline.us") << true;
        QTest::newRow("21vianet") << QStringLiteral("https://login.partner.microsoftonline.cn") << true;
        QTest::newRow("21vianet, alias") << QStringLiteral("https://login.chinacloudapi.cn") << true;
        QTest::newRow("germany, closed 2021") << QStringLiteral("https://login.microsoftonline.de") << false;
        QTest::newRow("loopback simulator") << QStringLiteral("http://127.0.0.1:38211") << true;
        QTest::newRow("localhost https") << QStringLiteral("https://localhost:8443") << true;
        QTest::newRow("look-alike suffix") << QStringLiteral("https://login.microsoftonline.com.evil.example") << false;
        QTest::newRow("look-alike prefix") << QStringLiteral("https://evil-login.microsoftonline.com") << false;
        QTest::newRow("other host") << QStringLiteral("https://sts.contoso.example") << false;
        QTest::newRow("plain http") << QStringLiteral("http://login.microsoftonline.com") << false;
        QTest::newRow("other port") << QStringLiteral("https://login.microsoftonline.com:8443") << false;
        QTest::newRow("user info") << QStringLiteral("https://a@login.microsoftonline.com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void entraAuthorities()
    {
        QFETCH(QString, url);
        QFETCH(bool, known);
        QCOMPARE(isKnownEntraAuthority(QUrl(url)), known);
    }
    void trailingSlash()
    {
        QCOMPARE(withoutTrailingSlash(QUrl(QStringLiteral("https://a.b/x//"))).toString(),
                 QStringLiteral("https://a.b/x"));
    }
};

QTEST_GUILESS_MAIN(tst_UrlPolicy)
#include "tst_urlpolicy.moc"
