// SPDX-License-Identifier: MIT
// The ZIP writer and reader: round trips, damage found, and archives other tools accept.
#include "evidencebundle.h"
#include "zipcraft.h"
#include "zipreader.h"
#include "zipwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

/** The process's peak resident memory (VmHWM) in KiB; -1 where /proc does not say. */
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/** Two stored files, "a.json" and "b.json", each with its own local header and data. */
QByteArray twoStoredFiles(QList<test::CraftedEntry> *entries)
{
    QByteArray body;
    for (const QByteArray &name : {QByteArray("a.json"), QByteArray("b.json")}) {
        const QByteArray content = "{\"file\":\"" + name + "\"}";
        test::CraftedEntry e;
        e.name = name;
        e.method = zip::MethodStored;
        e.crc = zip::crc32(content);
        e.compressedSize = e.size = quint32(content.size());
        e.localOffset = quint32(body.size());
        body += test::localHeader(e) + content;
        entries->append(e);
    }
    return body;
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
            QCOMPARE(reader->read(it.key(), &error), std::optional<QByteArray>(it.value()));
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
        const std::optional<ZipReader> reader = ZipReader::fromData(archive, &error);
        QVERIFY2(reader, qPrintable(error));  // the directory is intact; the data is read lazily
        QVERIFY(!reader->read(QStringLiteral("report.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("report.json")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        // The other files are still readable: only what is read is inflated and checked.
        QVERIFY2(reader->read(QStringLiteral("random.bin"), &error), qPrintable(error));
    }

    void notAZipIsRefused()
    {
        QString error;
        QVERIFY(!ZipReader::fromData(QByteArray("hello"), &error));
        QVERIFY(error.contains(QStringLiteral("not a ZIP archive")));
        QVERIFY(!ZipReader::fromData(sampleArchive().left(100), &error));
    }

    void overlappingZipBombIsRefusedBeforeInflating()
    {
        // The bomb: ~400 KiB on disk, 3000 entries on one 200 MiB stream (600 GiB).
        const QByteArray bomb = test::overlappingZipBomb(200U << 20, 3000);
        QVERIFY2(bomb.size() > 300 * 1024 && bomb.size() < 500 * 1024,
                 qPrintable(QString::number(bomb.size())));
        const qint64 before = peakRssKiB();
        QString error;
        QVERIFY(!ZipReader::fromData(bomb, &error));
        QVERIFY2(error.contains(QStringLiteral("report.json and facts.json overlap")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("zip bomb")), qPrintable(error));
        // Nothing was inflated: the peak did not grow by anything near one entry (200 MiB).
        if (before > 0)
            QVERIFY2(peakRssKiB() - before < 64 * 1024, qPrintable(QString::number(peakRssKiB() - before)));
    }

    void overlappingLocalHeadersAreRefused()
    {
        // b.json's local header and data lie inside what a.json claims as its data.
        QList<test::CraftedEntry> entries;
        const QByteArray body = twoStoredFiles(&entries);
        entries[0].compressedSize = entries[0].size = quint32(body.size()) - 30 - 6;
        entries[0].crc = zip::crc32(body.mid(36));
        QString error;
        QVERIFY(!ZipReader::fromData(test::withDirectory(body, entries), &error));
        QVERIFY2(error.contains(QStringLiteral("a.json and b.json overlap")), qPrintable(error));

        // The same entries, apart, are fine.
        QList<test::CraftedEntry> apart;
        const QByteArray good = twoStoredFiles(&apart);
        const std::optional<ZipReader> reader = ZipReader::fromData(test::withDirectory(good, apart), &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->read(QStringLiteral("b.json"), &error), std::optional<QByteArray>("{\"file\":\"b.json\"}"));
    }

    void duplicateNamesAreRefused()
    {
        QList<test::CraftedEntry> entries;
        const QByteArray body = twoStoredFiles(&entries);
        entries[1].name = "a.json";
        QString error;
        QVERIFY(!ZipReader::fromData(test::withDirectory(body, entries), &error));
        QVERIFY2(error.contains(QStringLiteral("a.json appears twice")), qPrintable(error));
    }

    void inflatedSizesAreCapped()
    {
        const QByteArray archive = sampleArchive();  // report.json is the largest, 70000 < it
        const qint64 reportSize = sampleFiles().value(QStringLiteral("report.json")).size();
        QString error;
        ZipLimits perFile;
        perFile.maxFileBytes = reportSize - 1;
        QVERIFY(!ZipReader::fromData(archive, &error, perFile));
        QVERIFY2(error.contains(QStringLiteral("report.json would inflate to %1 bytes").arg(reportSize)),
                 qPrintable(error));

        ZipLimits total;
        total.maxTotalBytes = reportSize + 70000;  // less than all four files together
        QVERIFY(!ZipReader::fromData(archive, &error, total));
        QVERIFY2(error.contains(QStringLiteral("would inflate to more than")), qPrintable(error));

        ZipLimits enough;
        enough.maxFileBytes = reportSize;
        enough.maxTotalBytes = reportSize + 70000 + 100;
        QVERIFY2(ZipReader::fromData(archive, &error, enough), qPrintable(error));
    }

    void aStreamLongerThanItsSizeIsDamaged()
    {
        // The directory says 1000 bytes; the stream holds 1 MiB of zeros: inflating stops at 1000.
        test::CraftedEntry e;
        e.name = "facts.json";
        const QByteArray packed = test::deflatedZeros(1 << 20, &e.crc);
        e.compressedSize = quint32(packed.size());
        e.size = 1000;
        const QByteArray archive = test::withDirectory(test::localHeader(e) + packed, {e});
        QString error;
        const std::optional<ZipReader> reader = ZipReader::fromData(archive, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(!reader->read(QStringLiteral("facts.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("facts.json is damaged")), qPrintable(error));
        QVERIFY(!reader->read(QStringLiteral("absent.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("absent.json is missing")), qPrintable(error));
    }

    void anArchiveFileIsReadWithALimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sampleArchive());
        f.close();
        QString error;
        QVERIFY(!ZipReader::fromFile(path, &error, {}, 1000));
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": larger than")),
                 qPrintable(error));
        QVERIFY2(ZipReader::fromFile(path, &error), qPrintable(error));
        QVERIFY(!ZipReader::fromFile(QStringLiteral("/dev/zero"), &error, {}, 1 << 20));
        QVERIFY2(error.contains(QStringLiteral("/dev/zero: larger than 1 MiB")), qPrintable(error));
    }

    void evidenceBundleIsOwnerOnlyWhateverTheUmask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.zip"));
        EvidenceBundle bundle;
        bundle.report = {{QStringLiteral("schemaVersion"), 1}};
        const mode_t saved = ::umask(022);
        QString error;
        const bool written = bundle.write(path, &error);
        ::umask(saved);
        QVERIFY2(written, qPrintable(error));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
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
