// SPDX-License-Identifier: MIT
// `dwhealth maps` and `dwhealth errors` against the simulator over loopback: every format, the
// --since window, the exit codes, and a refused trace log naming the missing right.
#include "dwhealthprocess.h"
#include "simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dwh::test::CliRun;

class tst_MapsCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<dwh::sim::Simulator> m_sim;

    /** Serves `scenario` in this process; returns the profile file. */
    QString serve(const QString &scenario)
    {
        m_sim = std::make_unique<dwh::sim::Simulator>();
        QString error;
        if (!m_sim->loadScenario(scenario, &error) || !m_sim->start(&error))
            qFatal("simulator: %s", qPrintable(error));
        const QString path = m_dir.filePath(scenario + QStringLiteral(".json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(m_sim->profileJson()).toJson());
        return path;
    }

    CliRun run(const QStringList &args)
    {
        return dwh::test::runDwhealth(args, dwh::test::withSecret(dwh::sim::Simulator::clientSecret().toUtf8()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mapsShowsEveryState()
    {
        const QString profile = serve(QStringLiteral("maps-mixed"));
        const CliRun r = run({QStringLiteral("maps"), QStringLiteral("--profile"), profile,
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);  // a map in error, and recent errors
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList states;
        for (const QJsonValue &m : o.value(QStringLiteral("maps")).toArray())
            states << m.toObject().value(QStringLiteral("state")).toString();
        for (const char *state : {"running", "paused", "notRunning", "error"})
            QVERIFY2(states.contains(QLatin1String(state)), state);
        QVERIFY(!r.err.contains(dwh::sim::Simulator::clientSecret().toUtf8()));

        const CliRun text = run({QStringLiteral("maps"), QStringLiteral("--profile"), profile});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("Paused") && text.out.contains("Not running"), text.out.constData());
        QVERIFY(text.out.contains("Direction: unknown"));
    }

    void errorsSinceGroupsByCause()
    {
        const QString profile = serve(QStringLiteral("errors-recent"));
        const CliRun day = run({QStringLiteral("errors"), QStringLiteral("--profile"), profile,
                                QStringLiteral("--since"), QStringLiteral("24h"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(day.exitCode, 1);
        const QJsonObject errors = QJsonDocument::fromJson(day.out).object()
                                       .value(QStringLiteral("errors")).toObject();
        // Eight dual-write errors in the last 24 hours; the older two and another plug-in's are out.
        QCOMPARE(errors.value(QStringLiteral("count")).toInt(), 8);
        const QJsonArray groups = errors.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.first().toObject().value(QStringLiteral("cause")).toString(),
                 QStringLiteral("secureconfig-organization-mismatch"));
        QCOMPARE(groups.first().toObject().value(QStringLiteral("count")).toInt(), 3);
        QVERIFY(!groups.first().toObject().value(QStringLiteral("fixSteps")).toArray().isEmpty());
        QVERIFY(errors.value(QStringLiteral("financeAndOperationsUnknown")).isObject());

        const CliRun week = run({QStringLiteral("errors"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--since"), QStringLiteral("7d"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(week.out).object().value(QStringLiteral("errors")).toObject()
                     .value(QStringLiteral("count")).toInt(), 10);

        const CliRun hour = run({QStringLiteral("errors"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--since"), QStringLiteral("45m")});
        QCOMPARE(hour.exitCode, 1);  // the privilege error 30 minutes ago
        QVERIFY2(hour.out.contains("1 ×"), hour.out.constData());

        for (const QString &format : {QStringLiteral("text"), QStringLiteral("md"),
                                      QStringLiteral("html"), QStringLiteral("junit")}) {
            const CliRun r = run({QStringLiteral("errors"), QStringLiteral("--profile"), profile,
                                  QStringLiteral("--format"), format});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains("SecureConfig") || r.out.contains("secureconfig"), qPrintable(format));
        }
    }

    void healthyIsExit0()
    {
        const CliRun r = run({QStringLiteral("errors"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("no error"));
    }

    void deniedTraceLogNamesTheRightAndIsExit3()
    {
        const QString profile = serve(QStringLiteral("trace-log-denied"));
        const CliRun r = run({QStringLiteral("errors"), QStringLiteral("--profile"), profile});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("prvReadPluginTraceLog"), r.out.constData());
        const CliRun maps = run({QStringLiteral("maps"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(maps.exitCode, 3);
        QVERIFY(maps.out.contains("Missing right"));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("maps")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("errors"), QStringLiteral("--demo"), QStringLiteral("--since"),
                      QStringLiteral("yesterday")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("maps"), QStringLiteral("--demo"), QStringLiteral("--format"),
                      QStringLiteral("junit")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("errors"), QStringLiteral("--demo"), QStringLiteral("--since"),
                      QStringLiteral("90d")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_MapsCli)
#include "tst_mapscli.moc"
