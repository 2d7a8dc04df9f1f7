// SPDX-License-Identifier: MIT
// HistoryWriter: the wizard's history written on a worker thread, in order: the same run replaces
// its own file, a new run gets a new one, the profile is pruned to the limits, written() says so.
#include "historywriter.h"
#include "report.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;

class tst_HistoryWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesReplacesAndPrunesInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryWriter writer;
        writer.setStore(HistoryStore(dir.path()));
        QSignalSpy written(&writer, &HistoryWriter::written);

        Report report;
        report.profileName = QStringLiteral("Contoso UAT");
        report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 123), Qt::UTC);
        report.finishedAt = report.startedAt.addSecs(1);
        const HistoryLimits keepTwo{2, 50LL * 1024 * 1024};
        writer.write(report, keepTwo);  // step 1's report
        report.finishedAt = report.startedAt.addSecs(5);
        writer.write(report, keepTwo);  // the same run, complete: replaces the file
        QTRY_COMPARE(written.size(), 2);
        QCOMPARE(written.at(0).at(0).toString(), written.at(1).at(0).toString());
        QVERIFY(written.at(1).at(2).toString().isEmpty());
        const HistoryStore store(dir.path());
        QCOMPARE(store.list(report.profileName).size(), 1);

        for (int i = 1; i <= 3; ++i) {  // three new runs; two kept
            report.startedAt = report.startedAt.addSecs(60);
            writer.write(report, keepTwo);
        }
        QTRY_COMPARE(written.size(), 5);
        const QList<HistoryEntry> entries = store.list(report.profileName);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().path, written.at(4).at(0).toString());
        QCOMPARE(written.at(4).at(1).toDateTime(), report.startedAt);
    }

    void aFailedWriteSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryWriter writer;
        writer.setStore(HistoryStore(blocker.fileName()));  // a file where the folder should be
        QSignalSpy written(&writer, &HistoryWriter::written);
        Report report;
        report.profileName = QStringLiteral("Contoso UAT");
        report.startedAt = QDateTime::currentDateTimeUtc();
        writer.write(report, HistoryLimits{});
        QTRY_COMPARE(written.size(), 1);
        QVERIFY(written.at(0).at(0).toString().isEmpty());
        QVERIFY(!written.at(0).at(2).toString().isEmpty());
    }
};

QTEST_MAIN(tst_HistoryWriter)
#include "tst_historywriter.moc"
