// SPDX-License-Identifier: MIT
// The run history: storing, listing, and what changed between two runs.
#include "historystore.h"
#include "reportdiff.h"
#include "simharness.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dwh;

namespace {

/** The permission bits of `path` as the system has them. */
mode_t modeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 07777;
}

QJsonObject check(const QString &id, const QString &status, const QStringList &codes,
                  const QString &message = QString())
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), id + QStringLiteral(" title")},
            {QStringLiteral("status"), status},
            {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
            {QStringLiteral("message"), message}};
}

QJsonObject reportWith(const QString &startedAt, const QJsonArray &checks)
{
    return {{QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("startedAt"), startedAt},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("prerequisites")},
                                    {QStringLiteral("checks"), checks}}}}};
}

QStringList keys(const QList<DiffFinding> &findings)
{
    QStringList out;
    for (const DiffFinding &f : findings)
        out << f.checkId + QLatin1Char('/') + f.code;
    return out;
}

/** Runs `scenario` on the simulator as the profile "Contoso UAT". */
Report runScenario(const QString &scenario)
{
    test::SimRun run;
    if (!run.start(scenario))
        return {};
    run.profile.name = QStringLiteral("Contoso UAT");
    if (!run.run())
        return {};
    return run.report();
}

} // namespace

class tst_History : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void defaultRootIsInTheUsersDataFolder()
    {
        QCoreApplication::setApplicationName(QStringLiteral("dwhealth"));
        const QString root = HistoryStore::defaultRoot();
        QVERIFY(root.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(root.endsWith(QStringLiteral("/history")));
    }

    void profileNamesAreSafeFolderNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("folder");
        QTest::newRow("spaces") << QStringLiteral("Contoso UAT") << QStringLiteral("Contoso-UAT");
        QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("profile");
        QTest::newRow("unicode") << QStringLiteral("Müller/Prod") << QStringLiteral("M-ller-Prod");
    }

    void profileNamesAreSafeFolderNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, folder);
        const QString actual = HistoryStore::profileFolderName(name);
        // The sanitised name, then 8 hex digits of the exact name's SHA-256.
        QVERIFY2(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(folder)
                                    + QStringLiteral("-[0-9a-f]{8}$"))
                     .match(actual).hasMatch(),
                 qPrintable(actual));
    }

    void lookAlikeProfilesKeepApartHistories_data()
    {
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("other");
        QTest::newRow("brackets") << QStringLiteral("Contoso (UAT)") << QStringLiteral("Contoso UAT");
        QTest::newRow("Japanese") << QStringLiteral("本番環境") << QStringLiteral("検証環境");
        QTest::newRow("case") << QStringLiteral("contoso") << QStringLiteral("Contoso");
    }

    void lookAlikeProfilesKeepApartHistories()
    {
        QFETCH(QString, one);
        QFETCH(QString, other);
        QVERIFY(HistoryStore::profileFolderName(one) != HistoryStore::profileFolderName(other));
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        QString error;
        Report a;
        a.profileName = one;
        a.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        Report b = a;
        b.profileName = other;
        QVERIFY2(!store.store(a, &error).isEmpty(), qPrintable(error));
        QVERIFY2(!store.store(b, &error).isEmpty(), qPrintable(error));
        QCOMPARE(store.list(one).size(), 1);
        QCOMPARE(store.list(one).at(0).profileName, one);
        QCOMPARE(store.list(other).size(), 1);
        QCOMPARE(store.list(other).at(0).profileName, other);
    }

    void runsOfTheSameMillisecondAreAllKept()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        Report report;
        report.profileName = QStringLiteral("Contoso UAT");
        report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 123), Qt::UTC);
        QString error;
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            report.finishedAt = report.startedAt.addSecs(i + 1);
            paths << store.store(report, &error);
            QVERIFY2(!paths.last().isEmpty(), qPrintable(error));
        }
        QCOMPARE(QSet<QString>(paths.begin(), paths.end()).size(), 3);
        const QList<HistoryEntry> entries = store.list(report.profileName);
        QCOMPARE(entries.size(), 3);
        // Newest first: the later store of the same millisecond is the newer run.
        QCOMPARE(entries.at(0).path, paths.at(2));
        QCOMPARE(entries.at(2).path, paths.at(0));
        QCOMPARE(store.previousRun(report.profileName, paths.at(2))->path, paths.at(1));
    }

    void pruningKeepsTheNewestRunsWithinTheCount()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        Report report;
        report.profileName = QStringLiteral("Contoso UAT");
        QString error;
        QStringList paths;
        for (int i = 0; i < 5; ++i) {
            report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, i, 0), Qt::UTC);
            paths << store.store(report, &error);
            QVERIFY2(!paths.last().isEmpty(), qPrintable(error));
        }
        HistoryLimits limits;
        limits.maxRuns = 3;
        QCOMPARE(store.prune(report.profileName, limits, paths.last()), 2);
        const QList<HistoryEntry> entries = store.list(report.profileName);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().path, paths.at(4));
        QCOMPARE(entries.last().path, paths.at(2));
        QVERIFY(!QFile::exists(paths.at(0)));
        QVERIFY(!QFile::exists(paths.at(1)));
        // Within the bounds nothing goes.
        QCOMPARE(store.prune(report.profileName, limits, paths.last()), 0);
    }

    void pruningKeepsTheRunJustStoredWhateverItsSize()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        Report report;
        report.profileName = QStringLiteral("Contoso UAT");
        QString error;
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(11, i, 0), Qt::UTC);
            paths << store.store(report, &error);
            QVERIFY2(!paths.last().isEmpty(), qPrintable(error));
        }
        const qint64 one = QFileInfo(paths.first()).size();
        QVERIFY(one > 0);
        HistoryLimits limits;
        limits.maxRuns = 0;            // no bound on the count
        limits.maxBytes = one * 2;     // room for two runs
        QCOMPARE(store.prune(report.profileName, limits, paths.last()), 1);
        QVERIFY(!QFile::exists(paths.at(0)));
        QVERIFY(QFile::exists(paths.at(1)));
        // A bound below one run still keeps the run just stored, and only it.
        limits.maxBytes = 1;
        QCOMPARE(store.prune(report.profileName, limits, paths.last()), 1);
        QCOMPARE(store.list(report.profileName).size(), 1);
        QVERIFY(QFile::exists(paths.last()));
    }

    void storedRunsAreCompactJson()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        Report report;
        report.profileName = QStringLiteral("Contoso UAT");
        report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);
        QString error;
        const QString path = store.store(report, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(!data.contains('\n'));
        QVERIFY(HistoryStore::load(path, &error).has_value());
    }

    void earlierVersionsFoldersAreStillRead()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        // 0.1's folder: the sanitised name alone, shared by "Contoso (UAT)" and "Contoso UAT".
        const QString legacy = dir.filePath(QStringLiteral("Contoso-UAT"));
        QVERIFY(QDir().mkpath(legacy));
        Report mine;
        mine.profileName = QStringLiteral("Contoso UAT");
        mine.startedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        Report theirs = mine;
        theirs.profileName = QStringLiteral("Contoso (UAT)");
        theirs.startedAt = mine.startedAt.addDays(1);
        for (const Report &r : {mine, theirs}) {
            QFile f(QDir(legacy).filePath(HistoryStore::fileNameFor(r.startedAt)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(r.toJson()).toJson());
        }
        Report now = mine;
        now.startedAt = mine.startedAt.addDays(2);
        QString error;
        const QString newPath = store.store(now, &error);
        QVERIFY2(!newPath.isEmpty(), qPrintable(error));
        const QList<HistoryEntry> entries = store.list(mine.profileName);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).path, newPath);
        QCOMPARE(entries.at(1).startedAt, mine.startedAt);
        QCOMPARE(store.list(theirs.profileName).size(), 1);
    }

    void historyIsOwnerOnlyWhateverTheUmask()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.filePath(QStringLiteral("history")));
        Report report;
        report.profileName = QStringLiteral("Contoso UAT");
        report.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        const mode_t saved = ::umask(022);
        QString error;
        const QString path = store.store(report, &error);
        ::umask(saved);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(store.folderFor(report.profileName)), mode_t(0700));
        QCOMPARE(modeOf(store.root()), mode_t(0700));
    }

    void fileNamesAreTheUtcStartTime()
    {
        const QDateTime t(QDate(2026, 11, 23), QTime(10, 0, 4, 25), Qt::UTC);
        QCOMPARE(HistoryStore::fileNameFor(t), QStringLiteral("2026-11-23T10-00-04.025Z.json"));
    }

    void storeListAndReplace()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        Report first;
        first.profileName = QStringLiteral("Contoso UAT");
        first.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        first.finishedAt = first.startedAt.addSecs(4);
        StepResult step{Step::Prerequisites, {}, {}};
        CheckResult failing;
        failing.id = QStringLiteral("prereq.solution-versions");
        failing.status = CheckStatus::Fail;
        failing.codes = {QStringLiteral("DWHC0202")};
        step.checks << failing;
        first.steps << step;
        QString error;
        const QString firstPath = store.store(first, &error);
        QVERIFY2(!firstPath.isEmpty(), qPrintable(error));
        QVERIFY(firstPath.startsWith(dir.filePath(QStringLiteral("Contoso-UAT-"))));

        Report second = first;
        second.startedAt = first.startedAt.addDays(1);
        second.steps[0].checks[0].status = CheckStatus::Pass;
        second.steps[0].checks[0].codes.clear();
        const QString secondPath = store.store(second, &error);
        QVERIFY(!secondPath.isEmpty());

        const QList<HistoryEntry> entries = store.list(QStringLiteral("Contoso UAT"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).path, secondPath);  // newest first
        QCOMPARE(entries.at(0).summary.pass, 1);
        QVERIFY(entries.at(0).codes.isEmpty());
        QCOMPARE(entries.at(1).summary.fail, 1);
        QCOMPARE(entries.at(1).codes, QStringList{QStringLiteral("DWHC0202")});
        QCOMPARE(entries.at(1).exitCode, 1);
        QCOMPARE(entries.at(1).startedAt, first.startedAt);

        const std::optional<HistoryEntry> previous =
            store.previousRun(QStringLiteral("Contoso UAT"), secondPath);
        QVERIFY(previous);
        QCOMPARE(previous->path, firstPath);
        QVERIFY(!store.previousRun(QStringLiteral("Contoso UAT"), firstPath));

        // The same run stored again (the wizard: step 1, then both steps) replaces its file.
        second.steps[0].checks[0].status = CheckStatus::Warning;
        QCOMPARE(store.store(second, &error, secondPath), secondPath);
        QCOMPARE(store.list(QStringLiteral("Contoso UAT")).size(), 2);
        QCOMPARE(store.list(QStringLiteral("Contoso UAT")).at(0).summary.warning, 1);
        QVERIFY(store.list(QStringLiteral("Other")).isEmpty());
    }

    void unreadableFilesAreLeftOut()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        QVERIFY(QDir().mkpath(store.folderFor(QStringLiteral("p"))));
        QFile junk(QDir(store.folderFor(QStringLiteral("p"))).filePath(QStringLiteral("x.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{not json");
        junk.close();
        QVERIFY(store.list(QStringLiteral("p")).isEmpty());
        QString error;
        QVERIFY(!HistoryStore::load(junk.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("not a JSON report")));
    }

    void diffSortsFindingsPerCheckAndCode()
    {
        const QJsonObject older = reportWith(
            QStringLiteral("2026-11-23T10:00:00Z"),
            {check(QStringLiteral("a"), QStringLiteral("fail"), {QStringLiteral("C1")}),
             check(QStringLiteral("b"), QStringLiteral("fail"), {QStringLiteral("C2")}, QStringLiteral("old")),
             check(QStringLiteral("c"), QStringLiteral("pass"), {}),
             check(QStringLiteral("gone"), QStringLiteral("pass"), {})});
        const QJsonObject newer = reportWith(
            QStringLiteral("2026-11-24T10:00:00Z"),
            {check(QStringLiteral("a"), QStringLiteral("pass"), {}),
             check(QStringLiteral("b"), QStringLiteral("warning"), {QStringLiteral("C2")}, QStringLiteral("new")),
             check(QStringLiteral("c"), QStringLiteral("unknown"), {}),
             check(QStringLiteral("added"), QStringLiteral("pass"), {})});
        const ReportDiff diff = diffReports(older, newer);
        QVERIFY(diff.hasChanges());
        QCOMPARE(keys(diff.newFindings), QStringList{QStringLiteral("c/")});
        QCOMPARE(keys(diff.fixedFindings), QStringList{QStringLiteral("a/C1")});
        QCOMPARE(keys(diff.stillFailing), QStringList{QStringLiteral("b/C2")});
        QCOMPARE(diff.stillFailing.at(0).message, QStringLiteral("new"));
        QStringList changes;
        for (const StatusChange &c : diff.statusChanges)
            changes << QStringLiteral("%1:%2>%3").arg(c.checkId, c.before, c.after);
        QCOMPARE(changes, (QStringList{QStringLiteral("a:fail>pass"), QStringLiteral("b:fail>warning"),
                                       QStringLiteral("c:pass>unknown"), QStringLiteral("added:absent>pass"),
                                       QStringLiteral("gone:pass>absent")}));
        QCOMPARE(diff.toJson().value(QStringLiteral("changed")).toBool(), true);
        QVERIFY(diff.toText().contains(QStringLiteral("a: fail -> pass")));
    }

    void sameFindingsAreNoChange()
    {
        const QJsonObject report = reportWith(
            QStringLiteral("2026-11-23T10:00:00Z"),
            {check(QStringLiteral("a"), QStringLiteral("fail"), {QStringLiteral("C1")})});
        const ReportDiff diff = diffReports(report, report);
        QVERIFY(!diff.hasChanges());
        QCOMPARE(keys(diff.stillFailing), QStringList{QStringLiteral("a/C1")});
        QVERIFY(diff.newFindings.isEmpty() && diff.fixedFindings.isEmpty()
                && diff.statusChanges.isEmpty());
    }

    void twoRunsOfOneProfileOverTheSimulator()
    {
        QTemporaryDir dir;
        const HistoryStore store(dir.path());
        const Report failing = runScenario(QStringLiteral("DWDVEV1003"));
        QCOMPARE(failing.raisedCodes(), QStringList{QStringLiteral("DWDVEV1003")});
        QTest::qWait(5);  // distinct start times
        const Report healthy = runScenario(QStringLiteral("healthy"));
        QCOMPARE(healthy.exitCode(), 0);
        QString error;
        const QString olderPath = store.store(failing, &error);
        const QString newerPath = store.store(healthy, &error);
        QVERIFY2(!olderPath.isEmpty() && !newerPath.isEmpty(), qPrintable(error));

        const QList<HistoryEntry> entries = store.list(QStringLiteral("Contoso UAT"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).codes, QStringList());
        QCOMPARE(entries.at(0).summary.pass, 23);
        QCOMPARE(entries.at(1).codes, QStringList{QStringLiteral("DWDVEV1003")});

        const std::optional<HistoryEntry> previous =
            store.previousRun(QStringLiteral("Contoso UAT"), newerPath);
        QVERIFY(previous && previous->path == olderPath);
        const ReportDiff diff = diffReports(*HistoryStore::load(olderPath, nullptr),
                                            *HistoryStore::load(newerPath, nullptr));
        QVERIFY(diff.hasChanges());
        QVERIFY(diff.newFindings.isEmpty());
        QVERIFY(diff.stillFailing.isEmpty());
        QCOMPARE(keys(diff.fixedFindings), QStringList{QStringLiteral("dep.company.dataverse/DWDVEV1003")});
        QCOMPARE(diff.statusChanges.size(), 1);
        QCOMPARE(diff.statusChanges.at(0).checkId, QStringLiteral("dep.company.dataverse"));
        QCOMPARE(diff.statusChanges.at(0).before, QStringLiteral("fail"));
        QCOMPARE(diff.statusChanges.at(0).after, QStringLiteral("pass"));

        // The other way round: the finding is new.
        const ReportDiff back = diffReports(healthy.toJson(), failing.toJson());
        QCOMPARE(keys(back.newFindings), QStringList{QStringLiteral("dep.company.dataverse/DWDVEV1003")});
        QVERIFY(back.fixedFindings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"
