// SPDX-License-Identifier: MIT
#include "detaillabels.h"

#include "reportcontent.h"

#include <QCoreApplication>
#include <QHash>

namespace dwh::content {

namespace {

// The top-level keys of the checks' details (the report JSON keeps them as they are), with the
// label a reader sees; lupdate collects the labels (context dwh::ReportDetails).
const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> table{
        {"belowConsentThreshold", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Below the consent threshold")},
        {"belowSecurityUpdate", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Below the security update")},
        {"clientId", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Client ID")},
        {"cloudHosted", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Cloud-hosted")},
        {"cloudHostedBecause", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Known to be cloud-hosted because")},
        {"consentThreshold", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Consent threshold")},
        {"coreVersion", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Dual Write Core version")},
        {"deadline", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Deadline")},
        {"foUserId", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Finance and operations user")},
        {"legacyAppRequired", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Legacy application required")},
        {"notRequired", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Not required")},
        {"registered", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Registered")},
        {"releaseNotes", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Release notes")},
        {"required", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Required")},
        {"requiredRoles", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Required roles")},
        {"teams", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Teams")},
        {"users", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Users")},
        {"securityUpdateMinimum", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Security update minimum")},
        {"systemAdministrators", QT_TRANSLATE_NOOP("dwh::ReportDetails", "System administrators")},
        {"uniqueName", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Unique name")},
        {"version", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Version")},
        {"api", QT_TRANSLATE_NOOP("dwh::ReportDetails", "API")},
        {"assemblies", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Assemblies")},
        {"assembliesWithoutSteps", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Assemblies without steps")},
        {"below", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Below")},
        {"blank", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Blank")},
        {"businessUnit", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Business unit")},
        {"businessUnitId", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Business unit ID")},
        {"companies", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Companies")},
        {"connected", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Connected")},
        {"count", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Count")},
        {"dataset", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Dataset")},
        {"defaultTeam", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Default team")},
        {"disabled", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Disabled")},
        {"disabledSteps", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Disabled steps")},
        {"duplicates", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Duplicates")},
        {"error", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Error")},
        {"foConfigurations", QT_TRANSLATE_NOOP("dwh::ReportDetails", "F&O project configurations")},
        {"found", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Found")},
        {"httpStatus", QT_TRANSLATE_NOOP("dwh::ReportDetails", "HTTP status")},
        {"initialSyncLimit", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Initial sync limit")},
        {"installed", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Installed")},
        {"legalEntities", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Legal entities")},
        {"legalEntityCount", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Legal entity count")},
        {"link", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Link")},
        {"linkBasis", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Link basis")},
        {"linkedProjects", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Linked projects")},
        {"linkedUrl", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Linked URL")},
        {"liveSyncLimit", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Live sync limit")},
        {"lookedFor", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Looked for")},
        {"malformed", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Malformed")},
        {"mapped", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Mapped business units")},
        {"mappedError", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Mapped business units not read")},
        {"match", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Match")},
        {"missing", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Missing")},
        {"missingAssemblies", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Missing assemblies")},
        {"notConnected", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Not connected")},
        {"notInDataverse", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Not in Dataverse")},
        {"notInstalled", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Not installed")},
        {"notListed", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Not listed (records left out of the report, per list)")},
        {"ok", QT_TRANSLATE_NOOP("dwh::ReportDetails", "OK")},
        {"organizationId", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Organization ID")},
        {"owned", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Owned")},
        {"present", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Present")},
        {"reason", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Reason")},
        {"roles", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Roles")},
        {"selected", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Selected")},
        {"selectionReadable", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Selection readable")},
        {"service", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Service")},
        {"source", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Source")},
        {"stale", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Stale")},
        {"systemAdministrator", QT_TRANSLATE_NOOP("dwh::ReportDetails", "System administrator")},
        {"total", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Total")},
        {"unjudged", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Not judged")},
        {"unreadable", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Unreadable")},
        {"userId", QT_TRANSLATE_NOOP("dwh::ReportDetails", "User ID")},
        {"withTeam", QT_TRANSLATE_NOOP("dwh::ReportDetails", "With team")},
        {"withoutTeam", QT_TRANSLATE_NOOP("dwh::ReportDetails", "Without team")},
    };
    return table;
}

} // namespace

QString detailLabel(const QString &key)
{
    const char *label = labels().value(key);
    return label ? QCoreApplication::translate("dwh::ReportDetails", label) : humanise(key);
}

bool hasDetailLabel(const QString &key)
{
    return labels().contains(key);
}

} // namespace dwh::content
