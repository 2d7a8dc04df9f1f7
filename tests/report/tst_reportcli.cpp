// SPDX-License-Identifier: MIT
// `dwhealth check --format pdf|html --redact --customer … --logo … --page-size …` as users run it.
#include "clioptions.h"
#include "dwhealthprocess.h"
#include "pdftext.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;
using namespace dwh::cli;

namespace {

using Run = test::CliRun;

Run dwhealth(const QStringList &args)
{
    return test::runDwhealth(args);
}

QStringList check(const QStringList &more)
{
    return QStringList{QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--no-progress")} + more;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_ReportCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void parsesTheDocumentOptions()
    {
        const ParsedCommand p = parseCommandLine(
            {QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("PDF"),
             QStringLiteral("--redact"), QStringLiteral("--customer"), QStringLiteral("Fabrikam"),
             QStringLiteral("--consultant=Jane Doe"), QStringLiteral("--logo"), QStringLiteral("logo.png"),
             QStringLiteral("--page-size"), QStringLiteral("letter")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.check.format, QStringLiteral("pdf"));
        QVERIFY(p.check.redact);
        QCOMPARE(p.check.document.customer, QStringLiteral("Fabrikam"));
        QCOMPARE(p.check.document.consultant, QStringLiteral("Jane Doe"));
        QCOMPARE(p.check.document.logoPath, QStringLiteral("logo.png"));
        QCOMPARE(p.check.document.pageSize, PageSize::Letter);
        QVERIFY(!parseCommandLine({QStringLiteral("check"), QStringLiteral("--demo")}).check.redact);
    }

    void rejectsBadDocumentOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("page size") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                  QStringLiteral("--page-size"), QStringLiteral("A5")}
                                   << "--page-size takes A4 or Letter";
        QTest::newRow("cover option with json") << QStringList{QStringLiteral("--customer"), QStringLiteral("X")}
                                                << "only for --format pdf or html";
        QTest::newRow("page size with md") << QStringList{QStringLiteral("--format"), QStringLiteral("md"),
                                                          QStringLiteral("--page-size"), QStringLiteral("A4")}
                                           << "only for --format pdf or html";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                      QStringLiteral("--logo")}
                                       << "--logo needs a value";
    }

    void rejectsBadDocumentOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ParsedCommand p = parseCommandLine(QStringList{QStringLiteral("check"), QStringLiteral("--demo")} + args);
        QVERIFY2(p.error.contains(message), qPrintable(p.error));
    }

    void helpNamesTheNewOptions()
    {
        const QString help = helpText();
        for (const char *option : {"--format json|junit|md|html|pdf", "--redact", "--customer NAME",
                                   "--consultant NAME", "--logo FILE", "--page-size A4|Letter", "terminal"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void htmlReportRedactedFromTheSimulator()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("r.html"));
        const Run r = dwhealth(check({QStringLiteral("--scenario"), QStringLiteral("DWDVEV1001"),
                                      QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--redact"),
                                      QStringLiteral("--customer"), QStringLiteral("Fabrikam"),
                                      QStringLiteral("--output"), path}));
        QVERIFY2(r.exitCode == 1, r.err.constData());
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.contains(QStringLiteral("DWDVEV1001")));
        QVERIFY(html.contains(QStringLiteral("Fabrikam")));
        QVERIFY(html.contains(QStringLiteral("[redacted]")));
        QVERIFY(html.contains(QStringLiteral("http://***")));
        // The simulated tenant: its connection owner's e-mail, environment id and loopback URLs.
        QVERIFY(!html.contains(QStringLiteral("adele@contoso.com")));
        QVERIFY(!html.contains(QStringLiteral("0b2c4d6e-8f10-4a3b-9c5d-7e8f9a0b1c2d")));
        QVERIFY(!html.contains(QStringLiteral("127.0.0.1")));
    }

    void pdfToAFileAndToAPipe()
    {
        QVERIFY(m_dir.isValid());
        QImage logo(120, 40, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoPath));
        const QString path = m_dir.filePath(QStringLiteral("r.pdf"));
        Run r = dwhealth(check({QStringLiteral("--scenario"), QStringLiteral("DWDVEV1003"),
                                QStringLiteral("--force-dependencies"), QStringLiteral("--format"),
                                QStringLiteral("pdf"), QStringLiteral("--logo"), logoPath,
                                QStringLiteral("--consultant"), QStringLiteral("Jane Doe"),
                                QStringLiteral("--output"), path}));
        QVERIFY2(r.exitCode == 1, r.err.constData());
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Subtype /Image"));
        if (test::hasPoppler()) {
            const QString text = test::squeezed(test::pdfText(pdf).value_or(QString()));
            QVERIFY(text.contains(QStringLiteral("DWDVEV1003")));
            QVERIFY(text.contains(QStringLiteral("DEMF")));
            QVERIFY(text.contains(QStringLiteral("JaneDoe")));
        }
        // stdout is a pipe here, not a terminal: the PDF goes there.
        r = dwhealth(check({QStringLiteral("--format"), QStringLiteral("pdf")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("%PDF-"));
    }

    void unreadableLogoIsAUsageError()
    {
        const Run r = dwhealth(check({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--logo"),
                                      QStringLiteral("/nonexistent/logo.png"), QStringLiteral("--output"),
                                      m_dir.filePath(QStringLiteral("x.pdf"))}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/nonexistent/logo.png"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void pdfIsNotWrittenToATerminal()
    {
        // script(1) gives the command a pseudo-terminal for stdout.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed: no pseudo-terminal to test with");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(script, {QStringLiteral("-qec"),
                         QStringLiteral("'%1' check --demo --no-progress --format pdf").arg(QStringLiteral(DWHEALTH_BINARY)),
                         QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(out.contains("refusing to write a PDF report to a terminal"), out.constData());
        QVERIFY(!out.contains("%PDF-"));
    }
};

QTEST_MAIN(tst_ReportCli)
#include "tst_reportcli.moc"
