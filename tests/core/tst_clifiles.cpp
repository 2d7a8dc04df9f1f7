// SPDX-License-Identifier: MIT
// The files the command line reads and writes: every input that travels between people is read
// with a size cap and a clear message (never std::bad_alloc), and no output overwrites an input.
#include "dwhealthprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;

namespace {

QByteArray profileJson()
{
    return QJsonDocument(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Files")},
        {QStringLiteral("tenantId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("clientSecret")},
                                             {QStringLiteral("clientId"),
                                              QStringLiteral("11111111-1111-1111-1111-111111111111")}}},
        {QStringLiteral("dataverse"),
         QJsonObject{{QStringLiteral("url"), QStringLiteral("https://contoso.crm4.dynamics.com")},
                     {QStringLiteral("environmentId"), QStringLiteral("0b2c1d3e-0000-0000-0000-00000000000a")}}},
        {QStringLiteral("financeAndOperations"),
         QJsonObject{{QStringLiteral("url"), QStringLiteral("https://contoso.operations.dynamics.com")}}}})
        .toJson();
}

} // namespace

class tst_CliFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_profile;

    test::CliRun run(const QStringList &args)
    {
        test::CliSetup setup;
        setup.dataHome = m_dir.filePath(QStringLiteral("data"));
        setup.workingDir = m_dir.path();
        setup.timeoutMs = 60000;
        return test::runDwhealth(args, setup);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("profile.json"));
        QFile f(m_profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(profileJson());
    }

    void endlessInputsAreRefusedWithTheLimit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("limit");
        const QString zero = QStringLiteral("/dev/zero");
        QTest::newRow("check --profile") << QStringList{QStringLiteral("check"), QStringLiteral("--profile"), zero}
                                         << QStringLiteral("larger than 1 MiB");
        QTest::newRow("check --replay") << QStringList{QStringLiteral("check"), QStringLiteral("--replay"), zero}
                                        << QStringLiteral("larger than 256 MiB");
        QTest::newRow("diff") << QStringList{QStringLiteral("diff"), zero, QStringLiteral("x.json")}
                              << QStringLiteral("larger than 64 MiB");
        QTest::newRow("restore") << QStringList{QStringLiteral("restore"), zero, QStringLiteral("--profile"),
                                                QStringLiteral("profile.json")}
                                 << QStringLiteral("larger than 64 MiB");
        QTest::newRow("--scenario file") << QStringList{QStringLiteral("check"), QStringLiteral("--demo"),
                                                        QStringLiteral("--scenario"), zero}
                                         << QStringLiteral("larger than 16 MiB");
    }

    void endlessInputsAreRefusedWithTheLimit()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, limit);
        const test::CliRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(QStringLiteral("/dev/zero")), qPrintable(err));
        QVERIFY2(err.contains(limit), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("bad_alloc")), qPrintable(err));
    }

    void explainReadsWithTheLimit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stdinFile");
        QTest::addColumn<QString>("named");
        QTest::newRow("explain --file") << QStringList{QStringLiteral("explain"), QStringLiteral("--file"),
                                                       QStringLiteral("/dev/zero")}
                                        << QString() << QStringLiteral("/dev/zero");
        QTest::newRow("explain -") << QStringList{QStringLiteral("explain"), QStringLiteral("-")}
                                   << QStringLiteral("/dev/zero") << QStringLiteral("standard input");
    }

    void explainReadsWithTheLimit()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stdinFile);
        QFETCH(QString, named);
        test::CliSetup setup;
        setup.dataHome = m_dir.filePath(QStringLiteral("data"));
        setup.workingDir = m_dir.path();
        setup.stdinFile = stdinFile;
        setup.timeoutMs = 60000;
        const test::CliRun r = test::runDwhealth(args, setup);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(QStringLiteral("explain: ") + named), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("larger than 64 MiB")), qPrintable(err));
    }

    void outputNeverOverwritesAnInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("clash");
        QTest::newRow("--output = --profile")
            << QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("profile.json"),
                           QStringLiteral("--output"), QStringLiteral("profile.json")}
            << QStringLiteral("--output and --profile");
        QTest::newRow("--output = --profile, another spelling")
            << QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("profile.json"),
                           QStringLiteral("--output"), QStringLiteral("sub/../profile.json")}
            << QStringLiteral("--output and --profile");
        QTest::newRow("--output = --profile, through a link")
            << QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("profile.json"),
                           QStringLiteral("--output"), QStringLiteral("link.json")}
            << QStringLiteral("--output and --profile");
        QTest::newRow("--output = --bundle")
            << QStringList{QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--bundle"),
                           QStringLiteral("run.zip"), QStringLiteral("--output"), QStringLiteral("./run.zip")}
            << QStringLiteral("--output and --bundle");
        QTest::newRow("--bundle = --profile")
            << QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("profile.json"),
                           QStringLiteral("--bundle"), m_dir.filePath(QStringLiteral("profile.json"))}
            << QStringLiteral("--bundle and --profile");
        QTest::newRow("--output = --replay")
            << QStringList{QStringLiteral("check"), QStringLiteral("--replay"), QStringLiteral("run.zip"),
                           QStringLiteral("--output"), QStringLiteral("run.zip")}
            << QStringLiteral("--output and --replay");
    }

    void outputNeverOverwritesAnInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, clash);
        QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
        QFile::link(m_profile, m_dir.filePath(QStringLiteral("link.json")));
        const QByteArray before = profileJson();
        const test::CliRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(clash + QStringLiteral(" name the same file")), qPrintable(err));
        QFile f(m_profile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);  // untouched
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("run.zip"))));
    }
};

QTEST_GUILESS_MAIN(tst_CliFiles)
#include "tst_clifiles.moc"
