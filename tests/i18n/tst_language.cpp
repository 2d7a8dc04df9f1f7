// SPDX-License-Identifier: MIT
// The language of a run: which catalogues exist, how one is chosen, and that installing one
// translates our texts and Qt's own (QWizard's buttons).
#include "language.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace dwh;

class tst_Language : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void everyCatalogueIsCompiledIn()
    {
        const QStringList codes = Language::available();
        QCOMPARE(codes.first(), QStringLiteral("en"));
        for (const char *code : {"de", "fr", "es", "ja"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QVERIFY(!Language::isAvailable(QStringLiteral("xx")));
        QCOMPARE(Language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Language::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    }

    void systemLocaleChoosesTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German (Austria)") << "de_AT" << "de";
        QTest::newRow("French (Canada)") << "fr_CA" << "fr";
        QTest::newRow("Spanish (Mexico)") << "es_MX" << "es";
        QTest::newRow("Japanese") << "ja_JP" << "ja";
        QTest::newRow("English (UK)") << "en_GB" << "en";
        QTest::newRow("no catalogue: Portuguese") << "pt_BR" << "en";
        QTest::newRow("C") << "C" << "en";
    }

    void systemLocaleChoosesTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(Language::fromLocale(QLocale(locale)), expected);
        QCOMPARE(Language::choose(QString(), QLocale(locale)), expected);
    }

    void anExplicitChoiceWins()
    {
        QCOMPARE(Language::choose(QStringLiteral("ja"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("ja"));
        QCOMPARE(Language::choose(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
        // An unknown stored value falls back to the system's language.
        QCOMPARE(Language::choose(QStringLiteral("xx"), QLocale(QStringLiteral("fr_FR"))), QStringLiteral("fr"));
    }

    void theSettingIsRememberedAndForgotten()
    {
        Language::setSetting(QStringLiteral("es"));
        QCOMPARE(Language::setting(), QStringLiteral("es"));
        QCOMPARE(Language::forRun(QString()), QStringLiteral("es"));
        QCOMPARE(Language::forRun(QStringLiteral("de")), QStringLiteral("de"));  // --lang wins
        Language::setSetting(QString());
        QCOMPARE(Language::setting(), QString());
        QCOMPARE(Language::forRun(QString()), Language::fromLocale(QLocale::system()));
    }

    void installingTranslatesOursAndQts_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"de", "fr", "es", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void installingTranslatesOursAndQts()
    {
        QFETCH(QString, code);
        const char *ours = "Executive summary";
        QCOMPARE(QCoreApplication::translate("dwh::PdfWriter", ours), QLatin1String(ours));
        QString note;
        QVERIFY2(Language::install(code, &note), qPrintable(note));
        QCOMPARE(Language::current(), code);
        const QString translated = QCoreApplication::translate("dwh::PdfWriter", ours);
        QVERIFY2(!translated.isEmpty() && translated != QLatin1String(ours), qPrintable(translated));
        // Qt's catalogue: the wizard's Next button.
        const QString next = QCoreApplication::translate("QWizard", "&Next");
        QVERIFY2(next != QLatin1String("&Next"), qPrintable(next));
        // Back to English: nothing installed.
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("dwh::PdfWriter", ours), QLatin1String(ours));
        QCOMPARE(Language::current(), QStringLiteral("en"));
    }

    void anUnknownLanguageSaysSoAndStaysEnglish()
    {
        QString note;
        QVERIFY(!Language::install(QStringLiteral("xx"), &note));
        QVERIFY(note.contains(QLatin1String("xx")));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QVERIFY(Language::usageError(QStringLiteral("xx")).contains(QLatin1String("de")));
    }
};

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
