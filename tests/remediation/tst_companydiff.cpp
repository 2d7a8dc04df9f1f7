// SPDX-License-Identifier: MIT
// The three-way company comparison (companydiff.h): matching, differences, fix steps, CSV.
#include "companydiff.h"

#include "linkcontext.h"
#include "snapshot.h"

#include <QJsonObject>
#include <QTest>

using namespace dwh;

namespace {

QJsonObject foEntity(const QString &code, const QString &name)
{
    return {{QStringLiteral("LegalEntityId"), code}, {QStringLiteral("Name"), name}};
}

QJsonObject dvCompany(const QString &code, const QString &name, bool enabled = true,
                      const QString &team = QStringLiteral("2cc8ca74-379c-5bde-9b17-2005c69a334a"))
{
    return {{QStringLiteral("cdm_companyid"), QStringLiteral("id-") + code},
            {QStringLiteral("cdm_companycode"), code},
            {QStringLiteral("cdm_name"), name},
            {QStringLiteral("cdm_isenabledfordualwrite"), enabled},
            {QStringLiteral("_cdm_defaultowningteam_value"),
             team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(team)}};
}

Snapshot snapshotOf(const QList<QJsonObject> &fo, const QList<QJsonObject> &dv)
{
    Snapshot s;
    s.set(Dataset::FoLegalEntities, DatasetResult::success(fo, {}));
    s.set(Dataset::DvCompanies, DatasetResult::success(dv, {}));
    return s;
}

LinkContext profileSelection(const QStringList &codes)
{
    LinkContext c;
    c.selectedLegalEntities = codes;
    c.legalEntitiesFromProfile = true;
    return c;
}

} // namespace

class tst_CompanyDiff : public QObject
{
    Q_OBJECT
private slots:
    void missingInDataverseHasFixSteps()
    {
        const Snapshot s = snapshotOf({foEntity(QStringLiteral("USMF"), QStringLiteral("Contoso USA")),
                                       foEntity(QStringLiteral("DEMF"), QStringLiteral("Contoso Germany"))},
                                      {dvCompany(QStringLiteral("USMF"), QStringLiteral("Contoso USA"))});
        const CompanyDiff diff = CompanyDiff::compute(s, profileSelection({QStringLiteral("USMF"), QStringLiteral("DEMF")}));
        QCOMPARE(diff.rows.size(), 2);
        const CompanyDiffRow *demf = diff.find(QStringLiteral("DEMF"));
        QVERIFY(demf);
        QVERIFY(demf->selected);
        QVERIFY(demf->inFo);
        QVERIFY(!demf->inDataverse);
        QVERIFY(demf->differences.testFlag(CompanyDifference::MissingInDataverse));
        QCOMPARE(toString(demf->status()), toString(CheckStatus::Fail));
        QVERIFY(demf->differenceTexts().join(QLatin1Char(' ')).contains(QLatin1String("DWDVEV1003")));
        const QStringList steps = demf->fixSteps();
        QCOMPARE(steps.size(), 3);
        QVERIFY(steps.at(0).contains(QLatin1String("remove DEMF from the dual-write selection")));
        QVERIFY(steps.at(0).contains(QLatin1String("Legal entities tab")));
        QVERIFY(steps.at(1).contains(QLatin1String("create the company DEMF in Dataverse")));
        QVERIFY(steps.at(1).contains(QLatin1String("Contoso Germany")));
        QVERIFY(steps.at(2).contains(QLatin1String("reset the dual-write link")));
        const CompanyDiffRow *usmf = diff.find(QStringLiteral("usmf"));
        QVERIFY(usmf);
        QCOMPARE(toString(usmf->status()), toString(CheckStatus::Pass));
        QVERIFY(!usmf->hasDifference());
        QVERIFY(usmf->fixSteps().isEmpty());
    }

    void missingInFoOffersCreatingTheLegalEntity()
    {
        const Snapshot s = snapshotOf({foEntity(QStringLiteral("USMF"), QStringLiteral("A"))},
                                      {dvCompany(QStringLiteral("USMF"), QStringLiteral("A")),
                                       dvCompany(QStringLiteral("DEMF"), QStringLiteral("B"))});
        const CompanyDiff diff = CompanyDiff::compute(s, profileSelection({QStringLiteral("USMF"), QStringLiteral("DEMF")}));
        const CompanyDiffRow *demf = diff.find(QStringLiteral("DEMF"));
        QVERIFY(demf->differences.testFlag(CompanyDifference::MissingInFo));
        QVERIFY(!demf->differences.testFlag(CompanyDifference::MissingInDataverse));
        QVERIFY(demf->fixSteps().join(QLatin1Char(' ')).contains(
            QLatin1String("create the legal entity DEMF in finance and operations apps")));
    }

    void codesMatchTrimmedAndCaseInsensitively()
    {
        const Snapshot s = snapshotOf({foEntity(QStringLiteral("usmf"), QStringLiteral("Contoso"))},
                                      {dvCompany(QStringLiteral(" USMF "), QStringLiteral("contoso"))});
        const CompanyDiff diff = CompanyDiff::compute(s, profileSelection({QStringLiteral("Usmf")}));
        QCOMPARE(diff.rows.size(), 1);
        const CompanyDiffRow &row = diff.rows.first();
        QVERIFY(row.inFo);
        QVERIFY(row.inDataverse);
        QCOMPARE(row.code, QStringLiteral("Usmf"));
        QCOMPARE(row.dvCode, QStringLiteral("USMF"));
        QVERIFY(!row.differences.testFlag(CompanyDifference::MissingInDataverse));
        QVERIFY(!row.differences.testFlag(CompanyDifference::MissingInFo));
        QVERIFY(!row.differences.testFlag(CompanyDifference::NameDiffers));  // case only
        QVERIFY(row.differences.testFlag(CompanyDifference::CodeSpellingDiffers));
        QCOMPARE(toString(row.status()), toString(CheckStatus::Pass));
    }

    void selectionFromDataverseWhenTheProfileHasNone()
    {
        const Snapshot s = snapshotOf({foEntity(QStringLiteral("USMF"), QStringLiteral("A")),
                                       foEntity(QStringLiteral("GBSI"), QStringLiteral("C"))},
                                      {dvCompany(QStringLiteral("USMF"), QStringLiteral("A")),
                                       dvCompany(QStringLiteral("GBSI"), QStringLiteral("C"), false),
                                       dvCompany(QStringLiteral("JPMF"), QStringLiteral("D"), false)});
        const CompanyDiff diff = CompanyDiff::compute(s, LinkContext());
        QCOMPARE(diff.selection.source, LegalEntitySelection::Source::Dataverse);
        QCOMPARE(diff.rows.first().code, QStringLiteral("USMF"));  // the selected code first
        QVERIFY(diff.find(QStringLiteral("USMF"))->selected);
        QVERIFY(!diff.find(QStringLiteral("GBSI"))->selected);
        QVERIFY(!diff.find(QStringLiteral("GBSI"))->hasDifference());
        const CompanyDiffRow *jpmf = diff.find(QStringLiteral("JPMF"));
        QVERIFY(jpmf->differences.testFlag(CompanyDifference::MissingInFo));
        QCOMPARE(toString(jpmf->status()), toString(CheckStatus::Skipped));  // not selected: a note
        QVERIFY(jpmf->fixSteps().isEmpty());
    }

    void owningTeamAndEnablement()
    {
        const Snapshot s = snapshotOf({foEntity(QStringLiteral("USMF"), QStringLiteral("A")),
                                       foEntity(QStringLiteral("USRT"), QStringLiteral("R"))},
                                      {dvCompany(QStringLiteral("USMF"), QStringLiteral("A"), true, QString()),
                                       dvCompany(QStringLiteral("USRT"), QStringLiteral("R"), false)});
        const CompanyDiff diff = CompanyDiff::compute(s, profileSelection({QStringLiteral("USMF"), QStringLiteral("USRT")}));
        const CompanyDiffRow *usmf = diff.find(QStringLiteral("USMF"));
        QVERIFY(usmf->differences.testFlag(CompanyDifference::NoOwningTeam));
        QCOMPARE(toString(usmf->status()), toString(CheckStatus::Fail));
        QVERIFY(usmf->fixSteps().join(QLatin1Char(' ')).contains(QLatin1String("Default owning team")));
        const CompanyDiffRow *usrt = diff.find(QStringLiteral("USRT"));
        QVERIFY(usrt->differences.testFlag(CompanyDifference::NotEnabledForDualWrite));
        QCOMPARE(toString(usrt->status()), toString(CheckStatus::Warning));
        QVERIFY(usrt->fixSteps().first().contains(QLatin1String("Enable USRT for dual-write")));
    }

    void unreadableSideIsUnknownNotMissing()
    {
        Snapshot s;
        s.set(Dataset::FoLegalEntities, DatasetResult::failure(QStringLiteral("F&O: 503"), {}));
        s.set(Dataset::DvCompanies, DatasetResult::success({dvCompany(QStringLiteral("USMF"), QStringLiteral("A"))}, {}));
        const CompanyDiff diff = CompanyDiff::compute(s, profileSelection({QStringLiteral("USMF")}));
        QVERIFY(!diff.foKnown);
        QCOMPARE(diff.foError, QStringLiteral("F&O: 503"));
        const CompanyDiffRow *usmf = diff.find(QStringLiteral("USMF"));
        QVERIFY(!usmf->differences.testFlag(CompanyDifference::MissingInFo));
        QCOMPARE(toString(usmf->status()), toString(CheckStatus::Unknown));
    }

    void csvQuotesFields()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csvField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(csvField(QString()), QString());
    }

    void csvExport()
    {
        const Snapshot s = snapshotOf({foEntity(QStringLiteral("USMF"), QStringLiteral("Contoso, USA")),
                                       foEntity(QStringLiteral("DEMF"), QStringLiteral("Contoso \"DE\""))},
                                      {dvCompany(QStringLiteral("USMF"), QStringLiteral("Contoso, USA"))});
        const CompanyDiff diff = CompanyDiff::compute(s, profileSelection({QStringLiteral("USMF"), QStringLiteral("DEMF")}));
        const QString csv = companyDiffCsv(diff);
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4);  // header, two rows, the empty piece after the last CRLF
        QCOMPARE(lines.at(0), QStringLiteral("Code,F&O name,Dataverse name,Enabled for dual-write,"
                                             "Default owning team,Selected,Status,Difference,Fix steps"));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("USMF,\"Contoso, USA\",\"Contoso, USA\",Yes,"
                                                      "2cc8ca74-379c-5bde-9b17-2005c69a334a,Yes,pass,,")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("DEMF,\"Contoso \"\"DE\"\"\",(missing),,,Yes,fail,"
                                                      "Missing in Dataverse (DWDVEV1003),")),
                 qPrintable(lines.at(2)));
        QVERIFY(lines.at(2).contains(QLatin1String("remove DEMF from the dual-write selection")));
        QVERIFY(lines.at(3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CompanyDiff)
#include "tst_companydiff.moc"
