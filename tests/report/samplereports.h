// SPDX-License-Identifier: MIT
#pragma once
// Report objects for the writer tests and the PDF benchmark: healthy, several findings, large.

#include "report.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dwh::test {

inline const QString TenantId = QStringLiteral("7c1e5a2b-0d4f-4e8a-9b3c-2f6d8e1a4b5c");
inline const QString EnvironmentId = QStringLiteral("0b2c4d6e-8f10-4a3b-9c5d-7e8f9a0b1c2d");
inline const QString UserId = QStringLiteral("f864054a-e9e3-5960-8137-7b7734fc1f5a");
inline const QString UserName = QStringLiteral("Adele Vance");
inline const QString UserMail = QStringLiteral("adele.vance@contoso.com");
inline const QString DataverseHost = QStringLiteral("contoso-uat.crm4.dynamics.com");
inline const QString FoHost = QStringLiteral("contoso-uat.sandbox.operations.dynamics.com");

inline Remediation sampleFix()
{
    return Remediation{QStringLiteral("Make the legal entities selected for dual-write match the companies."),
                       {QStringLiteral("Open the Dual-write page in finance and operations apps."),
                        QStringLiteral("Compare the Legal entities tab with the Company table in Dataverse."),
                        QStringLiteral("Remove the mismatched legal entities, or reset the link.")},
                       QStringLiteral("https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/"
                                      "data-entities/dual-write/dual-write-health-check")};
}

inline Evidence sampleEvidence(const QString &request, int status = 200)
{
    Evidence e;
    e.service = QStringLiteral("dataverse");
    e.request = request;
    e.status = status;
    e.at = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 2), Qt::UTC);
    e.elapsedMs = 42;
    return e;
}

inline CheckResult passing(const QString &id, const QString &title)
{
    CheckResult c;
    c.id = id;
    c.title = title;
    c.status = CheckStatus::Pass;
    c.message = QStringLiteral("Checked: nothing to report.");
    return c;
}

inline Report baseReport()
{
    Report r;
    r.profileName = QStringLiteral("Contoso UAT");
    r.dataverseUrl = QStringLiteral("https://") + DataverseHost;
    r.foUrl = QStringLiteral("https://") + FoHost;
    r.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    r.finishedAt = r.startedAt.addSecs(4);
    return r;
}

inline Report healthyReport()
{
    Report r = baseReport();
    StepResult pre{Step::Prerequisites, {}, {}};
    pre.checks << passing(QStringLiteral("prereq.dataverse-access"), QStringLiteral("Dataverse can be reached"))
               << passing(QStringLiteral("prereq.dual-write-core"), QStringLiteral("The dual-write core solution was found"));
    StepResult dep{Step::Dependencies, {}, {}};
    dep.checks << passing(QStringLiteral("dep.company.dataverse"), QStringLiteral("Legal entities exist as companies"));
    r.steps << pre << dep;
    return r;
}

/** Findings of every kind, with identifying data (tenant id, URLs, a user) in messages and details. */
inline Report multiFailureReport()
{
    Report r = baseReport();
    StepResult pre{Step::Prerequisites, {}, {}};

    CheckResult access = passing(QStringLiteral("prereq.dataverse-access"),
                                 QStringLiteral("Dataverse can be reached and signed in to"));
    access.message = QStringLiteral("Signed in to Dataverse https://%1 as user %2 (%3).")
                         .arg(DataverseHost, UserId, UserMail);
    access.details = QJsonObject{{QStringLiteral("userId"), UserId}};
    pre.checks << access;

    CheckResult versions;
    versions.id = QStringLiteral("prereq.solution-versions");
    versions.title = QStringLiteral("Dual-write solutions are at their required versions");
    versions.status = CheckStatus::Fail;
    versions.codes << QStringLiteral("DWHC0202");
    versions.message = QStringLiteral("Dynamics365Company at 2.0.2.10, requires 2.0.133; "
                                      "Dynamics365FinanceExtended at 1.0.0.0, requires 2.0.227.");
    versions.details = QJsonObject{
        {QStringLiteral("below"),
         QJsonArray{QJsonObject{{QStringLiteral("uniqueName"), QStringLiteral("Dynamics365Company")},
                                {QStringLiteral("version"), QStringLiteral("2.0.2.10")},
                                {QStringLiteral("required"), QStringLiteral("2.0.133")}},
                    QJsonObject{{QStringLiteral("uniqueName"), QStringLiteral("Dynamics365FinanceExtended")},
                                {QStringLiteral("version"), QStringLiteral("1.0.0.0")},
                                {QStringLiteral("required"), QStringLiteral("2.0.227")}}}}};
    versions.evidence << sampleEvidence(QStringLiteral("GET /api/data/v9.2/solutions?$select=uniquename,version"));
    versions.remediation = sampleFix();
    pre.checks << versions;

    CheckResult roles;
    roles.id = QStringLiteral("prereq.user-roles");
    roles.title = QStringLiteral("The signed-in identity is System Administrator in Dataverse");
    roles.status = CheckStatus::Unknown;
    roles.codes << QStringLiteral("DWHC0401");
    roles.message = QStringLiteral("Could not read the roles of %1 (%2) in tenant %3: 401 <script>alert(1)</script>")
                        .arg(UserName, UserId, TenantId);
    roles.details = QJsonObject{{QStringLiteral("fullName"), UserName},
                                {QStringLiteral("systemUserId"), UserId},
                                {QStringLiteral("reason"), QStringLiteral("signInRefused")}};
    Evidence refused = sampleEvidence(
        QStringLiteral("GET /api/data/v9.2/systemusers(%1)/systemuserroles_association").arg(UserId), 401);
    refused.error = QStringLiteral("AADSTS700016: application not found in tenant %1").arg(TenantId);
    roles.evidence << refused;
    roles.remediation = sampleFix();
    pre.checks << roles;

    CheckResult count;
    count.id = QStringLiteral("prereq.legal-entity-count");
    count.title = QStringLiteral("The number of dual-write legal entities is within the limits");
    count.status = CheckStatus::Warning;
    count.codes << QStringLiteral("DWHC0502");
    count.message = QStringLiteral("41 legal entities are selected; initial sync supports 40.");
    count.details = QJsonObject{{QStringLiteral("count"), 41}};
    pre.checks << count;

    StepResult dep{Step::Dependencies, {}, QStringLiteral("Run although a prerequisite failed (--force-dependencies).")};
    CheckResult companies;
    companies.id = QStringLiteral("dep.company.dataverse");
    companies.title = QStringLiteral("The dual-write legal entities exist as companies in Dataverse");
    companies.status = CheckStatus::Fail;
    companies.codes << QStringLiteral("DWDVEV1003");
    companies.message = QStringLiteral("Legal entities selected for dual-write but missing in Dataverse "
                                       "cdm_company: DEMF, GBSI");
    companies.details = QJsonObject{{QStringLiteral("missing"), QJsonArray{QStringLiteral("DEMF"), QStringLiteral("GBSI")}},
                                    {QStringLiteral("present"), QJsonArray{QStringLiteral("USMF")}}};
    companies.evidence << sampleEvidence(QStringLiteral("GET /api/data/v9.2/cdm_companies?$select=cdm_companycode"));
    companies.remediation = sampleFix();
    dep.checks << companies;

    CheckResult stale;
    stale.id = QStringLiteral("dep.stale.fo");
    stale.title = QStringLiteral("No stale dual-write configurations in finance and operations apps");
    stale.status = CheckStatus::Fail;
    stale.codes << QStringLiteral("DWFOEV1004");
    stale.message = QStringLiteral("Project configurations that do not point at https://%1: "
                                   "DWM_SalesorderheadersV2_salesorders (points at https://contoso-old.crm4.dynamics.com).")
                        .arg(DataverseHost);
    stale.details = QJsonObject{
        {QStringLiteral("linkedUrl"), QStringLiteral("https://") + DataverseHost},
        {QStringLiteral("stale"),
         QJsonArray{QJsonObject{{QStringLiteral("projectName"), QStringLiteral("DWM_SalesorderheadersV2_salesorders")},
                                {QStringLiteral("externalEnvironmentUrl"), QStringLiteral("https://contoso-old.crm4.dynamics.com")}}}}};
    Evidence fo = sampleEvidence(QStringLiteral("GET /data/DualWriteProjectConfigurations?cross-company=true"));
    fo.service = QStringLiteral("financeAndOperations");
    stale.evidence << fo;
    stale.remediation = sampleFix();
    dep.checks << stale;

    CheckResult connection;
    connection.id = QStringLiteral("dep.apihub.dataverse");
    connection.title = QStringLiteral("The Dataverse APIHub connection is connected");
    connection.status = CheckStatus::Fail;
    connection.codes << QStringLiteral("DWDVEV1001");
    connection.message = QStringLiteral("No Dataverse connection is Connected in environment %1; found: %2 (Error).")
                             .arg(EnvironmentId, UserMail);
    connection.details = QJsonObject{
        {QStringLiteral("notConnected"),
         QJsonArray{QJsonObject{{QStringLiteral("displayName"), UserMail},
                                {QStringLiteral("statuses"), QJsonArray{QStringLiteral("Error")}}}}}};
    connection.remediation = sampleFix();
    dep.checks << connection;

    CheckResult skipped = passing(QStringLiteral("dep.bu.default-team-name"),
                                  QStringLiteral("The root business unit's default team has its name"));
    skipped.status = CheckStatus::Skipped;
    skipped.message = QStringLiteral("Not run: cancelled.");
    dep.checks << skipped;

    r.forcedDependencies = true;
    r.steps << pre << dep;
    return r;
}

/** `findings` failing checks over both steps, each with records, evidence and a fix. */
inline Report largeReport(int findings)
{
    Report r = baseReport();
    StepResult pre{Step::Prerequisites, {}, {}};
    StepResult dep{Step::Dependencies, {}, {}};
    for (int i = 0; i < findings; ++i) {
        CheckResult c;
        c.id = QStringLiteral("dep.synthetic.%1").arg(i, 4, 10, QLatin1Char('0'));
        c.title = QStringLiteral("Synthetic check number %1 finds its records").arg(i);
        c.status = i % 10 == 0 ? CheckStatus::Warning : i % 7 == 0 ? CheckStatus::Unknown : CheckStatus::Fail;
        c.codes << QStringLiteral("DWDVEV%1").arg(1000 + i % 9);
        c.message = QStringLiteral("Legal entities selected for dual-write but missing in Dataverse: "
                                   "LE%1A, LE%1B, LE%1C.").arg(i);
        QJsonArray records;
        for (int k = 0; k < 3; ++k)
            records.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("LE%1%2").arg(i).arg(QChar('A' + k))},
                                       {QStringLiteral("name"), QStringLiteral("Contoso company %1-%2").arg(i).arg(k)},
                                       {QStringLiteral("id"), QStringLiteral("13543925-b1bd-53f9-a4d7-%1").arg(i, 12, 10, QLatin1Char('0'))}});
        c.details = QJsonObject{{QStringLiteral("missing"), records},
                                {QStringLiteral("selected"), QJsonArray{QStringLiteral("USMF"), QStringLiteral("DEMF")}}};
        c.evidence << sampleEvidence(QStringLiteral("GET /api/data/v9.2/cdm_companies?$select=cdm_companyid,"
                                                    "cdm_companycode,cdm_name,_cdm_defaultowningteam_value&$skiptoken=%1").arg(i));
        c.remediation = sampleFix();
        (i % 2 == 0 ? pre : dep).checks << c;
    }
    r.steps << pre << dep;
    return r;
}

} // namespace dwh::test
