// SPDX-License-Identifier: MIT
// Every file dwhealth writes (reports, backups, snapshots, bundles, history) goes through
// saveFileAtomically: whole or not at all, owner-only when asked, and a reason when it fails.
#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh;

namespace {
QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_SaveFile : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QString reason;
        QVERIFY2(saveFileAtomically(path, "first", &reason), qPrintable(reason));
        QCOMPARE(contents(path), QByteArray("first"));
        QVERIFY(saveFileAtomically(path, "second, longer", &reason));
        QCOMPARE(contents(path), QByteArray("second, longer"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.json")});
    }

    void ownerOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backup.json"));
        QString reason;
        QVERIFY(saveFileAtomically(path, "{}", &reason, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QFileDevice::Permissions p = QFile::permissions(path);
        QVERIFY(p & QFileDevice::ReadOwner);
        QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    }

    void failureSaysWhyAndLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/report.json"));
        QString reason;
        QVERIFY(!saveFileAtomically(path, "data", &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SaveFile)
#include "tst_savefile.moc"
