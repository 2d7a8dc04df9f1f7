// SPDX-License-Identifier: MIT
#include "catalogue.h"
#include "ruleset.h"
#include "ruletesthelpers.h"

#include <QSet>
#include <QtTest>

using namespace dwh;
using namespace dwh::test;

class tst_Ruleset : public QObject
{
    Q_OBJECT
private slots:
    void idsAreTheContractsInReportOrder();
    void descriptorsAreComplete();
    void rulesForSplitsBySteps();
    void datasetsForHasEachNeedOnce();
    void datasetsNeededAddsCompaniesOnlyWithoutProfileSelection();
    void healthyTenantPassesEverything();
    void unknownWhenANeededDatasetFailed_data();
    void unknownWhenANeededDatasetFailed();
    void unknownWhenNotFetched();
    void profileSelectionDoesNotNeedCompanies();
    void evidenceOfEveryNeededDatasetAttached();
    void remediationFilledFromCatalogue();
    void skipped();
    void catalogueCoversEveryCode();
    void microsoftDescriptionsAreExact_data();
    void microsoftDescriptionsAreExact();
    void resetRemediationSaysWhatItDeletes();
    void groupsAndMicrosoftDescriptionsInEveryResult();
};

static QStringList contractIds()
{
    return {QStringLiteral("prereq.dataverse-access"), QStringLiteral("prereq.fo-access"),
            QStringLiteral("prereq.dual-write-core"), QStringLiteral("prereq.solution-versions"),
            QStringLiteral("prereq.core-version"),
            QStringLiteral("prereq.prospect-to-cash"), QStringLiteral("prereq.app-users"),
            QStringLiteral("prereq.app-user-roles"),
            QStringLiteral("prereq.plugins"), QStringLiteral("prereq.fo-entra-applications"),
            QStringLiteral("prereq.user-roles"), QStringLiteral("prereq.fo-system-administrator"),
            QStringLiteral("prereq.company-names"), QStringLiteral("prereq.legal-entity-count"),
            QStringLiteral("dep.apihub.dataverse"), QStringLiteral("dep.apihub.fo"),
            QStringLiteral("dep.company.dataverse"), QStringLiteral("dep.company.fo"),
            QStringLiteral("dep.stale.dataverse"), QStringLiteral("dep.stale.fo"),
            QStringLiteral("dep.bu.default-team-name"), QStringLiteral("dep.company.owning-team"),
            QStringLiteral("dep.team-roles")};
}

void tst_Ruleset::idsAreTheContractsInReportOrder()
{
    QStringList ids;
    for (const Rule &r : allRules())
        ids << r.descriptor.id;
    QCOMPARE(ids, contractIds());
}

void tst_Ruleset::descriptorsAreComplete()
{
    const QMap<QString, QString> codeOf{
        {QStringLiteral("prereq.dataverse-access"), QStringLiteral("DWHC0101")},
        {QStringLiteral("prereq.fo-access"), QStringLiteral("DWHC0102")},
        {QStringLiteral("prereq.dual-write-core"), QStringLiteral("DWHC0201")},
        {QStringLiteral("prereq.solution-versions"), QStringLiteral("DWHC0202")},
        {QStringLiteral("prereq.prospect-to-cash"), QStringLiteral("DWHC0203")},
        {QStringLiteral("prereq.core-version"), QStringLiteral("DWHC0204")},
        {QStringLiteral("prereq.fo-entra-applications"), QStringLiteral("DWHC0305")},
        {QStringLiteral("prereq.fo-system-administrator"), QStringLiteral("DWHC0402")},
        {QStringLiteral("prereq.app-users"), QStringLiteral("DWHC0301")},
        {QStringLiteral("prereq.plugins"), QStringLiteral("DWHC0302")},
        {QStringLiteral("prereq.app-user-roles"), QStringLiteral("DWHC0403")},
        {QStringLiteral("dep.team-roles"), QStringLiteral("DWHC0404")},
        {QStringLiteral("prereq.user-roles"), QStringLiteral("DWHC0401")},
        {QStringLiteral("prereq.company-names"), QStringLiteral("DWHC0501")},
        {QStringLiteral("prereq.legal-entity-count"), QStringLiteral("DWHC0502")},
        {QStringLiteral("dep.apihub.dataverse"), QStringLiteral("DWDVEV1001")},
        {QStringLiteral("dep.apihub.fo"), QStringLiteral("DWFOEV1001")},
        {QStringLiteral("dep.company.dataverse"), QStringLiteral("DWDVEV1003")},
        {QStringLiteral("dep.company.fo"), QStringLiteral("DWFOEV1003")},
        {QStringLiteral("dep.stale.dataverse"), QStringLiteral("DWDVEV1004")},
        {QStringLiteral("dep.stale.fo"), QStringLiteral("DWFOEV1004")},
        {QStringLiteral("dep.bu.default-team-name"), QStringLiteral("DWFOEV1006")},
        {QStringLiteral("dep.company.owning-team"), QStringLiteral("DWDVEV1007")}};
    for (const Rule &r : allRules()) {
        const RuleDescriptor &d = r.descriptor;
        QVERIFY2(r.evaluate, qPrintable(d.id));
        QVERIFY2(!d.title.isEmpty(), qPrintable(d.id));
        QCOMPARE(d.codes, QStringList{codeOf.value(d.id)});
        QVERIFY2(d.docUrl.startsWith(QLatin1String("https://learn.microsoft.com/dynamics365/")),
                 qPrintable(d.id));
        QCOMPARE(d.docUrl, docUrlFor(d.codes.first()));
        QVERIFY2(!d.needs.isEmpty() || d.usesSelection, qPrintable(d.id));
        QCOMPARE(d.judgesReachability, d.id.endsWith(QLatin1String("-access")));
        QCOMPARE(toString(d.step), d.id.startsWith(QLatin1String("prereq."))
                                         ? QStringLiteral("prerequisites")
                                         : QStringLiteral("dependencies"));
    }
}

void tst_Ruleset::rulesForSplitsBySteps()
{
    QCOMPARE(rulesFor(Step::Prerequisites).size(), 14);
    QCOMPARE(rulesFor(Step::Dependencies).size(), 9);
    QCOMPARE(rulesFor(Step::Prerequisites).first().descriptor.id,
             QStringLiteral("prereq.dataverse-access"));
    QCOMPARE(rulesFor(Step::Dependencies).last().descriptor.id,
             QStringLiteral("dep.team-roles"));
}

void tst_Ruleset::datasetsForHasEachNeedOnce()
{
    for (Step step : {Step::Prerequisites, Step::Dependencies}) {
        const QList<Dataset> sets = datasetsFor(step);
        QCOMPARE(QSet<Dataset>(sets.cbegin(), sets.cend()).size(), sets.size());
        for (const Rule &r : rulesFor(step)) {
            for (Dataset d : r.descriptor.needs)
                QVERIFY2(sets.contains(d), qPrintable(datasetName(d)));
            if (r.descriptor.usesSelection)
                QVERIFY(sets.contains(Dataset::DvCompanies));
        }
        QCOMPARE(datasetsFor(step), sets);  // stable order
    }
    QVERIFY(!datasetsFor(Step::Prerequisites).contains(Dataset::PpConnections));
    QVERIFY(datasetsFor(Step::Dependencies).contains(Dataset::PpConnections));
    QVERIFY(datasetsFor(Step::Prerequisites).contains(Dataset::DvUserRoles));
}

void tst_Ruleset::datasetsNeededAddsCompaniesOnlyWithoutProfileSelection()
{
    const RuleDescriptor &count = ruleById(QStringLiteral("prereq.legal-entity-count")).descriptor;
    LinkContext c = healthyContext();
    QCOMPARE(datasetsNeeded(count, c), QList<Dataset>{Dataset::DvCompanies});
    c.legalEntitiesFromProfile = true;
    QVERIFY(datasetsNeeded(count, c).isEmpty());
    const RuleDescriptor &fo = ruleById(QStringLiteral("dep.company.fo")).descriptor;
    QCOMPARE(datasetsNeeded(fo, c), QList<Dataset>{Dataset::FoLegalEntities});
    c.legalEntitiesFromProfile = false;
    QCOMPARE(datasetsNeeded(fo, c),
             (QList<Dataset>{Dataset::FoLegalEntities, Dataset::DvCompanies}));
}

void tst_Ruleset::healthyTenantPassesEverything()
{
    const Snapshot s = healthySnapshot();
    // The selection is the profile's (as in the simulator's healthy scenario): without it,
    // dep.company.dataverse cannot pass (tst_DepRules::companyDataverse).
    LinkContext context = healthyContext();
    context.legalEntitiesFromProfile = true;
    context.selectedLegalEntities = {QStringLiteral("USMF"), QStringLiteral("DEMF")};
    for (const Rule &r : allRules()) {
        const CheckResult result = evaluateRule(r, s, context);
        QVERIFY2(result.status == CheckStatus::Pass,
                 qPrintable(r.descriptor.id + QStringLiteral(": ") + result.message));
        QCOMPARE(result.id, r.descriptor.id);
        QCOMPARE(result.title, r.descriptor.title);
        QVERIFY(result.codes.isEmpty());
        QVERIFY2(!result.message.isEmpty(), qPrintable(r.descriptor.id));
        QVERIFY(result.remediation.isEmpty());
    }
}

void tst_Ruleset::unknownWhenANeededDatasetFailed_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("dataset");
    for (const Rule &r : allRules()) {
        for (Dataset d : datasetsNeeded(r.descriptor, healthyContext())) {
            QTest::addRow("%s/%s", qPrintable(r.descriptor.id), qPrintable(datasetName(d)))
                << r.descriptor.id << int(d);
        }
    }
}

void tst_Ruleset::unknownWhenANeededDatasetFailed()
{
    QFETCH(QString, id);
    QFETCH(int, dataset);
    const Dataset d = Dataset(dataset);
    const Snapshot s = withFailure(healthySnapshot(), d, 503,
                                   QStringLiteral("Service Unavailable (HTTP 503)"));
    const CheckResult r = run(id, s);
    QCOMPARE(statusName(r), QStringLiteral("unknown"));
    QVERIFY2(r.message.contains(QLatin1String("Service Unavailable (HTTP 503)")),
             qPrintable(r.message));
    QVERIFY(!r.remediation.isEmpty());
    QVERIFY(!r.remediation.docUrl.isEmpty());
    const bool access = ruleById(id).descriptor.judgesReachability;
    if (access) {
        QCOMPARE(r.codes, ruleById(id).descriptor.codes);
        QCOMPARE(r.details.value(QStringLiteral("reason")).toString(), QStringLiteral("serviceError"));
    } else {
        QVERIFY(r.codes.isEmpty());
        QVERIFY2(r.message.startsWith(QLatin1String("Could not read ")), qPrintable(r.message));
        QVERIFY(r.message.contains(serviceDisplayName(serviceOf(d))));
        const QJsonObject first = r.details.value(QStringLiteral("unreadable")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("dataset")).toString(), datasetName(d));
        QCOMPARE(first.value(QStringLiteral("httpStatus")).toInt(), 503);
    }
    bool hasFailedEvidence = false;
    for (const Evidence &e : r.evidence)
        hasFailedEvidence = hasFailedEvidence || e.status == 503;
    QVERIFY(hasFailedEvidence);
}

void tst_Ruleset::unknownWhenNotFetched()
{
    const Snapshot empty;
    for (const Rule &r : allRules()) {
        const CheckResult result = evaluateRule(r, empty, healthyContext());
        QVERIFY2(result.status == CheckStatus::Unknown, qPrintable(r.descriptor.id));
    }
}

void tst_Ruleset::profileSelectionDoesNotNeedCompanies()
{
    LinkContext c = healthyContext();
    c.legalEntitiesFromProfile = true;
    c.selectedLegalEntities = {QStringLiteral("USMF")};
    const Snapshot s = withFailure(healthySnapshot(), Dataset::DvCompanies, 0,
                                   QStringLiteral("Dataverse: connection refused"));
    QCOMPARE(toString(run(QStringLiteral("prereq.legal-entity-count"), s, c).status), toString(CheckStatus::Pass));
    QCOMPARE(toString(run(QStringLiteral("dep.company.fo"), s, c).status), toString(CheckStatus::Pass));
    QCOMPARE(toString(run(QStringLiteral("dep.company.dataverse"), s, c).status), toString(CheckStatus::Unknown));
    // Without the profile's list, the selection itself is unknown.
    QCOMPARE(toString(run(QStringLiteral("dep.company.fo"), s).status), toString(CheckStatus::Unknown));
}

void tst_Ruleset::evidenceOfEveryNeededDatasetAttached()
{
    const Snapshot s = healthySnapshot();
    const CheckResult r = run(QStringLiteral("dep.stale.dataverse"), s);
    QCOMPARE(r.evidence.size(), 2);
    QCOMPARE(r.evidence.at(0).request, QStringLiteral("GET /dv.runtimeConfigs"));
    QCOMPARE(r.evidence.at(1).request, QStringLiteral("GET /fo.projectConfigs"));
    const CheckResult count = run(QStringLiteral("prereq.legal-entity-count"), s);
    QCOMPARE(count.evidence.size(), 1);
    QCOMPARE(count.evidence.first().request, QStringLiteral("GET /dv.companies"));
}

void tst_Ruleset::remediationFilledFromCatalogue()
{
    const Snapshot s = with(healthySnapshot(), Dataset::DvSolutions,
                            {solution(QStringLiteral("ProspectToCash"), QStringLiteral("1.0"))});
    const CheckResult r = run(QStringLiteral("prereq.prospect-to-cash"), s);
    QCOMPARE(toString(r.status), toString(CheckStatus::Fail));
    QCOMPARE(r.codes, QStringList{QStringLiteral("DWHC0203")});
    QCOMPARE(r.remediation.summary, remediationFor(QStringLiteral("DWHC0203")).summary);
    QCOMPARE(r.remediation.docUrl, DocUrls::prerequisites());
    QVERIFY(r.remediation.steps.size() >= 2);
}

void tst_Ruleset::skipped()
{
    for (const Rule &r : allRules()) {
        const CheckResult s = skippedResult(r, QStringLiteral("Not run: a prerequisite failed (prereq.plugins)."));
        QCOMPARE(toString(s.status), toString(CheckStatus::Skipped));
        QCOMPARE(s.id, r.descriptor.id);
        QVERIFY(!s.title.isEmpty());
        QVERIFY(s.codes.isEmpty());
        QCOMPARE(s.message, QStringLiteral("Not run: a prerequisite failed (prereq.plugins)."));
        QVERIFY(s.evidence.isEmpty());
    }
}

void tst_Ruleset::catalogueCoversEveryCode()
{
    QCOMPARE(allCodes().size(), 23);
    QStringList raised;
    for (const Rule &r : allRules())
        raised << r.descriptor.codes;
    raised.sort();
    QStringList all = allCodes();
    all.sort();
    QCOMPARE(raised, all);
    for (const QString &code : allCodes()) {
        QVERIFY(isKnownCode(code));
        QVERIFY2(!codeDescription(code).isEmpty(), qPrintable(code));
        const Remediation rem = remediationFor(code);
        QVERIFY2(!rem.summary.isEmpty(), qPrintable(code));
        QVERIFY2(!rem.steps.isEmpty(), qPrintable(code));
        QVERIFY2(rem.docUrl.startsWith(QLatin1String(
                     "https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/"
                     "data-entities/dual-write/")),
                 qPrintable(code));
    }
    QVERIFY(!isKnownCode(QStringLiteral("DWDVEV1002")));
    QVERIFY(remediationFor(QStringLiteral("nope")).isEmpty());
    QCOMPARE(docUrlFor(QStringLiteral("DWDVEV1004")), DocUrls::staleCleanup());
    QCOMPARE(docUrlFor(QStringLiteral("DWFOEV1006")), DocUrls::defaultOwningTeam());
    QCOMPARE(docUrlFor(QStringLiteral("DWHC0202")), DocUrls::versionMismatch());
    QCOMPARE(docUrlFor(QStringLiteral("DWHC0502")), DocUrls::limits());
    QCOMPARE(docUrlFor(QStringLiteral("DWHC0501")), DocUrls::initialSetup());
    QCOMPARE(docUrlFor(QStringLiteral("DWDVEV1001")), DocUrls::reset());
    for (Service s : {Service::Dataverse, Service::FinanceAndOperations, Service::PowerPlatform,
                      Service::Entra})
        QVERIFY(!accessRemediation(s).steps.isEmpty());
}

void tst_Ruleset::microsoftDescriptionsAreExact_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("DWDVEV1001") << "DWDVEV1001" << "Missing Dataverse APIHub connection, without ConnectionFix support.";
    QTest::newRow("DWFOEV1001") << "DWFOEV1001" << "Missing finance and operations apps APIHub connection without ConnectionFix support.";
    QTest::newRow("DWDVEV1003") << "DWDVEV1003" << "Company mismatched between dual-write and Dataverse.";
    QTest::newRow("DWFOEV1003") << "DWFOEV1003" << "Company mismatched between dual-write and finance and operations apps.";
    QTest::newRow("DWDVEV1004") << "DWDVEV1004" << "Stale dual-write configurations are present in Dataverse.";
    QTest::newRow("DWFOEV1004") << "DWFOEV1004" << "Stale dual-write configurations are present in finance and operations apps.";
    QTest::newRow("DWFOEV1006") << "DWFOEV1006" << "Default Team name mismatch for Dataverse and dual-write.";
    QTest::newRow("DWDVEV1007") << "DWDVEV1007" << "Default owning team isn't present in company.";
}

void tst_Ruleset::microsoftDescriptionsAreExact()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QCOMPARE(codeDescription(code), text);
}

void tst_Ruleset::resetRemediationSaysWhatItDeletes()
{
    for (const char *code : {"DWDVEV1001", "DWFOEV1001"}) {
        const QString steps = remediationFor(QString::fromLatin1(code)).steps.join(QLatin1Char('\n'));
        QVERIFY(steps.contains(QLatin1String("DualWriteProjectConfiguration")));
        QVERIFY(steps.contains(QLatin1String("BusinessEventsDefinition")));
        QVERIFY(steps.contains(QLatin1String("Dual Write Runtime Configurations")));
        QVERIFY(steps.contains(QLatin1String("Apply Solution")));
    }
    for (const char *code : {"DWDVEV1003", "DWFOEV1003", "DWFOEV1006"})
        QVERIFY(remediationFor(QString::fromLatin1(code)).steps.join(QLatin1Char('\n'))
                    .contains(QLatin1String("deletes")));
}

void tst_Ruleset::groupsAndMicrosoftDescriptionsInEveryResult()
{
    // The product's step-2 groups (seeds/dual-write-health-check.md) and Microsoft's exact
    // description of each of its codes travel with every result, passed or skipped, and in JSON.
    const QMap<QString, QString> groups{
        {QStringLiteral("dep.apihub.dataverse"), QStringLiteral("APIHubConnection")},
        {QStringLiteral("dep.apihub.fo"), QStringLiteral("APIHubConnection")},
        {QStringLiteral("dep.company.dataverse"), QStringLiteral("StaleConfiguration")},
        {QStringLiteral("dep.company.fo"), QStringLiteral("StaleConfiguration")},
        {QStringLiteral("dep.stale.dataverse"), QStringLiteral("StaleConfiguration")},
        {QStringLiteral("dep.stale.fo"), QStringLiteral("StaleConfiguration")},
        {QStringLiteral("dep.bu.default-team-name"), QStringLiteral("BusinessUnit")},
        {QStringLiteral("dep.company.owning-team"), QStringLiteral("BusinessUnit")},
        {QStringLiteral("dep.team-roles"), QStringLiteral("BusinessUnit")}};
    for (const Rule &r : allRules()) {
        const QString id = r.descriptor.id;
        QCOMPARE(r.descriptor.group, groups.value(id));
        const CheckResult passed = evaluateRule(r, healthySnapshot(), healthyContext());
        const CheckResult skipped = skippedResult(r, QStringLiteral("x"));
        for (const CheckResult &c : {passed, skipped}) {
            QCOMPARE(c.group, groups.value(id));
            const QJsonObject json = c.toJson();
            QCOMPARE(json.value(QStringLiteral("group")).toString(), groups.value(id));
            // Microsoft's codes only: a project code (DWHC0404) has no Microsoft description.
            if (id.startsWith(QLatin1String("dep."))
                && !r.descriptor.codes.first().startsWith(QLatin1String("DWHC"))) {
                QCOMPARE(c.microsoftDescription, codeDescription(r.descriptor.codes.first()));
                QCOMPARE(CheckResult::fromJson(json).microsoftDescription, c.microsoftDescription);
            } else {
                QVERIFY(c.microsoftDescription.isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_Ruleset)
#include "tst_ruleset.moc"
