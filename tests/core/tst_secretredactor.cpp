// SPDX-License-Identifier: MIT
// Secret values are redacted wherever they appear and in whatever form; terminal text carries no
// control characters.
#include "report.h"
#include "secretredactor.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QTest>

using namespace dwh;

class tst_SecretRedactor : public QObject
{
    Q_OBJECT
private slots:
    void everyForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("as is") << "invalid secret Zq8~s3cr/t+x=y&z%1 given"
                               << "invalid secret [redacted] given";
        QTest::newRow("percent-encoded") << "client_secret=Zq8~s3cr%2Ft%2Bx%3Dy%26z%251&grant_type=x"
                                         << "client_secret=[redacted]&grant_type=x";
        QTest::newRow("percent-encoded, lower-case hex")
            << "s=Zq8~s3cr%2ft%2bx%3dy%26z%251" << "s=[redacted]";
        QTest::newRow("json-escaped slash") << R"({"d":"Zq8~s3cr\/t+x=y&z%1"})" << R"({"d":"[redacted]"})";
        QTest::newRow("refresh token") << "rt 1.AXYZrefresh-token-value-0123 end" << "rt [redacted] end";
        QTest::newRow("unknown jwt") << "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl, ok"
                                     << "Bearer [redacted], ok";
        QTest::newRow("piece of a jwt") << "token eyJ0eXAiOiJKV1QiLCJhbGc…" << "token [redacted]…";
        QTest::newRow("short values stay") << "id 1234567 and abc" << "id 1234567 and abc";
    }
    void everyForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        SecretRedactor r;
        r.add(QByteArray("Zq8~s3cr/t+x=y&z%1"));
        r.add(QStringLiteral("1.AXYZrefresh-token-value-0123"));
        r.add(QStringLiteral("1234567"));  // too short to be a secret: ignored
        QCOMPARE(r.redact(text), expected);
        QCOMPARE(r.redact(text.toUtf8()), expected.toUtf8());
    }

    void bytesThatAreNotUtf8StayAsTheyWere()
    {
        SecretRedactor r;
        r.add(QStringLiteral("the-secret-value"));
        const QByteArray body("\xff\xfe" " binary the-secret-value " "\x80");
        QCOMPARE(r.redact(body), QByteArray("\xff\xfe" " binary [redacted] " "\x80"));
    }

    void jsonAndReport()
    {
        SecretRedactor r;
        r.add(QStringLiteral("the-secret-value"));
        const QJsonObject o{{QStringLiteral("a"), QJsonArray{QStringLiteral("x the-secret-value")}},
                            {QStringLiteral("the-secret-value"), 1}};
        const QJsonObject out = r.redact(o);
        QCOMPARE(out.value(QStringLiteral("a")).toArray().at(0).toString(), QStringLiteral("x [redacted]"));
        QVERIFY(out.contains(QStringLiteral("[redacted]")));
        Report report;
        CheckResult c;
        c.message = QStringLiteral("echo the-secret-value");
        c.evidence << Evidence{QStringLiteral("entra"), QStringLiteral("POST /t"), 401,
                               QStringLiteral("AADSTS: the-secret-value"), {}, 0};
        report.steps << StepResult{Step::Prerequisites, {c}, QStringLiteral("n the-secret-value")};
        const Report clean = r.redact(report);
        QCOMPARE(clean.steps[0].checks[0].message, QStringLiteral("echo [redacted]"));
        QCOMPARE(clean.steps[0].checks[0].evidence[0].error, QStringLiteral("AADSTS: [redacted]"));
        QCOMPARE(clean.steps[0].note, QStringLiteral("n [redacted]"));
    }

    void terminalText()
    {
        const QString name = QStringLiteral("Contoso \x1b[2J\x1b]0;t\x07 GmbH\r\x9b" "1m\x7f\tok\n");
        QCOMPARE(terminalSafe(name), QStringLiteral("Contoso [2J]0;t GmbH1m\tok\n"));
        QCOMPARE(terminalSafe(QByteArray("a\x1b[31mb\n")), QByteArray("a[31mb\n"));
        QCOMPARE(terminalSafe(QStringLiteral("Köln – 東京")), QStringLiteral("Köln – 東京"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretRedactor)
#include "tst_secretredactor.moc"
