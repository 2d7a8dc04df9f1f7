// SPDX-License-Identifier: MIT
// Every subcommand answers --help and `dwhealth help CMD` (exit 0) with a help that lists each
// option of its table; unknown options exit 2 naming the option; the parser reads each option.
#include "commandtable.h"
#include "dwhealthprocess.h"

#include <QtTest>

using namespace dwh::cli;

class tst_CliHelp : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        for (const CliCommand *c : cliCommands()) {
            QTest::addRow("%s --help", qPrintable(c->name())) << c->name() << QStringList{c->name(), QStringLiteral("--help")};
            QTest::addRow("%s -h", qPrintable(c->name())) << c->name() << QStringList{c->name(), QStringLiteral("-h")};
            QTest::addRow("help %s", qPrintable(c->name())) << c->name() << QStringList{QStringLiteral("help"), c->name()};
        }
    }

    void everyCommandAnswersHelp()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        const dwh::test::CliRun r = dwh::test::runDwhealth(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("Usage: dwhealth ") + command), r.out.constData());
        const CliCommand *c = findCommand(command);
        QVERIFY(c);
        for (const CliOption &o : c->allOptions()) {
            const QString line = QStringLiteral("\n  --") + o.name
                                 + (o.valueName.isEmpty() ? QString() : QLatin1Char(' ') + o.valueName);
            QVERIFY2(out.contains(line), qPrintable(command + QStringLiteral(": ") + line));
        }
        QVERIFY(out.contains(QStringLiteral("\n  --lang CODE")));
        QCOMPARE(out, c->help());
    }

    void helpWinsOverOtherOptions()
    {
        ParsedCommand p = parseCommandLine({QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("--help")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.command, Command::Help);
        QCOMPARE(p.helpFor, QStringLiteral("check"));
        p = parseCommandLine({QStringLiteral("explain"), QStringLiteral("--"), QStringLiteral("--help")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));  // after --, --help is the error text
        QCOMPARE(p.command, Command::Explain);
        QCOMPARE(p.explain.textParts, QStringList{QStringLiteral("--help")});
        p = parseCommandLine({QStringLiteral("help")});
        QCOMPARE(p.command, Command::Help);
        QVERIFY(p.helpFor.isEmpty());
    }

    void unknownOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        for (const CliCommand *c : cliCommands()) {
            QTest::addRow("%s --frobnicate", qPrintable(c->name()))
                << QStringList{c->name(), QStringLiteral("--frobnicate")} << QStringLiteral("--frobnicate");
        }
        QTest::newRow("flag with a value") << QStringList{QStringLiteral("check"), QStringLiteral("--demo=yes")}
                                           << QStringLiteral("--demo=yes");
        QTest::newRow("single dash") << QStringList{QStringLiteral("check"), QStringLiteral("-profile"), QStringLiteral("p.json")}
                                     << QStringLiteral("-profile");
        QTest::newRow("help of nothing") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
                                         << QStringLiteral("frobnicate");
    }

    void unknownOptionsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const ParsedCommand p = parseCommandLine(args);
        QVERIFY2(p.error.contains(named), qPrintable(p.error));
        const dwh::test::CliRun r = dwh::test::runDwhealth(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void aSecretIsNeverEchoed()
    {
        for (const CliCommand *c : cliCommands()) {
            const ParsedCommand p = parseCommandLine({c->name(), QStringLiteral("--client-secret=s3cr3t")});
            QVERIFY2(!p.error.isEmpty() && !p.error.contains(QStringLiteral("s3cr3t")), qPrintable(p.error));
        }
    }

    void missingValuesAreNamed()
    {
        const ParsedCommand p = parseCommandLine({QStringLiteral("fix"), QStringLiteral("DWDVEV1004"), QStringLiteral("--demo"),
                                                  QStringLiteral("--backup-dir")});
        QCOMPARE(p.error, QStringLiteral("--backup-dir needs a value"));
    }

    void theParserReadsEachForm()
    {
        ParsedCommand p = parseCommandLine({QStringLiteral("fix"), QStringLiteral("dwdvev1007"), QStringLiteral("--demo"),
                                            QStringLiteral("--team=00000000-0000-0000-0000-0000000000aa"),
                                            QStringLiteral("--format"), QStringLiteral("JSON"), QStringLiteral("--apply"),
                                            QStringLiteral("--yes"), QStringLiteral("--timeout=5"),
                                            QStringLiteral("--allow-authority"), QStringLiteral("STS.Example")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.fix.code, QStringLiteral("DWDVEV1007"));
        QCOMPARE(p.fix.format, QStringLiteral("json"));
        QVERIFY(p.fix.apply && p.fix.yes && p.fix.demo);
        QCOMPARE(p.fix.timeoutSeconds, 5);
        QCOMPARE(p.fix.allowedAuthorities, QStringList{QStringLiteral("sts.example")});

        p = parseCommandLine({QStringLiteral("explain"), QStringLiteral("-2147220970"), QStringLiteral("failed")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.explain.textParts, (QStringList{QStringLiteral("-2147220970"), QStringLiteral("failed")}));

        p = parseCommandLine({QStringLiteral("diff"), QStringLiteral("-old.json"), QStringLiteral("new.json"),
                              QStringLiteral("--format=JSON")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.diff.files, (QStringList{QStringLiteral("-old.json"), QStringLiteral("new.json")}));
        QCOMPARE(p.diff.format, QStringLiteral("json"));

        p = parseCommandLine({QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("80")});
        QVERIFY2(p.error.contains(QStringLiteral("--port takes a whole number from 1024 to 65532")), qPrintable(p.error));

        p = parseCommandLine({QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--allow-authority"),
                              QStringLiteral("a.example"), QStringLiteral("--allow-authority=B.example")});
        QCOMPARE(p.check.allowedAuthorities, (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")}));

        p = parseCommandLine({QStringLiteral("errors"), QStringLiteral("--demo"), QStringLiteral("--scenario=errors-recent"),
                              QStringLiteral("--since"), QStringLiteral("7d"), QStringLiteral("--format=JUNIT"),
                              QStringLiteral("--timeout"), QStringLiteral("9"), QStringLiteral("--allow-authority=STS.Example")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.command, Command::Errors);
        QCOMPARE(p.maps.view, dwh::MapsView::Errors);
        QCOMPARE(p.maps.scenario, QStringLiteral("errors-recent"));
        QCOMPARE(p.maps.format, QStringLiteral("junit"));
        QCOMPARE(p.maps.timeoutSeconds, 9);
        QCOMPARE(p.maps.allowedAuthorities, QStringList{QStringLiteral("sts.example")});
        QVERIFY(p.maps.sinceTime.isValid());
        QCOMPARE(p.maps.sinceTime.secsTo(QDateTime::currentDateTimeUtc()) / 3600, 7 * 24);

        p = parseCommandLine({QStringLiteral("maps"), QStringLiteral("--profile"), QStringLiteral("p.json")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.command, Command::Maps);
        QCOMPARE(p.maps.view, dwh::MapsView::Maps);
        QCOMPARE(p.maps.profilePath, QStringLiteral("p.json"));
        p = parseCommandLine({QStringLiteral("maps"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("junit")});
        QVERIFY2(p.error.contains(QStringLiteral("text, json, md, html")), qPrintable(p.error));
        p = parseCommandLine({QStringLiteral("maps"), QStringLiteral("--demo"), QStringLiteral("--since"), QStringLiteral("31d")});
        QVERIFY2(p.error.contains(QStringLiteral("--since")), qPrintable(p.error));
        p = parseCommandLine({QStringLiteral("errors"), QStringLiteral("--demo"), QStringLiteral("--profile=p.json")});
        QVERIFY2(p.error.contains(QStringLiteral("exactly one of")), qPrintable(p.error));
    }
};

QTEST_GUILESS_MAIN(tst_CliHelp)
#include "tst_clihelp.moc"
