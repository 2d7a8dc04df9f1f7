// SPDX-License-Identifier: MIT
// The built-in catalogue, symptom by symptom: every message pattern is exercised by a real
// example of its own symptom, every example (and its pasted variants: other case, line breaks,
// other GUIDs, "dualwrite", localized text around it, escaped inside JSON) is ranked first for
// its own symptom, and every symptom names its sources and its documentation.
#include "matchtext.h"
#include "remediationplan.h"
#include "ruleset.h"
#include "symptomcatalogue.h"
#include "troubleshooter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dwh;

namespace {

QStringList ids(const QList<SymptomMatch> &matches)
{
    QStringList out;
    for (const SymptomMatch &m : matches)
        out << m.symptom.id;
    return out;
}

// Every GUID with each hex digit moved on by 7: the same shape, other values.
QString otherGuids(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral(R"([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    QRegularExpressionMatchIterator it = guid.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString g = m.captured(0).toLower();
        for (QChar &c : g) {
            if (c != QLatin1Char('-'))
                c = QString::number((QString(c).toInt(nullptr, 16) + 7) % 16, 16).at(0);
        }
        out.replace(m.capturedStart(), g.size(), g);
    }
    return out;
}

// A line break after every fifth word, as a narrow terminal or an e-mail wraps a message.
QString wrapped(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (int i = 5; i < words.size(); i += 6)
        words.insert(i, QStringLiteral("\n"));
    return words.join(QLatin1Char(' ')).replace(QStringLiteral(" \n "), QStringLiteral("\n"));
}

QString jsonBody(const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), QStringLiteral("0x80040216")},
                            {QStringLiteral("message"), message}};
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson());
}

} // namespace

class tst_SymptomCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(SymptomCatalogue::builtin().symptoms.size() >= 80,
                 "the built-in catalogue did not load, or lost symptoms; see the warning above");
    }

    // One row per message pattern of the catalogue.
    void everyPatternMatchesAnExampleOfItsSymptom_data()
    {
        QTest::addColumn<QString>("symptomId");
        QTest::addColumn<int>("pattern");
        for (const Symptom &s : SymptomCatalogue::builtin().symptoms) {
            for (int i = 0; i < s.patterns.size(); ++i) {
                if (s.patterns.at(i).weight > 0)
                    QTest::addRow("%s/%d", qPrintable(s.id), i) << s.id << i;
            }
        }
    }

    void everyPatternMatchesAnExampleOfItsSymptom()
    {
        QFETCH(QString, symptomId);
        QFETCH(int, pattern);
        const Symptom *s = SymptomCatalogue::builtin().find(symptomId);
        QVERIFY(s);
        const SymptomPattern &p = s->patterns.at(pattern);
        bool matched = false;
        for (const QString &example : s->examples) {
            const QString text = MatchText::fromLines(readPastedText(example).lines).text;
            matched = matched || p.regex.match(text).hasMatch();
        }
        QVERIFY2(matched, qPrintable(QStringLiteral("no example of %1 exercises %2").arg(symptomId, p.regex.pattern())));
    }

    // One row per example and way of pasting it; the symptom must stay the best match.
    void pastedVariantsRankTheirSymptomFirst_data()
    {
        QTest::addColumn<QString>("symptomId");
        QTest::addColumn<QString>("text");
        for (const Symptom &s : SymptomCatalogue::builtin().symptoms) {
            for (int i = 0; i < s.examples.size(); ++i) {
                const QString e = s.examples.at(i);
                const QByteArray row = s.id.toUtf8() + '/' + QByteArray::number(i);
                QTest::newRow(row + "/as quoted") << s.id << e;
                QTest::newRow(row + "/upper case") << s.id << e.toUpper();
                QTest::newRow(row + "/line breaks") << s.id << wrapped(e);
                QTest::newRow(row + "/other guids") << s.id << otherGuids(e);
                QTest::newRow(row + "/dualwrite") << s.id << QString(e).replace(QStringLiteral("Dual write"), QStringLiteral("dualwrite"))
                                                                  .replace(QStringLiteral("dual-write"), QStringLiteral("DualWrite"));
                QTest::newRow(row + "/localized browser text")
                    << s.id << QStringLiteral("Fehler beim Speichern des Datensatzes. Details anzeigen\n") + e
                                   + QStringLiteral("\nWeitere Informationen erhalten Sie bei Ihrem Administrator. Schließen");
                QTest::newRow(row + "/json error body") << s.id << jsonBody(e);
                QTest::newRow(row + "/escaped in a log line")
                    << s.id << QStringLiteral("2026-11-23T10:00:04Z ERR body={\\\"message\\\":\\\"")
                                   + QString(e).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QStringLiteral("\\\"}");
            }
        }
    }

    void pastedVariantsRankTheirSymptomFirst()
    {
        QFETCH(QString, symptomId);
        QFETCH(QString, text);
        const QList<SymptomMatch> matches = Troubleshooter().explain(text);
        QVERIFY2(!matches.isEmpty(), qPrintable(text));
        QVERIFY2(matches.first().symptom.id == symptomId,
                 qPrintable(ids(matches).join(QLatin1Char(',')) + QStringLiteral("\n") + text));
        QVERIFY(!matches.first().lines.isEmpty());
    }

    // A long message cut short (a fifth of it lost, as a narrow grid or a notification cuts it)
    // still finds its symptom among the matches.
    void truncatedExampleIsStillRecognised_data()
    {
        QTest::addColumn<QString>("symptomId");
        QTest::addColumn<QString>("text");
        for (const Symptom &s : SymptomCatalogue::builtin().symptoms) {
            for (int i = 0; i < s.examples.size(); ++i) {
                const QString e = s.examples.at(i);
                const qsizetype cut = e.lastIndexOf(QLatin1Char(' '), e.size() * 8 / 10);
                if (e.size() >= 60 && cut > 0)
                    QTest::addRow("%s/%d", qPrintable(s.id), i) << s.id << e.left(cut);
            }
        }
    }

    void truncatedExampleIsStillRecognised()
    {
        QFETCH(QString, symptomId);
        QFETCH(QString, text);
        const QStringList found = ids(Troubleshooter().explain(text));
        QVERIFY2(found.contains(symptomId), qPrintable(found.join(QLatin1Char(',')) + QStringLiteral("\n") + text));
    }

    void everySymptomHasSourcesAndADocLink()
    {
        static const QRegularExpression commit(QStringLiteral("^[0-9a-f]{40}$"));
        int fromMicrosoftDocs = 0;
        for (const Symptom &s : SymptomCatalogue::builtin().symptoms) {
            QVERIFY2(s.docUrl.startsWith(QLatin1String("https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/"
                                                        "data-entities/dual-write/")),
                     qPrintable(s.id + QStringLiteral(": ") + s.docUrl));
            QVERIFY2(!s.sources.isEmpty(), qPrintable(s.id));
            for (const SymptomSource &src : s.sources) {
                QVERIFY2(!src.path.isEmpty(), qPrintable(s.id));
                if (src.repo.isEmpty()) {
                    QVERIFY2(!src.note.isEmpty(), qPrintable(s.id + QStringLiteral(": a local source says what it quotes")));
                    continue;
                }
                ++fromMicrosoftDocs;
                QCOMPARE(src.repo, QStringLiteral("MicrosoftDocs/dynamics-365-unified-operations-public"));
                QVERIFY2(src.path.startsWith(QLatin1String("articles/fin-ops-core/dev-itpro/data-entities/dual-write/")),
                         qPrintable(s.id + QStringLiteral(": ") + src.path));
                QVERIFY2(commit.match(src.commit).hasMatch(), qPrintable(s.id));
                // The documentation link is the article of one of the sources.
            }
            const bool linkMatchesASource = std::any_of(s.sources.cbegin(), s.sources.cend(), [&s](const SymptomSource &src) {
                const QString article = src.path.section(QLatin1Char('/'), -1).chopped(3);
                return src.repo.isEmpty() || s.docUrl.section(QLatin1Char('#'), 0, 0).endsWith(QLatin1Char('/') + article);
            });
            QVERIFY2(linkMatchesASource, qPrintable(s.id + QStringLiteral(": ") + s.docUrl));
            QVERIFY2(!s.examples.isEmpty(), qPrintable(s.id));
        }
        QVERIFY(fromMicrosoftDocs >= 80);
    }

    // Microsoft's health check codes point at the dwhealth check of that code and, where dwhealth
    // can repair it, at the guided fix.
    void healthCheckCodesPointAtTheirCheckAndFix_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"DWDVEV1001", "DWFOEV1001", "DWDVEV1003", "DWFOEV1003", "DWDVEV1004",
                                 "DWFOEV1004", "DWFOEV1006", "DWDVEV1007"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void healthCheckCodesPointAtTheirCheckAndFix()
    {
        QFETCH(QString, code);
        const QList<SymptomMatch> matches = Troubleshooter().explain(code + QStringLiteral(" …"));
        QVERIFY2(!matches.isEmpty(), qPrintable(code));
        const Symptom &s = matches.first().symptom;
        QVERIFY(s.codes.contains(code));
        QString checkId;
        for (const Rule &r : allRules()) {
            if (r.descriptor.codes.contains(code))
                checkId = r.descriptor.id;
        }
        QVERIFY2(s.checkIds.contains(checkId), qPrintable(code + QStringLiteral(" -> ") + checkId));
        QCOMPARE(s.guidedFixes.contains(code), fixableCodes().contains(code));
    }

    void guidedFixesAreFixableCodes()
    {
        for (const Symptom &s : SymptomCatalogue::builtin().symptoms) {
            for (const QString &code : s.guidedFixes)
                QVERIFY2(fixableCodes().contains(code), qPrintable(s.id + QStringLiteral(": ") + code));
        }
    }

    void everyDipvCodeIsKnown()
    {
        const QList<int> documented{1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1010, 1011, 1012, 1014,
                                    1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027,
                                    1028, 1029, 1030, 1031};
        for (int number : documented) {
            const QString code = QStringLiteral("DIPV%1").arg(number);
            const QList<SymptomMatch> matches = Troubleshooter().explain(QStringLiteral("Validation error ") + code);
            QVERIFY2(!matches.isEmpty() && matches.first().symptom.codes.contains(code), qPrintable(code));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SymptomCatalogue)
#include "tst_symptomcatalogue.moc"
