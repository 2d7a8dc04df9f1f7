// SPDX-License-Identifier: MIT
// The report page of the wizard: it stores each run on a customer's server (here a simulator the
// session does not know), never a demo run, lists the profile's runs with what changed, previews
// and exports every format, saves the evidence bundle.
#include "evidencebundle.h"
#include "healthengine.h"
#include "profile.h"
#include "reportpage.h"
#include "simulator.h"
#include "wizardsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>
#include <vector>

using namespace dwh;
using gui::ReportPage;
using gui::WizardSession;

class tst_HistoryPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    template <typename T>
    T *child(const ReportPage &page, const char *name)
    {
        T *widget = page.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s on the report page", name);
        return widget;
    }

    std::vector<std::unique_ptr<sim::Simulator>> m_servers;  // the "customer" servers

    /**
     * Runs `scenario` in `session` as the profile "Contoso UAT"; false when it does not finish.
     * `demo`: on the session's own (in-process) simulator, as "Start demo" does; otherwise on a
     * simulator the session does not know, as any customer server.
     */
    bool run(WizardSession *session, const QString &scenario, bool demo = false)
    {
        QString error;
        QJsonObject profileJson;
        if (demo) {
            if (!session->startSimulator(scenario, &error)) {
                qWarning("simulator: %s", qPrintable(error));
                return false;
            }
            profileJson = session->simulatorProfile();
        } else {
            auto server = std::make_unique<sim::Simulator>();
            if (!server->loadScenario(scenario, &error) || !server->start(&error)) {
                qWarning("simulator: %s", qPrintable(error));
                return false;
            }
            profileJson = server->profileJson();
            m_servers.push_back(std::move(server));
        }
        ProfileError profileError;
        std::optional<Profile> profile = parseProfile(QJsonDocument(profileJson).toJson(),
                                                      QStringLiteral("sim"), &profileError);
        if (!profile)
            return false;
        profile->name = QStringLiteral("Contoso UAT");
        session->setProfile(*profile);
        session->setSecret(sim::Simulator::clientSecret().toUtf8());
        HealthEngine *engine = session->newEngine();
        QSignalSpy finished(engine, &HealthEngine::finished);
        engine->runAll();
        return finished.wait(60000) && session->hasReport();
    }

    /** Accepts the file dialog `name` with `path`, as the user would. */
    bool accept(const ReportPage &page, const char *button, const char *dialogName, const QString &path)
    {
        QTest::mouseClick(child<QPushButton>(page, button), Qt::LeftButton);
        // open(), not exec(): the dialog is there as soon as the click returns.
        QFileDialog *dialog = page.findChild<QFileDialog *>(QString::fromLatin1(dialogName));
        if (!dialog) {
            qWarning("no %s", dialogName);
            return false;
        }
        emit dialog->fileSelected(path);
        dialog->close();
        return QFile::exists(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void demoRunsAreNotStored()
    {
        // As `dwhealth --help` says of --demo: a demo is never in the history.
        const QString root = m_dir.filePath(QStringLiteral("demo-history"));
        WizardSession session;
        ReportPage page(&session);
        page.setHistoryRoot(root);
        page.resize(800, 600);
        page.show();
        QVERIFY(run(&session, QStringLiteral("DWDVEV1003"), true));
        QVERIFY(session.isDemo());
        page.initializePage();
        QCOMPARE(child<QTreeWidget>(page, "historyTree")->topLevelItemCount(), 0);
        const QString changes = child<QTextBrowser>(page, "changesBrowser")->toPlainText();
        QVERIFY2(changes.contains(QLatin1String("Demo runs are not stored")), qPrintable(changes));
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
    }

    void historyExportAndBundle()
    {
        WizardSession session;
        ReportPage page(&session);
        page.setHistoryRoot(m_dir.filePath(QStringLiteral("history")));
        page.resize(800, 600);
        page.show();

        QVERIFY(run(&session, QStringLiteral("DWDVEV1003")));
        page.initializePage();
        auto *tree = child<QTreeWidget>(page, "historyTree");
        auto *changes = child<QTextBrowser>(page, "changesBrowser");
        // Written on the history writer's thread; the page shows it when written.
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QTRY_VERIFY(tree->topLevelItem(0)->text(0).contains(QLatin1String("this run")));
        QCOMPARE(tree->topLevelItem(0)->text(6), QStringLiteral("DWDVEV1003"));
        QVERIFY(changes->toPlainText().contains(QLatin1String("first run")));

        QTest::qWait(5);  // distinct start times
        QVERIFY(run(&session, QStringLiteral("healthy")));
        page.initializePage();
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(6), QString());     // this run: no code
        QTRY_COMPARE(tree->currentItem(), tree->topLevelItem(1));  // compared with the previous run
        const QString text = changes->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Fixed (1)")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("DWDVEV1003")));
        QVERIFY(text.contains(QLatin1String("New findings (0)")));
        QVERIFY(text.contains(QStringLiteral("fail \u2192 pass")));
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(changes->toPlainText().contains(QLatin1String("Choose an earlier run")));

        // Export: every format is offered, PDF first, by its proper name; the preview follows
        // the options.
        auto *format = child<QComboBox>(page, "formatCombo");
        QStringList formats, names;
        for (int i = 0; i < format->count(); ++i) {
            formats << format->itemData(i).toString();
            names << format->itemText(i);
        }
        QCOMPARE(formats, (QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("md"),
                                       QStringLiteral("junit"), QStringLiteral("json")}));
        QCOMPARE(names, (QStringList{QStringLiteral("PDF"), QStringLiteral("HTML"), QStringLiteral("Markdown"),
                                     QStringLiteral("JUnit XML"), QStringLiteral("JSON")}));
        QCOMPARE(format->currentData().toString(), QStringLiteral("pdf"));
        const auto choose = [format](const char *id) {
            format->setCurrentIndex(format->findData(QLatin1String(id)));
        };
        auto *preview = child<QTextBrowser>(page, "previewBrowser");
        choose("html");
        child<QLineEdit>(page, "customerEdit")->setText(QStringLiteral("Fabrikam Ltd"));
        child<QLineEdit>(page, "consultantEdit")->setText(QStringLiteral("A. Consultant"));
        QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("Fabrikam Ltd")));
        QVERIFY(preview->toPlainText().contains(QLatin1String("A. Consultant")));
        const QString url = session.profile().dataverseUrl.toString();
        QVERIFY(preview->toPlainText().contains(url));
        child<QCheckBox>(page, "redactCheck")->setChecked(true);
        QTRY_VERIFY(!preview->toPlainText().contains(url));
        choose("md");
        QTRY_VERIFY(preview->toPlainText().startsWith(QLatin1String("# Dual-write health check")));
        QVERIFY(!child<QLineEdit>(page, "customerEdit")->isEnabled());  // cover fields: pdf, html

        const QString mdPath = m_dir.filePath(QStringLiteral("report.md"));
        QVERIFY(accept(page, "exportButton", "exportReportDialog", mdPath));
        QFile md(mdPath);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray markdown = md.readAll();
        QVERIFY(markdown.startsWith("# Dual-write health check"));
        QVERIFY(!markdown.contains(url.toUtf8()));  // redacted, as previewed
        QVERIFY(child<QLabel>(page, "savedLabel")->text().contains(QLatin1String("Saved to")));

        choose("pdf");
        const QString pdfPath = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(accept(page, "exportButton", "exportReportDialog", pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // The evidence bundle of this run: its report, its trace only, its facts.
        const QString zipPath = m_dir.filePath(QStringLiteral("evidence.zip"));
        QVERIFY(accept(page, "bundleButton", "saveBundleDialog", zipPath));
        QString error;
        const std::optional<EvidenceBundle> bundle = EvidenceBundle::read(zipPath, &error);
        QVERIFY2(bundle, qPrintable(error));
        QCOMPARE(bundle->report, session.report().toJson());
        const QJsonArray entries =
            bundle->trace.value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray();
        QVERIFY(entries.size() >= 13);  // one request per dataset at least
        for (const auto &entry : entries) {
            const QDateTime started = QDateTime::fromString(
                entry.toObject().value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs);
            QVERIFY(started >= session.report().startedAt);
        }
        QFile zip(zipPath);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const QByteArray archive = zip.readAll();
        QVERIFY(!archive.contains(sim::Simulator::clientSecret().toUtf8()));
        const QByteArray trace = QJsonDocument(bundle->trace).toJson();
        QVERIFY(!trace.contains("Authorization"));
        QCOMPARE(bundle->facts.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Contoso UAT"));
    }
};

QTEST_MAIN(tst_HistoryPage)
#include "tst_historypage.moc"
