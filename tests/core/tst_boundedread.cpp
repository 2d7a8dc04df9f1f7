// SPDX-License-Identifier: MIT
// readFileCapped: every file that travels between people is read with a size cap, also when it is
// a device or a FIFO that never ends, and the reason names the limit.
#include "boundedread.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>

using namespace dwh;

class tst_BoundedRead : public QObject
{
    Q_OBJECT
private slots:
    void readsAFileWithinTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content(200000, 'x');  // several chunks
        f.write(content);
        f.close();
        QString reason;
        QCOMPARE(readFileCapped(path, content.size(), &reason), std::optional<QByteArray>(content));
        QVERIFY(!readFileCapped(path, content.size() - 1, &reason));
        QVERIFY2(reason.startsWith(QStringLiteral("larger than ")), qPrintable(reason));
        QVERIFY(!readFileCapped(dir.filePath(QStringLiteral("absent.json")), 100, &reason));
        QVERIFY2(reason.startsWith(QStringLiteral("cannot be read: ")), qPrintable(reason));
        QVERIFY(!readFileCapped(dir.path(), 100, &reason));  // a folder
    }

    void devZeroEndsAtTheLimit()
    {
        QString reason;
        QVERIFY(!readFileCapped(QStringLiteral("/dev/zero"), 1024 * 1024, &reason));
        QCOMPARE(reason, QStringLiteral("larger than 1 MiB, the most dwhealth reads from such a file"));
        QCOMPARE(readFileCapped(QStringLiteral("/dev/null"), 10, &reason), std::optional<QByteArray>(""));
    }

    void aFifoIsReadToItsEnd()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("fifo")));
        QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        std::thread writer([&path] {
            QFile out(QFile::decodeName(path));
            if (out.open(QIODevice::WriteOnly))
                out.write("{\"name\":\"from a pipe\"}");
        });
        QString reason;
        const std::optional<QByteArray> data = readFileCapped(QFile::decodeName(path), 1024, &reason);
        writer.join();
        QVERIFY2(data, qPrintable(reason));
        QCOMPARE(*data, QByteArray("{\"name\":\"from a pipe\"}"));
    }
};

QTEST_GUILESS_MAIN(tst_BoundedRead)
#include "tst_boundedread.moc"
