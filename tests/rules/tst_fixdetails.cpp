// SPDX-License-Identifier: MIT
// The typed details of the fixable codes (DWDVEV1004, DWFOEV1004, DWDVEV1007): the JSON a rule
// writes reads back into the same struct and writes the same bytes, and details of the wrong
// shape (a report, bundle or history file edited by hand) are refused with the field named.
#include "owningteamdetails.h"
#include "ruletesthelpers.h"
#include "staledetails.h"

#include <QJsonDocument>
#include <QTest>

using namespace dwh;
using namespace dwh::test;

namespace {

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString OtherDv = QStringLiteral("https://old.crm.dynamics.com");

/** F&O and Dataverse configurations with one stale row each side, and one that belongs. */
Snapshot staleSnapshot()
{
    Snapshot s = with(healthySnapshot(), Dataset::FoProjectConfigs,
                      {projectConfig(QStringLiteral("DWM-1"), QStringLiteral("Customers V3"),
                                     QStringLiteral("accounts"), LinkedDv),
                       projectConfig(QStringLiteral("DWM-9"), QStringLiteral("Currencies"),
                                     QStringLiteral("currencies"), OtherDv),
                       projectConfig(QStringLiteral("DWM-0"), QStringLiteral("Vendors V2"),
                                     QStringLiteral("msdyn_vendors"), QString())});
    return with(s, Dataset::DvRuntimeConfigs,
                {runtimeConfig(QStringLiteral("rc-1"), QStringLiteral("DWM-1"),
                               QStringLiteral("account"), QStringLiteral("Customers V3")),
                 runtimeConfig(QStringLiteral("rc-3"), QStringLiteral("DWM-9"),
                               QStringLiteral("currency"), QStringLiteral("Currencies"))});
}

Snapshot owningTeamSnapshot()
{
    return with(healthySnapshot(), Dataset::DvCompanies,
                {company(QStringLiteral("c-1"), QStringLiteral("USMF"), QStringLiteral("Contoso USA"),
                         true, QStringLiteral("team-1")),
                 company(QStringLiteral("c-2"), QStringLiteral("DEMF"), QStringLiteral("Contoso DE"),
                         true, QJsonValue::Null)});
}

QJsonObject withField(QJsonObject o, const QString &path, const QJsonValue &value)
{
    // "stale[0].id" and "link.known" are enough for these tests.
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        o.insert(path, value);
        return o;
    }
    const QString head = path.left(dot);
    const QString rest = path.mid(dot + 1);
    if (head.endsWith(QLatin1String("[0]"))) {
        const QString key = head.chopped(3);
        QJsonArray array = o.value(key).toArray();
        array[0] = withField(array.at(0).toObject(), rest, value);
        o.insert(key, array);
    } else {
        o.insert(head, withField(o.value(head).toObject(), rest, value));
    }
    return o;
}

} // namespace

class tst_FixDetails : public QObject
{
    Q_OBJECT
private slots:
    void ruleDetailsRoundTripByteForByte_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("snapshot");  // 0 healthy, 1 stale, 2 owning team, 3 no F&O rows
        for (int s : {0, 1, 3}) {
            for (const char *id : {"dep.stale.fo", "dep.stale.dataverse"})
                QTest::addRow("%s/%d", id, s) << QString::fromLatin1(id) << s;
        }
        QTest::newRow("owning team healthy") << QStringLiteral("dep.company.owning-team") << 0;
        QTest::newRow("owning team missing") << QStringLiteral("dep.company.owning-team") << 2;
    }

    void ruleDetailsRoundTripByteForByte()
    {
        QFETCH(QString, check);
        QFETCH(int, snapshot);
        const Snapshot s = snapshot == 1 ? staleSnapshot()
                         : snapshot == 2 ? owningTeamSnapshot()
                         : snapshot == 3 ? with(staleSnapshot(), Dataset::FoProjectConfigs, {})
                                         : healthySnapshot();
        const CheckResult r = run(check, s);
        QString error;
        QByteArray again;
        if (check == QLatin1String("dep.stale.fo")) {
            const auto typed = StaleFoDetails::fromJson(r.details, &error);
            QVERIFY2(typed, qPrintable(error));
            again = bytes(typed->toJson());
        } else if (check == QLatin1String("dep.stale.dataverse")) {
            const auto typed = StaleDataverseDetails::fromJson(r.details, &error);
            QVERIFY2(typed, qPrintable(error));
            again = bytes(typed->toJson());
        } else {
            const auto typed = OwningTeamDetails::fromJson(r.details, &error);
            QVERIFY2(typed, qPrintable(error));
            again = bytes(typed->toJson());
        }
        QCOMPARE(again, bytes(r.details));
    }

    void staleFoDetailsAreTheRecordsTheRuleNamed()
    {
        const CheckResult r = run(QStringLiteral("dep.stale.fo"), staleSnapshot());
        QCOMPARE(toString(r.status), toString(CheckStatus::Fail));
        const auto typed = StaleFoDetails::fromJson(r.details, nullptr);
        QVERIFY(typed);
        QCOMPARE(typed->linkedUrl.value_or(QString()), LinkedDv);
        QVERIFY(typed->link.known);
        QCOMPARE(typed->total, 3);
        QCOMPARE(typed->stale.size(), 2);
        QCOMPARE(typed->stale.at(0).projectName, QStringLiteral("DWM-9"));
        QCOMPARE(typed->stale.at(0).externalEnvironmentUrl, OtherDv);
        QCOMPARE(typed->stale.at(1).projectName, QStringLiteral("DWM-0"));
        QVERIFY(typed->unjudged.isEmpty());
        QVERIFY(!r.details.contains(QStringLiteral("unjudged")));  // written only when not empty
    }

    void staleDataverseDetailsAreTheRecordsTheRuleNamed()
    {
        const CheckResult r = run(QStringLiteral("dep.stale.dataverse"), staleSnapshot());
        const auto typed = StaleDataverseDetails::fromJson(r.details, nullptr);
        QVERIFY(typed);
        QCOMPARE(typed->foConfigurations, std::optional<int>(3));
        QCOMPARE(typed->owned, 1);
        QCOMPARE(typed->stale.size(), 1);
        QCOMPARE(typed->stale.at(0).id, QStringLiteral("rc-3"));
        QCOMPARE(typed->stale.at(0).reasonCode(), QStringLiteral("noMatchingProject"));
    }

    void owningTeamDetailsAreTheCompaniesTheRuleNamed()
    {
        const CheckResult r = run(QStringLiteral("dep.company.owning-team"), owningTeamSnapshot(),
                                  healthyContext());
        const auto typed = OwningTeamDetails::fromJson(r.details, nullptr);
        QVERIFY(typed);
        QCOMPARE(typed->withoutTeam.size(), 1);
        QCOMPARE(typed->withoutTeam.at(0).code, QStringLiteral("DEMF"));
        QCOMPARE(typed->withoutTeam.at(0).id, QStringLiteral("c-2"));
        QVERIFY(!typed->withoutTeam.at(0).teamId);
        QCOMPARE(typed->withTeam.size(), 1);
        QCOMPARE(typed->withTeam.at(0).teamId, std::optional<QString>(QStringLiteral("team-1")));
    }

    void absentFieldsAreDefaultsNotErrors()
    {
        // Older reports lack newer fields (linkBasis came later): read, not refused.
        const auto fo = StaleFoDetails::fromJson({}, nullptr);
        QVERIFY(fo);
        QVERIFY(!fo->linkedUrl);
        QVERIFY(!fo->link.known);
        QVERIFY(fo->stale.isEmpty());
        const auto dv = StaleDataverseDetails::fromJson({}, nullptr);
        QVERIFY(dv);
        QVERIFY(!dv->foConfigurations);  // unknown, not 0 ("F&O returned nothing")
        QVERIFY(OwningTeamDetails::fromJson({}, nullptr));
    }

    void malformedStaleDetailsAreRefused_data()
    {
        QTest::addColumn<bool>("dataverse");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fo stale not an array") << false << "stale" << QJsonValue(QStringLiteral("x")) << "stale is not an array";
        QTest::newRow("fo row not an object") << false << "stale" << QJsonValue(QJsonArray{5}) << "stale[0] is not an object";
        QTest::newRow("fo project a number") << false << "stale[0].projectName" << QJsonValue(7) << "stale[0].projectName is not a string";
        QTest::newRow("fo link a string") << false << "link" << QJsonValue(QStringLiteral("yes")) << "link is not an object";
        QTest::newRow("fo link.known a string") << false << "link.known" << QJsonValue(QStringLiteral("true")) << "link.known is not true or false";
        QTest::newRow("fo link urls") << false << "link.financeAndOperationsUrls" << QJsonValue(QJsonArray{1}) << "link.financeAndOperationsUrls[0] is not a string";
        QTest::newRow("fo total negative") << false << "total" << QJsonValue(-1) << "total is not a count";
        QTest::newRow("fo total fractional") << false << "total" << QJsonValue(1.5) << "total is not a count";
        QTest::newRow("fo linkedUrl an object") << false << "linkedUrl" << QJsonValue(QJsonObject()) << "linkedUrl is not a string";
        QTest::newRow("dv id a number") << true << "stale[0].id" << QJsonValue(12) << "stale[0].id is not a string";
        QTest::newRow("dv reason unknown") << true << "stale[0].reason" << QJsonValue(QStringLiteral("delete")) << "stale[0].reason is not one of noLink, noMatchingProject";
        QTest::newRow("dv foConfigurations a string") << true << "foConfigurations" << QJsonValue(QStringLiteral("0")) << "foConfigurations is not a count";
        QTest::newRow("dv unjudged an object") << true << "unjudged" << QJsonValue(QJsonObject()) << "unjudged is not an array";
    }

    void malformedStaleDetailsAreRefused()
    {
        QFETCH(bool, dataverse);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        const CheckResult r = run(dataverse ? QStringLiteral("dep.stale.dataverse")
                                            : QStringLiteral("dep.stale.fo"),
                                  staleSnapshot());
        const QJsonObject bad = withField(r.details, field, value);
        QString error;
        const bool read = dataverse ? bool(StaleDataverseDetails::fromJson(bad, &error))
                                    : bool(StaleFoDetails::fromJson(bad, &error));
        QVERIFY(!read);
        QCOMPARE(error, problem);
    }

    void malformedOwningTeamDetailsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("withoutTeam an object") << "withoutTeam" << QJsonValue(QJsonObject()) << "withoutTeam is not an array";
        QTest::newRow("company a string") << "withoutTeam" << QJsonValue(QJsonArray{QStringLiteral("c-2")}) << "withoutTeam[0] is not an object";
        QTest::newRow("id a number") << "withoutTeam[0].id" << QJsonValue(2) << "withoutTeam[0].id is not a string";
        QTest::newRow("teamId a bool") << "withTeam[0].teamId" << QJsonValue(true) << "withTeam[0].teamId is not a string";
        QTest::newRow("selected numbers") << "selected" << QJsonValue(QJsonArray{1}) << "selected[0] is not a string";
        QTest::newRow("source an array") << "source" << QJsonValue(QJsonArray()) << "source is not a string";
    }

    void malformedOwningTeamDetailsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        const CheckResult r = run(QStringLiteral("dep.company.owning-team"), owningTeamSnapshot());
        QVERIFY(!r.details.value(QStringLiteral("withoutTeam")).toArray().isEmpty());
        QVERIFY(!r.details.value(QStringLiteral("withTeam")).toArray().isEmpty());
        QString error;
        QVERIFY(!OwningTeamDetails::fromJson(withField(r.details, field, value), &error));
        QCOMPARE(error, problem);
    }
};

QTEST_GUILESS_MAIN(tst_FixDetails)
#include "tst_fixdetails.moc"
