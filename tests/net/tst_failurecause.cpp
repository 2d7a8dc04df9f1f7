// SPDX-License-Identifier: MIT
#include "failurecause.h"

#include <QTest>

using namespace dwh;

Q_DECLARE_METATYPE(dwh::FailureCause)
Q_DECLARE_METATYPE(QList<dwh::Evidence>)

namespace {
Evidence answer(const char *service, int status, const QString &error = QString())
{
    Evidence e;
    e.service = QLatin1String(service);
    e.request = QStringLiteral("GET /x");
    e.status = status;
    e.error = error;
    return e;
}

Evidence transport(const char *service, QNetworkReply::NetworkError error)
{
    Evidence e = answer(service, 0, QStringLiteral("whatever the message says"));
    e.networkError = error;
    return e;
}
} // namespace

class tst_FailureCause final : public QObject
{
    Q_OBJECT
private slots:
    void networkErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<FailureCause>("cause");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << FailureCause::Unreachable;
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << FailureCause::Unreachable;
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << FailureCause::Unreachable;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << FailureCause::Tls;
        QTest::newRow("proxy auth") << int(QNetworkReply::ProxyAuthenticationRequiredError) << FailureCause::Proxy;
        QTest::newRow("proxy refused") << int(QNetworkReply::ProxyConnectionRefusedError) << FailureCause::Proxy;
        QTest::newRow("none") << int(QNetworkReply::NoError) << FailureCause::None;
    }
    void networkErrors()
    {
        QFETCH(int, error);
        QFETCH(FailureCause, cause);
        QCOMPARE(int(classifyNetworkError(QNetworkReply::NetworkError(error))), int(cause));
    }

    void entraCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<FailureCause>("cause");
        QTest::newRow("invalid secret") << QStringLiteral("AADSTS7000215") << FailureCause::CredentialsRefused;
        QTest::newRow("expired secret") << QStringLiteral("AADSTS7000222") << FailureCause::CredentialsRefused;
        QTest::newRow("unknown app") << QStringLiteral("AADSTS700016") << FailureCause::CredentialsRefused;
        QTest::newRow("unknown tenant") << QStringLiteral("AADSTS90002") << FailureCause::CredentialsRefused;
        QTest::newRow("no consent") << QStringLiteral("AADSTS65001") << FailureCause::ConsentMissing;
        QTest::newRow("resource not in tenant") << QStringLiteral("AADSTS500011") << FailureCause::ConsentMissing;
        QTest::newRow("user declined") << QStringLiteral("AADSTS65004") << FailureCause::CredentialsRefused;
        QTest::newRow("digits only") << QStringLiteral("65001") << FailureCause::ConsentMissing;
        QTest::newRow("throttled") << QStringLiteral("AADSTS90055") << FailureCause::Throttled;
        QTest::newRow("unlisted") << QStringLiteral("AADSTS1") << FailureCause::Other;
        QTest::newRow("garbage") << QStringLiteral("hello") << FailureCause::Other;
    }
    void entraCodes()
    {
        QFETCH(QString, code);
        QFETCH(FailureCause, cause);
        QCOMPARE(int(classifyEntraCode(code)), int(cause));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QList<Evidence>>("evidence");
        QTest::addColumn<FailureCause>("cause");
        // The headline bug of issue 14: a sign-in whose token request never reached Entra.
        QTest::newRow("sign-in, host not found")
            << QStringLiteral("Microsoft Entra ID sign-in failed: Could not reach Microsoft Entra ID: host x was not found")
            << QList<Evidence>{transport("entra", QNetworkReply::HostNotFoundError)} << FailureCause::Unreachable;
        QTest::newRow("sign-in, TLS")
            << QStringLiteral("sign-in failed") << QList<Evidence>{transport("entra", QNetworkReply::SslHandshakeFailedError)}
            << FailureCause::Tls;
        QTest::newRow("proxy 407")
            << QStringLiteral("Dataverse answered 407") << QList<Evidence>{answer("dataverse", 407)} << FailureCause::Proxy;
        QTest::newRow("wrong secret")
            << QStringLiteral("Microsoft Entra ID refused the sign-in: AADSTS7000215: Invalid client secret provided.")
            << QList<Evidence>{answer("entra", 401, QStringLiteral("AADSTS7000215: Invalid client secret provided."))}
            << FailureCause::CredentialsRefused;
        QTest::newRow("consent, code in the evidence only")
            << QStringLiteral("sign-in failed")
            << QList<Evidence>{answer("entra", 400, QStringLiteral("AADSTS65001: The user or administrator has not consented"))}
            << FailureCause::ConsentMissing;
        QTest::newRow("entra 401 without a code")
            << QStringLiteral("refused") << QList<Evidence>{answer("entra", 401)} << FailureCause::CredentialsRefused;
        QTest::newRow("throttled")
            << QStringLiteral("Dataverse throttled the request (429) 4 times; gave up")
            << QList<Evidence>{answer("dataverse", 429), answer("dataverse", 429)} << FailureCause::Throttled;
        QTest::newRow("403 from the service")
            << QStringLiteral("Dataverse answered 403 Forbidden") << QList<Evidence>{answer("dataverse", 403)}
            << FailureCause::Other;
        QTest::newRow("nothing") << QString() << QList<Evidence>{} << FailureCause::None;
    }
    void failures()
    {
        QFETCH(QString, error);
        QFETCH(QList<Evidence>, evidence);
        QFETCH(FailureCause, cause);
        QCOMPARE(int(classifyFailure(error, evidence)), int(cause));
    }

    void evidenceJsonLeavesTheNetworkErrorOut()
    {
        const Evidence e = transport("entra", QNetworkReply::HostNotFoundError);
        QVERIFY(!e.toJson().contains(QStringLiteral("networkError")));
    }
};

QTEST_GUILESS_MAIN(tst_FailureCause)
#include "tst_failurecause.moc"
