// SPDX-License-Identifier: MIT
// The commands themselves, as separate processes: `dwhealth simulate --from-bundle` serves a field
// bundle and `dwhealth check` against its printed profile gives the expected codes;
// `dwhealth bundle anonymise` writes an owner-only copy and never over its input.
#include "dwhealthprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dwh::test;

namespace {

QStringList findings(const QJsonArray &checks)
{
    QStringList out;
    for (const auto &value : checks) {
        const QJsonObject c = value.toObject();
        QStringList codes;
        for (const auto &code : c.value(QStringLiteral("codes")).toArray())
            codes << code.toString();
        out << QStringLiteral("%1 %2 %3").arg(c.value(QStringLiteral("id")).toString(),
                                              c.value(QStringLiteral("status")).toString(),
                                              codes.join(QLatin1Char(',')));
    }
    return out;
}

QStringList reportFindings(const QByteArray &json)
{
    QJsonArray checks;
    for (const auto &step : QJsonDocument::fromJson(json).object().value(QStringLiteral("steps")).toArray())
        for (const auto &check : step.toObject().value(QStringLiteral("checks")).toArray())
            checks.append(check);
    return findings(checks);
}

QString bundlePath(const QString &name)
{
    return QStringLiteral(DWH_FIELD_DIR "/bundles/%1.zip").arg(name);
}

} // namespace

class tst_FieldCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void simulateFromBundleServesTheRecordedTenant()
    {
        const QString name = QStringLiteral("DWDVEV1003");
        QProcess simulator;
        simulator.start(QStringLiteral(DWHEALTH_BINARY),
                        {QStringLiteral("simulate"), QStringLiteral("--from-bundle"), bundlePath(name)});
        QVERIFY(simulator.waitForStarted(20000));
        QTRY_VERIFY_WITH_TIMEOUT(simulator.canReadLine(), 60000);
        const QByteArray profileLine = simulator.readLine();
        const QJsonObject profile = QJsonDocument::fromJson(profileLine).object();
        QVERIFY2(profile.value(QStringLiteral("name")).toString().startsWith(QLatin1String("Replay of ")),
                 profileLine.constData());
        const QString profilePath = m_dir.filePath(QStringLiteral("profile.json"));
        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(profileLine);
        file.close();

        CliSetup setup;
        setup.secret = "dwhealth-demo-secret";
        setup.dataHome = m_dir.filePath(QStringLiteral("data"));
        const CliRun run = runDwhealth({QStringLiteral("check"), QStringLiteral("--profile"), profilePath,
                                        QStringLiteral("--no-progress"), QStringLiteral("--no-history")},
                                       setup);
        simulator.kill();
        simulator.waitForFinished();
        QCOMPARE(run.exitCode, 1);
        QFile expected(QStringLiteral(DWH_FIELD_DIR "/bundles/%1.expected.json").arg(name));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(reportFindings(run.out),
                 findings(QJsonDocument::fromJson(expected.readAll()).object()
                              .value(QStringLiteral("checks")).toArray()));
    }

    void anonymiseWritesAnOwnerOnlyCopy()
    {
        const QString out = m_dir.filePath(QStringLiteral("copy.zip"));
        const CliRun run = runDwhealth({QStringLiteral("bundle"), QStringLiteral("anonymise"),
                                        bundlePath(QStringLiteral("healthy")), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(out));
        QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // Anonymising an anonymised bundle changes nothing a rule reads: replayed, the same codes.
        const CliRun again = runDwhealth({QStringLiteral("check"), QStringLiteral("--replay"), out,
                                          QStringLiteral("--no-progress")});
        const CliRun original = runDwhealth({QStringLiteral("check"), QStringLiteral("--replay"),
                                             bundlePath(QStringLiteral("healthy")),
                                             QStringLiteral("--no-progress")});
        QCOMPARE(again.exitCode, original.exitCode);
        QCOMPARE(reportFindings(again.out), reportFindings(original.out));
    }

    void anonymiseRefusesItsInputAsOutputAndBadUsage()
    {
        const QString copy = m_dir.filePath(QStringLiteral("same.zip"));
        QVERIFY(QFile::copy(bundlePath(QStringLiteral("healthy")), copy));
        const QByteArray before = [&copy] { QFile f(copy); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        CliRun run = runDwhealth({QStringLiteral("bundle"), QStringLiteral("anonymise"), copy, copy});
        QCOMPARE(run.exitCode, 2);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        run = runDwhealth({QStringLiteral("bundle"), QStringLiteral("shred"), copy, copy});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("bundle anonymise IN.zip OUT.zip"));
    }
};

QTEST_GUILESS_MAIN(tst_FieldCli)
#include "tst_fieldcli.moc"
