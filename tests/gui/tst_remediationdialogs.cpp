// SPDX-License-Identifier: MIT
// Drives the guided-fix dialogs offscreen through their widgets (typed text, clicked buttons)
// against an in-process simulator on this thread, so the tests can inject faults and read the
// simulated tables before and after each write.
#include "backup.h"
#include "healthengine.h"
#include "owningteamdialog.h"
#include "resetwalkthrough.h"
#include "simulator.h"
#include "stalecleanupdialog.h"
#include "wizardsession.h"
#include "writerunpanel.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace dwh;
using namespace dwh::gui;

namespace {

constexpr int RunTimeoutMs = 60000;
const QString runtimeSet = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString runtimeKey = QStringLiteral("msdyn_dualwriteruntimeconfigid");
// The two rows scenario DWDVEV1004 adds to the healthy tenant.
const QStringList staleIds{QStringLiteral("3b172154-2e22-5e54-9226-1979717b3b1a"),
                           QStringLiteral("5a633fbd-9139-526e-97ca-1b1a6fad4db2")};

/** The simulator first, so that it outlives the session that talks to it. */
struct Env
{
    sim::Simulator simulator;
    WizardSession session;

    bool start(const QString &scenario)
    {
        QString error;
        if (!simulator.loadScenario(scenario, &error) || !simulator.start(&error)) {
            qWarning("simulator: %s", qPrintable(error));
            return false;
        }
        ProfileError profileError;
        const auto profile = parseProfile(QJsonDocument(simulator.profileJson()).toJson(),
                                          QStringLiteral("sim"), &profileError);
        if (!profile)
            return false;
        session.setProfile(*profile);
        session.setSecret(sim::Simulator::clientSecret().toUtf8());
        return true;
    }

    /** Both steps through the session's engine, as the wizard's pages run them. */
    bool check()
    {
        HealthEngine *engine = session.newEngine();
        QSignalSpy finished(engine, &HealthEngine::finished);
        engine->runAll();
        return finished.wait(RunTimeoutMs) && session.hasReport();
    }

    /** "pass", "fail", … of `checkId` in the session's report. */
    QString status(const QString &checkId) const
    {
        const CheckResult *c = session.report().find(checkId);
        return toString(c ? c->status : CheckStatus::Unknown);
    }

    QString host() const { return session.profile().dataverseUrl.host(); }

    QStringList runtimeIds() const
    {
        QStringList ids;
        for (const QJsonObject &row : simulator.rows(QStringLiteral("dataverse"), runtimeSet))
            ids << row.value(runtimeKey).toString();
        return ids;
    }
};

template<typename T>
T *find(const QWidget *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1String(name));
    if (!child)
        qWarning("no child %s", name);
    return child;
}

void click(const QWidget *parent, const char *name)
{
    QTest::mouseClick(find<QAbstractButton>(parent, name), Qt::LeftButton);
}

/** Types the backup folder and the host name into the panel. */
void confirm(const QWidget *dialog, const QString &backupDir, const QString &host)
{
    auto *dir = find<QLineEdit>(dialog, "backupDirEdit");
    dir->clear();
    QTest::keyClicks(dir, backupDir);
    auto *edit = find<QLineEdit>(dialog, "confirmEdit");
    edit->clear();
    QTest::keyClicks(edit, host);
}

QStringList jsonFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
}

/** Every column of `original` (but the row version) has the same value in `record`. */
bool holds(const QJsonObject &record, const QJsonObject &original)
{
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        if (it.key() != QLatin1String("versionnumber") && record.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class tst_RemediationDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_remediationdialogs"));
    }

    void staleCleanupDeletesTheStaleRowsAndTheRecheckPasses()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(env.check());
        QCOMPARE(env.status(QStringLiteral("dep.stale.dataverse")), QStringLiteral("fail"));
        const QList<QJsonObject> before = env.simulator.rows(QStringLiteral("dataverse"), runtimeSet);
        QTemporaryDir backups;
        StaleCleanupDialog dialog(QStringLiteral("DWDVEV1004"), &env.session);
        dialog.show();
        const auto *table = find<QTableWidget>(&dialog, "staleTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, 1).left(16), QStringLiteral("No matching map:"));
        const QString preview = find<QPlainTextEdit>(&dialog, "previewEdit")->toPlainText();
        for (const QString &id : staleIds)
            QVERIFY2(preview.contains(QStringLiteral("DELETE %1/api/data/v9.2/%2(%3)")
                                          .arg(env.session.profile().dataverseUrl.toString(
                                                   QUrl::StripTrailingSlash),
                                               runtimeSet, id)),
                     qPrintable(preview));

        confirm(&dialog, backups.path(), env.host());
        QVERIFY(find<QPushButton>(&dialog, "applyButton")->isEnabled());
        click(&dialog, "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(&dialog, "recheckLabel")->text().contains(QLatin1String("Passed")),
                                 RunTimeoutMs);
        QCOMPARE(env.status(QStringLiteral("dep.stale.dataverse")), QStringLiteral("pass"));
        const QStringList left = env.runtimeIds();
        for (const QString &id : staleIds)
            QVERIFY(!left.contains(id));
        QCOMPARE(left.size(), before.size() - 2);
        const auto *results = find<QTableWidget>(&dialog, "resultTable");
        QCOMPARE(cell(results, 0, 1), QStringLiteral("Done"));
        QCOMPARE(cell(results, 1, 1), QStringLiteral("Done"));

        // The backup holds every deleted record, in full, as it was.
        const QStringList files = jsonFiles(backups);
        QCOMPARE(files.size(), 1);
        QVERIFY(find<QLabel>(&dialog, "backupLabel")->text().contains(files.first()));
        QString error;
        const auto backup = loadBackupFile(QDir(backups.path()).filePath(files.first()), &error);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->code, QStringLiteral("DWDVEV1004"));
        QCOMPARE(backup->entries.size(), 2);
        for (const QJsonObject &original : before) {
            const QString id = original.value(runtimeKey).toString();
            if (!staleIds.contains(id))
                continue;
            const auto entry = std::find_if(backup->entries.cbegin(), backup->entries.cend(),
                                            [&id](const BackupEntry &e) { return e.record.value(runtimeKey) == id; });
            QVERIFY2(entry != backup->entries.cend(), qPrintable(id));
            QVERIFY(entry->existed);
            QVERIFY(holds(entry->record, original));
            QCOMPARE(entry->action.method, QByteArray("DELETE"));
        }
    }

    void wrongConfirmationWritesNothing()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(env.check());
        const QStringList before = env.runtimeIds();
        QTemporaryDir backups;
        StaleCleanupDialog dialog(QStringLiteral("DWDVEV1004"), &env.session);
        dialog.show();
        confirm(&dialog, backups.path(), QStringLiteral("contoso-uat.crm4.dynamics.com"));
        auto *apply = find<QPushButton>(&dialog, "applyButton");
        QVERIFY(!apply->isEnabled());
        QVERIFY(find<QLabel>(&dialog, "confirmHintLabel")->text().contains(QLatin1String("not the host name")));
        const int requests = env.simulator.requestCount(QStringLiteral("dataverse"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTest::keyClick(find<QLineEdit>(&dialog, "confirmEdit"), Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(!find<WriteRunPanel>(&dialog, "writePanel")->hasRun());
        QCOMPARE(env.simulator.requestCount(QStringLiteral("dataverse")), requests);
        QVERIFY(jsonFiles(backups).isEmpty());
        QCOMPARE(env.runtimeIds(), before);
        // Only the host itself unlocks the writes.
        confirm(&dialog, backups.path(), env.host().toUpper());
        QVERIFY(apply->isEnabled());
    }

    void failedDeleteLeavesAnExactPerRecordResult()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(env.check());
        QTemporaryDir backups;
        StaleCleanupDialog dialog(QStringLiteral("DWDVEV1004"), &env.session);
        dialog.show();
        const auto *table = find<QTableWidget>(&dialog, "staleTable");
        const QString firstKey = cell(table, 0, 3).section(QStringLiteral(" = "), 1);
        const QString secondKey = cell(table, 1, 3).section(QStringLiteral(" = "), 1);
        QVERIFY(staleIds.contains(firstKey) && staleIds.contains(secondKey));
        sim::Fault fault;
        fault.service = QStringLiteral("dataverse");
        fault.method = QStringLiteral("DELETE");
        fault.pathContains = firstKey;
        fault.status = 500;
        fault.times = 1;
        env.simulator.addFault(fault);

        confirm(&dialog, backups.path(), env.host());
        click(&dialog, "applyButton");
        auto *copy = find<QPushButton>(&dialog, "copyResultsButton");
        QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), RunTimeoutMs);  // run and re-check done
        const RunOutcome &outcome = find<WriteRunPanel>(&dialog, "writePanel")->outcome();
        QCOMPARE(outcome.results.size(), 2);
        QCOMPARE(RecordResult::outcomeName(outcome.results.at(0).outcome), QStringLiteral("failed"));
        QCOMPARE(outcome.results.at(0).status, 500);
        QCOMPARE(RecordResult::outcomeName(outcome.results.at(1).outcome), QStringLiteral("done"));
        const auto *results = find<QTableWidget>(&dialog, "resultTable");
        QCOMPARE(cell(results, 0, 1), QStringLiteral("Failed (HTTP 500)"));
        QCOMPARE(cell(results, 0, 3), outcome.results.at(0).message);
        QVERIFY2(outcome.results.at(0).message.contains(QLatin1String("0x80040216")),
                 qPrintable(outcome.results.at(0).message));
        QCOMPARE(cell(results, 1, 1), QStringLiteral("Done"));
        QVERIFY(find<QLabel>(&dialog, "resultSummaryLabel")->text().contains(
            QLatin1String("Done: 1, failed: 1, not attempted: 0, unknown: 0.")));
        QVERIFY(find<QLabel>(&dialog, "recheckLabel")->text().contains(QLatin1String("Failed")));
        const QStringList left = env.runtimeIds();
        QVERIFY(left.contains(firstKey));
        QVERIFY(!left.contains(secondKey));

        click(&dialog, "copyResultsButton");
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(outcome.backupPath), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("Failed (HTTP 500)")));
        QVERIFY(copied.contains(outcome.results.at(0).message));
        QVERIFY(copied.contains(QStringLiteral("Re-check of DWDVEV1004")));
    }

    void owningTeamFixTurnsTheCheckToPass()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("DWDVEV1007")));
        QVERIFY(env.check());
        QCOMPARE(env.status(QStringLiteral("dep.company.owning-team")), QStringLiteral("fail"));
        QTemporaryDir backups;
        OwningTeamDialog dialog(QStringLiteral("DWDVEV1007"), &env.session);
        dialog.show();
        QCOMPARE(find<QTabWidget>(&dialog, "tabs")->currentWidget(), find<QWidget>(&dialog, "fixTab"));
        const auto *fixTable = find<QTableWidget>(&dialog, "fixTable");
        QCOMPARE(fixTable->rowCount(), 1);
        QVERIFY(cell(fixTable, 0, 0).startsWith(QLatin1String("DEMF")));
        // The company's own owner team ("DEMF DW Owner"), as Microsoft's company-data article
        // describes, rather than the root business unit's default team.
        const QString teamId = QStringLiteral("227413fd-53b1-5146-8948-301f16a16391");
        QVERIFY2(cell(fixTable, 0, 1).contains(teamId), qPrintable(cell(fixTable, 0, 1)));
        QVERIFY(find<QPlainTextEdit>(&dialog, "previewEdit")->toPlainText().contains(
            QStringLiteral("{\"cdm_defaultowningteam@odata.bind\":\"/teams(%1)\"}").arg(teamId)));

        confirm(&dialog, backups.path(), env.host());
        click(&dialog, "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(&dialog, "recheckLabel")->text().contains(QLatin1String("Passed")),
                                 RunTimeoutMs);
        QCOMPARE(env.status(QStringLiteral("dep.company.owning-team")), QStringLiteral("pass"));
        bool found = false;
        for (const QJsonObject &row : env.simulator.rows(QStringLiteral("dataverse"), QStringLiteral("cdm_companies"))) {
            if (row.value(QStringLiteral("cdm_companycode")).toString() == QLatin1String("DEMF")) {
                found = true;
                QCOMPARE(row.value(QStringLiteral("_cdm_defaultowningteam_value")).toString(), teamId);
            }
        }
        QVERIFY(found);
        QCOMPARE(jsonFiles(backups).size(), 1);
    }

    void defaultTeamTicketNamesTheTeam()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("DWFOEV1006")));
        QVERIFY(env.check());
        const CheckResult *check = env.session.report().find(QStringLiteral("dep.bu.default-team-name"));
        QVERIFY(check);
        QCOMPARE(toString(check->status), QStringLiteral("fail"));
        const QJsonObject team = check->details.value(QStringLiteral("defaultTeam")).toObject();
        const QJsonObject bu = check->details.value(QStringLiteral("businessUnit")).toObject();
        OwningTeamDialog dialog(QStringLiteral("DWFOEV1006"), &env.session);
        dialog.show();
        QCOMPARE(find<QTabWidget>(&dialog, "tabs")->currentWidget(), find<QWidget>(&dialog, "ticketTab"));
        const QString ticket = find<QPlainTextEdit>(&dialog, "ticketEdit")->toPlainText();
        QVERIFY2(ticket.contains(QStringLiteral("Default team id: %1").arg(team.value(QStringLiteral("id")).toString())),
                 qPrintable(ticket));
        QVERIFY(ticket.contains(QStringLiteral("Default team of the root business unit: Contoso UAT (renamed)")));
        QVERIFY(ticket.contains(QStringLiteral("Root business unit id: %1").arg(bu.value(QStringLiteral("id")).toString())));
        QVERIFY(ticket.contains(QStringLiteral("Expected default team name (the business unit's name): %1")
                                    .arg(bu.value(QStringLiteral("name")).toString())));
        QVERIFY(find<QLabel>(&dialog, "renameNoteLabel")->text().contains(QLatin1String("does not rename")));
        click(&dialog, "copyTicketButton");
        QCOMPARE(QGuiApplication::clipboard()->text(), ticket);
        // DWDVEV1007 passes here: nothing to set, so no write is offered.
        QVERIFY(find<QLabel>(&dialog, "fixLabel")->text().contains(QLatin1String("nothing to set")));
        QVERIFY(!find<QPushButton>(&dialog, "applyButton")->isEnabled());
    }

    void resetImpactListsAndExportsTheRuntimeConfigurations()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("DWDVEV1004")));
        QVERIFY(env.check());
        const QStringList ids = env.runtimeIds();
        QVERIFY(ids.size() > 2);
        QTemporaryDir dir;
        ResetWalkthrough wizard(&env.session);
        wizard.show();
        const auto *runtime = find<QTableWidget>(&wizard, "runtimeTable");
        QTRY_COMPARE_WITH_TIMEOUT(runtime->rowCount(), int(ids.size()), RunTimeoutMs);
        QStringList listed;
        for (int r = 0; r < runtime->rowCount(); ++r)
            listed << cell(runtime, r, 3);
        QCOMPARE(listed, ids);
        const int projects = int(env.simulator.rows(QStringLiteral("financeAndOperations"),
                                                    QStringLiteral("DualWriteProjectConfigurations")).size());
        QCOMPARE(find<QTableWidget>(&wizard, "projectTable")->rowCount(), projects);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());  // not before the snapshot is saved

        const QString path = dir.filePath(QStringLiteral("reset-snapshot.json"));
        auto *edit = find<QLineEdit>(&wizard, "exportPathEdit");
        edit->clear();
        QTest::keyClicks(edit, path);
        click(&wizard, "exportButton");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("format")).toString(), QStringLiteral("dwhealth-reset-snapshot"));
        QStringList savedIds;
        const QList<QJsonObject> simRows = env.simulator.rows(QStringLiteral("dataverse"), runtimeSet);
        const QJsonArray savedRows = saved.value(QStringLiteral("runtimeConfigurations")).toArray();
        QCOMPARE(savedRows.size(), simRows.size());
        for (int i = 0; i < savedRows.size(); ++i) {
            savedIds << savedRows.at(i).toObject().value(runtimeKey).toString();
            QVERIFY(holds(savedRows.at(i).toObject(), simRows.at(i)));
        }
        QCOMPARE(savedIds, ids);
        QCOMPARE(saved.value(QStringLiteral("projectConfigurations")).toArray().size(), projects);
        QCOMPARE(saved.value(QStringLiteral("legalEntities")).toArray(),
                 QJsonArray({QStringLiteral("USMF"), QStringLiteral("DEMF")}));

        // On to the first step; its verification reads the map states again.
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ResetWalkthrough::Page_StopMaps));
        click(wizard.currentPage(), "verifyButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(wizard.currentPage(), "verifyLabel")->text().contains(
                                     QLatin1String("still running")),
                                 RunTimeoutMs);
    }
};

QTEST_MAIN(tst_RemediationDialogs)
#include "tst_remediationdialogs.moc"
