// SPDX-License-Identifier: MIT
// `dwhealth … --lang CODE` as users run it: the help, a usage error and the reports (PDF, HTML,
// Markdown) in the chosen language; JSON keys, ids, statuses and codes stay as the contract says.
#include "dwhealthprocess.h"
#include "language.h"
#include "pdftext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dwh;

namespace {

using Run = test::CliRun;

Run dwhealth(const QStringList &args)
{
    return test::runDwhealth(args);
}

QStringList failingCheck(const QString &lang, const QString &format)
{
    return {QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--no-progress"),
            QStringLiteral("--scenario"), QStringLiteral("DWDVEV1003"), QStringLiteral("--lang"),
            lang, QStringLiteral("--format"), format};
}

/** The checks of a JSON report, by id. */
QHash<QString, QJsonObject> checksById(const QStringList &args)
{
    const Run r = dwhealth(args);
    QHash<QString, QJsonObject> out;
    if (r.exitCode != 1)
        return out;
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    for (const auto &step : report.value(QLatin1String("steps")).toArray()) {
        for (const auto &c : step.toObject().value(QLatin1String("checks")).toArray())
            out.insert(c.toObject().value(QLatin1String("id")).toString(), c.toObject());
    }
    return out;
}

} // namespace

class tst_TranslatedReports : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTranslator m_catalogue;

    /** What the catalogue of the language under test makes of a text; it must be translated. */
    QString expected(const char *context, const char *source)
    {
        const QString t = m_catalogue.translate(context, source);
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
    }

    void reportsFollowTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"de", "fr", "es", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void reportsFollowTheChosenLanguage()
    {
        QFETCH(QString, code);
        QVERIFY(m_catalogue.load(QStringLiteral("dwhealth_%1").arg(code), QStringLiteral(":/i18n")));
        const QString summary = expected("dwh::PdfWriter", "Executive summary");
        const QString fixes = expected("dwh::PdfWriter", "Findings and fixes");
        QVERIFY2(summary != QLatin1String("Executive summary"), "the catalogue translates the PDF's headings");

        // PDF: the headings and the rules' titles in the language; codes unchanged.
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(code));
        Run r = dwhealth(failingCheck(code, QStringLiteral("pdf")) << QStringLiteral("--output") << path);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        if (test::hasPoppler()) {
            const QString text = test::squeezed(test::pdfText(pdf).value_or(QString()));
            QVERIFY2(text.contains(test::squeezed(summary)), qPrintable(summary));
            QVERIFY2(text.contains(test::squeezed(fixes)), qPrintable(fixes));
            QVERIFY(!text.contains(QLatin1String("Executivesummary")));
            QVERIFY(text.contains(QLatin1String("DWDVEV1003")));
        }

        // JSON: the keys, ids, statuses and codes of the contract, as in English; titles translated.
        const QHash<QString, QJsonObject> translated = checksById(failingCheck(code, QStringLiteral("json")));
        const QHash<QString, QJsonObject> english = checksById(failingCheck(QStringLiteral("en"), QStringLiteral("json")));
        QVERIFY(!english.isEmpty());
        QCOMPARE(translated.keys().size(), english.keys().size());
        int translatedTitles = 0;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QJsonObject other = translated.value(it.key());
            QCOMPARE(other.value(QLatin1String("status")), it->value(QLatin1String("status")));
            QCOMPARE(other.value(QLatin1String("codes")), it->value(QLatin1String("codes")));
            if (other.value(QLatin1String("title")) != it->value(QLatin1String("title")))
                ++translatedTitles;
        }
        QCOMPARE(translatedTitles, english.size());

        // Markdown: the same headings.
        r = dwhealth(failingCheck(code, QStringLiteral("md")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QString::fromUtf8(r.out).contains(QLatin1String("Executive summary")));
    }

    // Without --lang and without a setting, the system's locale chooses (LANG, LC_ALL, LANGUAGE).
    void theSystemLocaleChoosesWithoutLang_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("code");
        QTest::newRow("de_DE") << "de_DE.UTF-8" << "de";
        QTest::newRow("ja_JP") << "ja_JP.UTF-8" << "ja";
        QTest::newRow("pt_BR: no catalogue") << "pt_BR.UTF-8" << "en";
    }

    void theSystemLocaleChoosesWithoutLang()
    {
        QFETCH(QString, lang);
        QFETCH(QString, code);
        test::CliSetup setup;
        setup.environment = {{QStringLiteral("LANG"), lang}, {QStringLiteral("LC_ALL"), QString()},
                             {QStringLiteral("LC_MESSAGES"), QString()}, {QStringLiteral("LANGUAGE"), QString()}};
        const Run r = test::runDwhealth({QStringLiteral("frobnicate")}, setup);
        QCOMPARE(r.exitCode, 2);
        const char *source = "unknown command \"%1\"; see dwhealth --help";
        QString expected = QString::fromUtf8(source);
        if (code != QLatin1String("en")) {
            QTranslator catalogue;
            QVERIFY(catalogue.load(QStringLiteral("dwhealth_%1").arg(code), QStringLiteral(":/i18n")));
            expected = catalogue.translate("dwh::cli", source);
            QVERIFY(!expected.isEmpty() && expected != QLatin1String(source));
        }
        QVERIFY2(QString::fromUtf8(r.err).contains(expected.arg(QStringLiteral("frobnicate"))), r.err.constData());
    }

    void helpAndUsageErrorsFollowTheLanguage()
    {
        QVERIFY(m_catalogue.load(QStringLiteral("dwhealth_de"), QStringLiteral(":/i18n")));
        Run r = dwhealth({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("Runs the Dynamics 365 dual-write health check from outside the product."));
        QVERIFY(r.out.contains("--lang"));
        r = dwhealth({QStringLiteral("--lang=de"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        const QString expectedError = expected("dwh::cli", "unknown command \"%1\"; see dwhealth --help")
                                          .arg(QStringLiteral("frobnicate"));
        QVERIFY2(QString::fromUtf8(r.err).contains(expectedError), r.err.constData());
        r = dwhealth({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--lang"));
    }
};

QTEST_GUILESS_MAIN(tst_TranslatedReports)
#include "tst_translatedreports.moc"
