// SPDX-License-Identifier: MIT
// What the troubleshooter reads: a whole log with several errors, a HAR file, a JSON error body,
// and a message it does not know (closest symptoms).
#include "pastedtext.h"
#include "troubleshooter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dwh;

namespace {

// The errors of a bad morning, with the noise of a real log between them.
const char *const MULTI_ERROR_LOG =
    "2026-11-23 09:59:58 INFO  Dual-write page opened by admin@contoso.com\n"
    "2026-11-23 10:00:02 ERROR Response status code does not indicate success: 403 (tokenexchange).\n"
    "                          Session ID: 6c1b8a0e-4f7d-4c59-9f0e-2d3b1a7c9e11\n"
    "2026-11-23 10:00:03 ERROR SecureConfig Organization (ContosoUAT) does not\n"
    "                          match actual CRM Organization (org1234abcd)\n"
    "2026-11-23 10:00:04 WARN  Health check: DWDVEV1007 Default owning team isn't present in company.\n"
    "2026-11-23 10:00:05 ERROR Customer groups (msdyn_customergroups) : Dualwrite failure - Dynamics 365 for "
    "Sales solution 'Dynamics365Company' has version mismatch. Version: '2.0.2.10' Required version: '2.0.133'\n"
    "2026-11-23 10:00:06 INFO  retrying in 30 s\n"
    "2026-11-23 10:00:07 ERROR Validation of map Customers V3 (accounts): DIPV1003 Integration keys are missing\n"
    "2026-11-23 10:00:08 ERROR Unable to write data to table ... Principal team (Id=2f3a9c44-1b7e-4c6d-9a0f-"
    "5e8d7c6b5a41, type=9), is missing prvReadcol_customertype privilege (Id=7c1e2d3f-4a5b-4c6d-8e9f-"
    "0a1b2c3d4e5f) on OTC=10543.\n";

QJsonObject harEntry(const QString &method, const QString &url, int status, const QString &statusText,
                     const QString &body, bool base64 = false)
{
    QJsonObject content{{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                        {QStringLiteral("text"), base64 ? QString::fromLatin1(body.toUtf8().toBase64()) : body}};
    if (base64)
        content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    return QJsonObject{
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("method"), method},
                     {QStringLiteral("url"), url},
                     {QStringLiteral("headers"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Authorization")},
                                             {QStringLiteral("value"), QStringLiteral("Bearer eyJ0eXAi.secret.token")}}}}}},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("status"), status},
                     {QStringLiteral("statusText"), statusText},
                     {QStringLiteral("content"), content}}}};
}

QString har(const QJsonArray &entries)
{
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("WebInspector")}}},
                          {QStringLiteral("entries"), entries}};
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson());
}

QStringList errorIds(const QList<SymptomMatch> &matches)
{
    QStringList out;
    for (const SymptomMatch &m : matches) {
        if (m.alternativeTo < 0)
            out << m.symptom.id;
    }
    return out;
}

const SymptomMatch *find(const QList<SymptomMatch> &matches, const QString &id)
{
    for (const SymptomMatch &m : matches) {
        if (m.symptom.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace

class tst_TroubleshooterInput : public QObject
{
    Q_OBJECT
private slots:
    void multiErrorLogListsEachErrorWithItsLines()
    {
        const QList<SymptomMatch> matches = Troubleshooter().explain(QString::fromUtf8(MULTI_ERROR_LOG));
        const QStringList errors = errorIds(matches);
        const QList<QPair<QString, QList<int>>> expected{
            {QStringLiteral("link-403-tokenexchange"), {1, 2}},
            {QStringLiteral("secureconfig-organization-mismatch"), {3, 4}},
            {QStringLiteral("hc-dwdvev1007"), {5}},
            {QStringLiteral("version-mismatch"), {6}},
            {QStringLiteral("dipv1003"), {8}},
            {QStringLiteral("principal-team-missing-privilege"), {9}},
        };
        for (const auto &e : expected) {
            QVERIFY2(errors.contains(e.first), qPrintable(e.first + QStringLiteral(" not in ") + errors.join(QLatin1Char(','))));
            const SymptomMatch *m = find(matches, e.first);
            QList<int> lines;
            for (const MatchedLine &l : m->lines)
                lines << l.index;
            QCOMPARE(lines, e.second);
            QCOMPARE(m->lines.first().where, QStringLiteral("line %1").arg(e.second.first() + 1));
        }
        QCOMPARE(errors.size(), expected.size());
        for (qsizetype i = 1; i < matches.size(); ++i)
            QVERIFY(matches.at(i - 1).score >= matches.at(i).score);  // ranked
        const SymptomMatch *secure = find(matches, QStringLiteral("secureconfig-organization-mismatch"));
        QCOMPARE(secure->fields.value(QStringLiteral("configured")), QStringLiteral("ContosoUAT"));
        QCOMPARE(find(matches, QStringLiteral("version-mismatch"))->versionMismatches.size(), 1);
    }

    void sameMessageReadTwoWaysIsOneError()
    {
        const QList<SymptomMatch> matches = Troubleshooter().explain(QStringLiteral("403 Forbidden"));
        QVERIFY(matches.size() >= 3);
        QCOMPARE(errorIds(matches).size(), 1);
        for (qsizetype i = 1; i < matches.size(); ++i)
            QCOMPARE(matches.at(i).alternativeTo, 0);
    }

    void harFileIsRead()
    {
        const QString body403 = QStringLiteral(
            "{\"error\":{\"code\":\"0x80072560\",\"message\":\"[{\\\"error\\\":{\\\"code\\\":\\\"0x80072560\\\","
            "\\\"message\\\":\\\"The user is not a member of the organization.\\\"}}], The remote server returned "
            "an error: (403) Forbidden.\"}}");
        const QJsonArray entries{
            harEntry(QStringLiteral("GET"), QStringLiteral("https://contoso.operations.dynamics.com/data/Customers?$top=1"),
                     200, QStringLiteral("OK"), QStringLiteral("{\"value\":[]}")),
            harEntry(QStringLiteral("POST"),
                     QStringLiteral("https://dataintegrator.trafficmanager.net/api/projects/stop?code=SECRETCODE"), 500,
                     QStringLiteral("Internal Server Error"),
                     QStringLiteral("{\"message\":\"SecureConfig Organization (ProjOpsTest4) does not match actual CRM "
                                    "Organization (org6459f7a8_195867911_20200717T174709).\"}")),
            harEntry(QStringLiteral("POST"), QStringLiteral("https://contoso.crm4.dynamics.com/api/data/v9.2/accounts"),
                     403, QStringLiteral("Forbidden"), body403, true),
            harEntry(QStringLiteral("GET"), QStringLiteral("https://contoso.operations.dynamics.com/api/dualwrite"), 404,
                     QStringLiteral("Not Found"), QString()),
        };
        PastedText decoded;
        const QList<SymptomMatch> matches = Troubleshooter().explain(har(entries), &decoded);
        QCOMPARE(decoded.kind, PastedText::Kind::Har);
        const QStringList errors = errorIds(matches);
        QVERIFY2(errors.contains(QStringLiteral("secureconfig-organization-mismatch")), qPrintable(errors.join(QLatin1Char(','))));
        QVERIFY2(errors.contains(QStringLiteral("live-sync-user-not-member")), qPrintable(errors.join(QLatin1Char(','))));
        const SymptomMatch *secure = find(matches, QStringLiteral("secureconfig-organization-mismatch"));
        QVERIFY2(secure->lines.first().where.startsWith(QLatin1String("HAR entry 2 (POST dataintegrator.trafficmanager.net/api/projects/stop)")),
                 qPrintable(secure->lines.first().where));
        QVERIFY(secure->lines.first().where.contains(QLatin1String("message")));
        // The base64 body was decoded, its nested JSON string unescaped.
        const SymptomMatch *member = find(matches, QStringLiteral("live-sync-user-not-member"));
        QVERIFY(member->lines.first().where.startsWith(QLatin1String("HAR entry 3")));
        QVERIFY(member->lines.first().text.contains(QLatin1String("The user is not a member of the organization.")));
        // A failed exchange says its status only when it has no body.
        QStringList statusLines;
        for (const PastedLine &l : decoded.lines) {
            if (l.where.endsWith(QLatin1String(", status")))
                statusLines << l.where.left(12) + QLatin1Char('=') + l.text;
        }
        QCOMPARE(statusLines, QStringList{QStringLiteral("HAR entry 4 =404 Not Found")});
        // Headers and query strings are never read.
        for (const PastedLine &l : decoded.lines) {
            QVERIFY2(!l.text.contains(QLatin1String("eyJ0eXAi")) && !l.where.contains(QLatin1String("SECRETCODE")),
                     qPrintable(l.where));
        }
    }

    void jsonErrorBodyIsRead()
    {
        const QString body = QStringLiteral(
            "{\"error\":{\"code\":\"0x80040265\",\"message\":\"Unable to write data to entity msdyn_partypostaladdresses."
            "Writes to DirPartyPostalAddressLocationCDSEntity failed with error message Request failed with status code "
            "BadRequest and CDS error code : 0x80040265 response message: An error occurred in plugin. A record that has "
            "the attribute values Location ID already exists.\\nThe entity key Location ID Key requires that this set of "
            "attributes contains unique values.\",\"access_token\":\"eyJ0eXAi.secret\"}}");
        PastedText decoded;
        const QList<SymptomMatch> matches = Troubleshooter().explain(body, &decoded);
        QCOMPARE(decoded.kind, PastedText::Kind::Json);
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().symptom.id, QStringLiteral("address-location-id-key"));
        QCOMPARE(matches.first().lines.first().where, QStringLiteral("error.message"));
        for (const PastedLine &l : decoded.lines)
            QVERIFY2(!l.text.contains(QLatin1String("eyJ0eXAi")), "a token value was read");
    }

    void noMatchSuggestsClosestSymptoms()
    {
        const Troubleshooter t;
        const QString text = QStringLiteral("Das Speichern ist fehlgeschlagen: the integration key of the table map "
                                            "is wrong (Id=5e0c7a1d-3f2b-4d8e-9c6a-1b7f0e2d4a93)");
        QVERIFY(t.explain(text).isEmpty());
        const QList<SymptomSuggestion> closest = t.closest(text);
        QVERIFY(!closest.isEmpty() && closest.size() <= 3);
        QVERIFY2(closest.first().symptom.id.startsWith(QLatin1String("dipv10")), qPrintable(closest.first().symptom.id));
        QVERIFY(closest.first().sharedWords.contains(QStringLiteral("integration")));
        QVERIFY(!closest.first().sharedWords.contains(QStringLiteral("5e0c7a1d")));
        for (qsizetype i = 1; i < closest.size(); ++i)
            QVERIFY(closest.at(i - 1).similarity >= closest.at(i).similarity);
        QVERIFY(t.closest(QStringLiteral("zzz qqq 12345")).isEmpty());
    }

    void plainTextWithEscapesIsDecoded()
    {
        const PastedText p = readPastedText(QStringLiteral(
            "at X:\\bt\\1158727\\repo\\src\\Core.cs:line 265\n"
            "body=\"{\\\"message\\\":\\\"first\\\\nsecond \\u00e9\\\"}\""));
        QCOMPARE(p.kind, PastedText::Kind::Text);
        QCOMPARE(p.lines.first().text, QStringLiteral("at X:\\bt\\1158727\\repo\\src\\Core.cs:line 265"));
        QVERIFY2(p.joined().contains(QStringLiteral("{\"message\":\"first")), qPrintable(p.joined()));
        QVERIFY(p.joined().contains(QStringLiteral("second \u00e9")));
        QCOMPARE(p.lines.last().where, QStringLiteral("line 2"));
    }
};

QTEST_GUILESS_MAIN(tst_TroubleshooterInput)
#include "tst_troubleshooter_input.moc"
