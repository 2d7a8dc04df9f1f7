// SPDX-License-Identifier: MIT
// The ZIP writer and reader: round trips, damage found, and archives other tools accept.
#include "zipreader.h"
#include "zipwriter.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;

namespace {

QByteArray randomBytes(int n)
{
    QByteArray data(n, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = char(generator.bounded(256));
    return data;
}

QMap<QString, QByteArray> sampleFiles()
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "{\"cdm_companycode\":\"USMF\",\"row\":" + QByteArray::number(i) + "}\n";
    return {{QStringLiteral("report.json"), text},
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("random.bin"), randomBytes(70000)},  // stored: deflate does not help
            {QStringLiteral("folder/ünïcode.json"), QByteArray("{\"a\":1}")}};
}

QByteArray sampleArchive()
{
    ZipWriter writer(QDateTime(QDate(2026, 11, 23), QTime(10, 0, 4)));
    const QMap<QString, QByteArray> files = sampleFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QString error;
        if (!writer.addFile(it.key(), it.value(), &error))
            qFatal("addFile: %s", qPrintable(error));
    }
    return writer.finish();
}

} // namespace

class tst_BundleZip : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QByteArray archive = sampleArchive();
        QVERIFY(archive.startsWith("PK\x03\x04"));
        QString error;
        const std::optional<ZipReader> reader = ZipReader::fromData(archive, &error);
        QVERIFY2(reader, qPrintable(error));
        const QMap<QString, QByteArray> files = sampleFiles();
        QCOMPARE(reader->fileNames(), files.keys());
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(reader->file(it.key()), it.value());
        // The text compresses: the archive is much smaller than what it holds.
        QVERIFY(archive.size() < files.value(QStringLiteral("report.json")).size() / 4 + 80000);
    }

    void damageIsFound_data()
    {
        QTest::addColumn<int>("offsetFromDataStart");
        QTest::newRow("first byte of deflated data") << 0;
        QTest::newRow("inside deflated data") << 200;
    }

    void damageIsFound()
    {
        QFETCH(int, offsetFromDataStart);
        QByteArray archive = sampleArchive();
        // The first file is "empty.txt" (QMap order); "folder/…" follows. Damage the report,
        // the third local file: find its name and skip past it.
        const qsizetype at = archive.indexOf("report.json");
        QVERIFY(at > 0);
        archive[at + 11 + offsetFromDataStart] = char(archive.at(at + 11 + offsetFromDataStart) ^ 0x5a);
        QString error;
        QVERIFY(!ZipReader::fromData(archive, &error));
        QVERIFY2(error.contains(QStringLiteral("report.json")), qPrintable(error));
    }

    void notAZipIsRefused()
    {
        QString error;
        QVERIFY(!ZipReader::fromData(QByteArray("hello"), &error));
        QVERIFY(error.contains(QStringLiteral("not a ZIP archive")));
        QVERIFY(!ZipReader::fromData(sampleArchive().left(100), &error));
    }

    void badNamesAreRefused()
    {
        ZipWriter writer;
        QString error;
        QVERIFY(!writer.addFile(QStringLiteral("../evil"), "x", &error));
        QVERIFY(!writer.addFile(QStringLiteral("/abs"), "x", &error));
        QVERIFY(!writer.addFile(QString(), "x", &error));
        QVERIFY(writer.addFile(QStringLiteral("ok.txt"), "x", &error));
    }

    void otherToolsAcceptTheArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.zip"));
        ZipWriter writer;
        const QMap<QString, QByteArray> files = sampleFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY(writer.addFile(it.key(), it.value(), nullptr));
        QString error;
        QVERIFY2(writer.writeTo(path, &error), qPrintable(error));

        QString program = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        QStringList args{QStringLiteral("-t"), path};
        if (program.isEmpty()) {
            program = QStandardPaths::findExecutable(QStringLiteral("python3"));
            args = QStringList{QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), path};
        }
        if (program.isEmpty())
            QSKIP("neither unzip nor python3 is installed");
        QProcess p;
        p.start(program, args);
        QVERIFY(p.waitForFinished(30000));
        const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, output.constData());
        if (program.endsWith(QStringLiteral("unzip")))
            QVERIFY2(output.contains("No errors detected"), output.constData());
    }

    void pythonReadsTheSameContent()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sampleArchive());
        f.close();
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys, zipfile, hashlib\n"
                                        "z = zipfile.ZipFile(sys.argv[1])\n"
                                        "for i in z.infolist():\n"
                                        "    print(i.filename, hashlib.sha1(z.read(i)).hexdigest())\n"),
                         path});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(
            QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QMap<QString, QByteArray> files = sampleFiles();
        QCOMPARE(lines.size(), files.size());
        for (const QString &line : lines) {
            const QString name = line.section(QLatin1Char(' '), 0, -2);
            const QString sha1 = line.section(QLatin1Char(' '), -1);
            QVERIFY2(files.contains(name), qPrintable(line));
            QCOMPARE(sha1, QString::fromLatin1(
                               QCryptographicHash::hash(files.value(name), QCryptographicHash::Sha1).toHex()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_BundleZip)
#include "tst_bundlezip.moc"
