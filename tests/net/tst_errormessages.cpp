// SPDX-License-Identifier: MIT
#include "errormessages.h"

#include <QTest>

using namespace dwh;

Q_DECLARE_METATYPE(dwh::Service)

class tst_ErrorMessages final : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void http_data();
    void http();
    void unauthorizedChallenge();
    void network_data();
    void network();
    void timeout();
    void gaveUp_data();
    void gaveUp();
    void redirect();
    void serverTextVerbatim();
};

void tst_ErrorMessages::http_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");  // the exact message
    QTest::addColumn<QString>("absent");    // must not appear ("" = no check)

    QTest::newRow("dataverse 429")
        << Service::Dataverse << 429
        << QByteArray(R"({"error":{"code":"0x80072322","message":"Number of requests exceeded the limit of 6000 over time window of 300 seconds."}})")
        << QStringLiteral("Dataverse answered 429 Too Many Requests: 0x80072322: Number of "
                          "requests exceeded the limit of 6000 over time window of 300 seconds.")
        << QString();
    QTest::newRow("dataverse 400 empty code")
        << Service::Dataverse << 400
        << QByteArray(R"({"error":{"code":"","message":"Could not find a property named 'foo' on type 'Microsoft.Dynamics.CRM.solution'."}})")
        << QStringLiteral("Dataverse answered 400 Bad Request: Could not find a property named "
                          "'foo' on type 'Microsoft.Dynamics.CRM.solution'.")
        << QString();
    QTest::newRow("dataverse 403")
        << Service::Dataverse << 403
        << QByteArray(R"({"error":{"code":"0x80040220","message":"Principal user (Id=1) is missing prvReadSolution privilege"}})")
        << QStringLiteral("Dataverse answered 403 Forbidden: 0x80040220: Principal user (Id=1) "
                          "is missing prvReadSolution privilege")
        << QString();
    QTest::newRow("dataverse 401 with body")
        << Service::Dataverse << 401
        << QByteArray(R"({"error":{"code":"0x80072560","message":"The user is not a member of the organization."}})")
        << QStringLiteral("Dataverse refused the access token (401): 0x80072560: The user is not "
                          "a member of the organization.")
        << QString();
    QTest::newRow("fo innererror")
        << Service::FinanceAndOperations << 500
        << QByteArray(R"x({"error":{"code":"","message":"An error has occurred.","innererror":{"message":"Cannot select a record in Legal entities (CompanyInfo).","type":"Microsoft.Dynamics.Ax.Xpp.ErrorException","stacktrace":"   at Foo()\r\n   at Bar()"}}})x")
        << QStringLiteral("Finance and operations answered 500 Internal Server Error: An error "
                          "has occurred. (Cannot select a record in Legal entities (CompanyInfo).)")
        << QStringLiteral("at Foo");
    QTest::newRow("fo 404 no innererror")
        << Service::FinanceAndOperations << 404
        << QByteArray(R"({"error":{"code":"","message":"No HTTP resource was found that matches the request URI."}})")
        << QStringLiteral("Finance and operations answered 404 Not Found: No HTTP resource was "
                          "found that matches the request URI.")
        << QString();
    QTest::newRow("power platform")
        << Service::PowerPlatform << 404
        << QByteArray(R"({"error":{"code":"ConnectionNotFound","message":"Could not find connection 'abc'."}})")
        << QStringLiteral("Power Platform answered 404 Not Found: ConnectionNotFound: Could not "
                          "find connection 'abc'.")
        << QString();
    QTest::newRow("entra invalid client")
        << Service::Entra << 401
        << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: "
                      "Invalid client secret provided. Ensure the secret being sent in the "
                      "request is the client secret value, not the client secret ID.\\r\\n"
                      "Trace ID: 0a1b\\r\\nCorrelation ID: 2c3d\\r\\nTimestamp: 2026-11-23 "
                      "10:00:00Z\",\"error_codes\":[7000215],\"timestamp\":\"2026-11-23 "
                      "10:00:00Z\",\"trace_id\":\"0a1b\",\"correlation_id\":\"2c3d\"}")
        << QStringLiteral("Microsoft Entra ID refused the sign-in: AADSTS7000215: Invalid client "
                          "secret provided. Ensure the secret being sent in the request is the "
                          "client secret value, not the client secret ID. (HTTP 401, "
                          "invalid_client)")
        << QStringLiteral("Trace ID");
    QTest::newRow("entra invalid scope")
        << Service::Entra << 400
        << QByteArray("{\"error\":\"invalid_scope\",\"error_description\":\"AADSTS70011: The "
                      "provided value for scope is not valid.\\r\\nTrace ID: x\\r\\n"
                      "Correlation ID: y\",\"error_codes\":[70011]}")
        << QStringLiteral("Microsoft Entra ID refused the sign-in: AADSTS70011: The provided "
                          "value for scope is not valid. (HTTP 400, invalid_scope)")
        << QStringLiteral("Correlation");
    QTest::newRow("entra tenant not found")
        << Service::Entra << 400
        << QByteArray("{\"error\":\"invalid_request\",\"error_description\":\"AADSTS90002: "
                      "Tenant 'x' not found.\\nTrace ID: a\"}")
        << QStringLiteral("Microsoft Entra ID refused the sign-in: AADSTS90002: Tenant 'x' not "
                          "found. (HTTP 400, invalid_request)")
        << QString();
    QTest::newRow("html page")
        << Service::Dataverse << 502
        << QByteArray("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                      "<body>nginx</body></html>")
        << QStringLiteral("Dataverse returned an HTML page instead of JSON (status 502)")
        << QString();
    QTest::newRow("html lowercase, leading space")
        << Service::FinanceAndOperations << 200
        << QByteArray("  <html><body>Sign in</body></html>")
        << QStringLiteral("Finance and operations returned an HTML page instead of JSON (status 200)")
        << QString();
    QTest::newRow("empty body")
        << Service::Dataverse << 503 << QByteArray()
        << QStringLiteral("Dataverse answered 503 Service Unavailable with an empty body")
        << QString();
    QTest::newRow("empty 401")
        << Service::PowerPlatform << 401 << QByteArray()
        << QStringLiteral("Power Platform refused the access token (401): no reason given")
        << QString();
    QTest::newRow("non-json")
        << Service::PowerPlatform << 500 << QByteArray("upstream connect error\r\nreset")
        << QStringLiteral("Power Platform answered 500 Internal Server Error: an answer that is "
                          "not JSON: upstream connect error reset")
        << QString();
    QTest::newRow("odd status")
        << Service::Dataverse << 418 << QByteArray(R"({"error":{"code":"x","message":"teapot"}})")
        << QStringLiteral("Dataverse answered 418: x: teapot") << QString();
    // Server text is shown verbatim: a %1…%4 in it is never substituted by a later argument.
    QTest::newRow("entra text with placeholders")
        << Service::Entra << 401
        << QByteArray(R"({"error":"invalid_client","error_description":"AADSTS7000215: bad %1 %2 %3 %4 %5 secret"})")
        << QStringLiteral("Microsoft Entra ID refused the sign-in: AADSTS7000215: bad %1 %2 %3 "
                          "%4 %5 secret (HTTP 401, invalid_client)")
        << QString();
    QTest::newRow("entra 5xx text with placeholders")
        << Service::Entra << 503
        << QByteArray(R"({"error":"temporarily_unavailable","error_description":"try %3 later %4"})")
        << QStringLiteral("Microsoft Entra ID failed with a server error during the sign-in: try "
                          "%3 later %4 (HTTP 503, temporarily_unavailable)")
        << QString();
    QTest::newRow("dataverse text with placeholders")
        << Service::Dataverse << 400
        << QByteArray(R"({"error":{"code":"%2","message":"value %1 and %3 and %L1"}})")
        << QStringLiteral("Dataverse answered 400 Bad Request: %2: value %1 and %3 and %L1")
        << QString();
    QTest::newRow("json without error")
        << Service::Dataverse << 500 << QByteArray(R"({"Message":"An error has occurred."})")
        << QStringLiteral("Dataverse answered 500 Internal Server Error: An error has occurred.")
        << QString();
}

void tst_ErrorMessages::http()
{
    QFETCH(Service, service);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    HttpHeaders headers;
    headers.add("Content-Type", "application/json; odata.metadata=minimal");
    const QString message = httpErrorMessage(service, status, headers, body);
    QCOMPARE(message, expected);
    QVERIFY(message.contains(serviceDisplayName(service)));
    QVERIFY(message.contains(QString::number(status)));
    if (!absent.isEmpty())
        QVERIFY2(!message.contains(absent), qPrintable(message));
}

void tst_ErrorMessages::unauthorizedChallenge()
{
    HttpHeaders headers;
    headers.add("www-authenticate",
                "Bearer authorization_uri=https://login.microsoftonline.com/t/oauth2/authorize, "
                "resource_id=https://org.crm.dynamics.com, error=\"invalid_token\", "
                "error_description=\"The access token expired\"");
    QCOMPARE(httpErrorMessage(Service::Dataverse, 401, headers, QByteArray()),
             QStringLiteral("Dataverse refused the access token (401): The access token expired"));
}

void tst_ErrorMessages::network_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                             << QStringList{QStringLiteral("Dataverse"),
                                            QStringLiteral("connection was refused"),
                                            QStringLiteral("org.crm.dynamics.com:443")};
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError)
                         << QStringList{QStringLiteral("Dataverse"),
                                        QStringLiteral("was not found")};
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError)
                         << QStringList{QStringLiteral("TLS certificate not trusted"),
                                        QStringLiteral("Dataverse"),
                                        QStringLiteral("self-signed"),
                                        QStringLiteral("the connection was refused"),
                                        QStringLiteral("never ignores certificate errors")};
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError)
                            << QStringList{QStringLiteral("Dataverse"),
                                           QStringLiteral("closed the connection")};
    QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError)
                               << QStringList{QStringLiteral("cancelled")};
    QTest::newRow("other") << int(QNetworkReply::ProtocolFailure)
                           << QStringList{QStringLiteral("Could not reach Dataverse"),
                                          QStringLiteral("self-signed")};
}

void tst_ErrorMessages::network()
{
    QFETCH(int, error);
    QFETCH(QStringList, parts);
    const QString message =
        networkErrorMessage(Service::Dataverse, QNetworkReply::NetworkError(error),
                            QStringLiteral("org.crm.dynamics.com:443"),
                            QStringLiteral("The certificate is self-signed, and untrusted"));
    for (const QString &part : parts)
        QVERIFY2(message.contains(part), qPrintable(message));
}

void tst_ErrorMessages::timeout()
{
    QCOMPARE(timeoutMessage(Service::FinanceAndOperations, 30000),
             QStringLiteral("Finance and operations did not answer: timed out after 30 s"));
    QCOMPARE(timeoutMessage(Service::Dataverse, 500),
             QStringLiteral("Dataverse did not answer: timed out after 0.5 s"));
}

void tst_ErrorMessages::gaveUp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("answers");
    QTest::addColumn<bool>("budget");
    QTest::addColumn<QString>("expected");
    QTest::newRow("429 x4") << 429 << QByteArray("30") << 4 << false
                            << QStringLiteral("Dataverse throttled the request (429, Retry-After "
                                              "30 s) 4 times; gave up: 0x80072322: limit");
    QTest::newRow("429 once, budget") << 429 << QByteArray("120") << 1 << true
                                      << QStringLiteral("Dataverse throttled the request (429, "
                                                        "Retry-After 120 s) once; gave up "
                                                        "(waiting again would pass the retry "
                                                        "budget): 0x80072322: limit");
    QTest::newRow("503 no header") << 503 << QByteArray() << 5 << false
                                   << QStringLiteral("Dataverse was unavailable (503, no "
                                                     "Retry-After) 5 times; gave up: "
                                                     "0x80072322: limit");
}

void tst_ErrorMessages::gaveUp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, answers);
    QFETCH(bool, budget);
    QFETCH(QString, expected);
    QCOMPARE(gaveUpMessage(Service::Dataverse, status, retryAfter, answers, budget,
                           QStringLiteral("0x80072322: limit")),
             expected);
}

void tst_ErrorMessages::redirect()
{
    const QString message = redirectMessage(
        Service::FinanceAndOperations, 302,
        "https://login.microsoftonline.com/common/oauth2/authorize?client_id=x");
    QVERIFY2(message.contains(QLatin1String("login.microsoftonline.com")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("302")));
    QVERIFY(message.contains(QLatin1String("Finance and operations")));
    QVERIFY(!message.contains(QLatin1String("client_id")));
}

void tst_ErrorMessages::serverTextVerbatim()
{
    // A Content-Type, a Retry-After and a fault from the server keep their %N as sent.
    QCOMPARE(contentTypeMessage(Service::Dataverse, 200, "text/%3%2", "plain"),
             QStringLiteral("Dataverse: malformed answer: labelled text/%3%2 instead of JSON "
                            "(status 200); a proxy or a sign-in page may be answering instead of "
                            "the service"));
    QCOMPARE(gaveUpMessage(Service::Dataverse, 429, "%4 %3", 2, false, QStringLiteral("%1")),
             QStringLiteral("Dataverse throttled the request (429, Retry-After %4 %3) 2 times; "
                            "gave up: %1"));
}

QTEST_GUILESS_MAIN(tst_ErrorMessages)
#include "tst_errormessages.moc"
