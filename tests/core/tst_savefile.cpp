// SPDX-License-Identifier: MIT
// Every file dwhealth writes (reports, backups, snapshots, bundles, history) goes through
// saveFileAtomically: whole or not at all, owner-only when asked, and a reason when it fails.
#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace dwh;

namespace {
QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
/** RLIMIT_FSIZE lowered to `bytes` with SIGXFSZ ignored, as a shell's `ulimit -f` does; restored after. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = SIG_DFL;
    bool m_ok = false;
};

/** The permission bits of `path` as the system has them. */
mode_t modeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 07777;
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

    void fileTooLargeOrQuotaIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        QString reason;
        bool saved = true;
        {
            FileSizeLimit limit(4096);
            QVERIFY(limit.ok());
            saved = saveFileAtomically(path, QByteArray(256 * 1024, 'x'), &reason);
        }
        QVERIFY(!saved);
        QVERIFY2(reason.startsWith(QStringLiteral("disk quota exceeded or file too large")), qPrintable(reason));
        QVERIFY2(!reason.contains(QStringLiteral("Unknown error")), qPrintable(reason));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void ownerOnlyRegardlessOfUmask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        const mode_t saved = ::umask(022);
        QString reason;
        const bool ok = saveFileAtomically(path, "{}", &reason, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ::umask(saved);
        QVERIFY2(ok, qPrintable(reason));
        QCOMPARE(modeOf(path), mode_t(0600));
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
