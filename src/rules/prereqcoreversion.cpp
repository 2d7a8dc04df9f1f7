// SPDX-License-Identifier: MIT
// prereq.core-version (DWHC0204), from dv.solutions.
//
// Microsoft's dual-write release notes (whats-new-dual-write, "September 2024 / Security update")
// make Dual Write Core 1.0.24073.3 mandatory by November 30, 2024: below it the pause/resume and
// alert features stop working. That is a `fail` (the deadline has passed; the feature stops).
// Below 1.0.16.0 the tenant also needs the app consent and the 33976c19-… application
// (requirements-and-prerequisites); the message says so.
//
// details: {uniqueName, version, securityUpdateMinimum, consentThreshold, belowSecurityUpdate,
//           belowConsentThreshold, deadline, releaseNotes}
//   skipped when Dual Write Core is not installed (DWHC0201 reports that); unknown when its
//   version cannot be parsed (never a pass).
#include "checks.h"
#include "coreversion.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

namespace dwh {

std::optional<QJsonObject> dualWriteCoreSolution(const Snapshot &snapshot)
{
    for (const QString &name : {QStringLiteral("DualWriteCore"), QStringLiteral("msdyn_DualWriteCore")}) {
        for (const QJsonObject &row : snapshot.get(Dataset::DvSolutions).rows) {
            if (columnText(row, QStringLiteral("uniquename")).trimmed().compare(name,
                                                                               Qt::CaseInsensitive)
                == 0)
                return row;
        }
    }
    return std::nullopt;
}

QString coreConsentThreshold() { return QStringLiteral("1.0.16.0"); }
QString coreSecurityUpdateThreshold() { return QStringLiteral("1.0.24073.3"); }
QString coreReleaseNotesUrl()
{
    return QStringLiteral("https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/"
                          "data-entities/dual-write/whats-new-dual-write");
}

CheckResult checkCoreVersion(const RuleDescriptor &d, const Snapshot &snapshot, const LinkContext &)
{
    const auto core = dualWriteCoreSolution(snapshot);
    if (!core) {
        CheckResult r = makeResult(CheckStatus::Skipped, {},
                                   Rules::tr("Not run: the Dual Write Core solution is not "
                                             "installed (see prereq.dual-write-core, DWHC0201)."));
        return r;
    }
    const QString name = columnText(*core, QStringLiteral("uniquename"));
    const QString version = columnText(*core, QStringLiteral("version"));
    const VersionOrder security = compareVersions(version, coreSecurityUpdateThreshold());
    const VersionOrder consent = compareVersions(version, coreConsentThreshold());
    const QString deadline = QStringLiteral("2024-11-30");
    QJsonObject details{{QStringLiteral("uniqueName"), name},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("securityUpdateMinimum"), coreSecurityUpdateThreshold()},
                        {QStringLiteral("consentThreshold"), coreConsentThreshold()},
                        {QStringLiteral("deadline"), deadline},
                        {QStringLiteral("releaseNotes"), coreReleaseNotesUrl()}};
    if (security == VersionOrder::Invalid) {
        return makeResult(CheckStatus::Unknown, {},
                          Rules::tr("The version of %1 (\"%2\") cannot be compared with the "
                                    "documented minimum %3.")
                              .arg(name, version, coreSecurityUpdateThreshold()),
                          details);
    }
    const bool belowSecurity = security == VersionOrder::Less;
    const bool belowConsent = consent == VersionOrder::Less;
    details.insert(QStringLiteral("belowSecurityUpdate"), belowSecurity);
    details.insert(QStringLiteral("belowConsentThreshold"), belowConsent);
    if (!belowSecurity) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("%1 %2 is at or above %3, the minimum of Microsoft's "
                                    "September 2024 dual-write security update.")
                              .arg(name, version, coreSecurityUpdateThreshold()),
                          details);
    }
    QString message = Rules::tr("%1 %2 is below %3. Microsoft's dual-write release notes "
                                "(September 2024 security update, %4) made %3 mandatory by %5; "
                                "below it the dual-write pause and resume and alert features "
                                "don't work.")
                          .arg(name, version, coreSecurityUpdateThreshold(), coreReleaseNotesUrl(),
                               deadline);
    if (belowConsent)
        message += QLatin1Char(' ')
                   + Rules::tr("It is even below %1: the tenant still needs the dual-write app "
                               "consent and the 33976c19-1db5-4c02-810e-c243db79efde application.")
                         .arg(coreConsentThreshold());
    return makeResult(CheckStatus::Fail, d.codes, message, details);
}

} // namespace dwh
