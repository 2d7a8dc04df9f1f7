// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "dataset.h"

#include <QString>
#include <QStringList>

namespace dwh {

/*
 * What each code means and how to fix it: Microsoft's descriptions exactly as documented
 * (seeds/dual-write-health-check.md), the project's own for DWHC codes, and the documented fix
 * written as steps an admin can follow, with a learn.microsoft.com link for every code.
 * Texts are translated when asked for (context "dwh::Rules").
 */

/** Every code the rules can raise: Microsoft's eight, then the project's DWHC codes. */
QStringList allCodes();
bool isKnownCode(const QString &code);
/** The product's description of a code (exact for Microsoft's codes); empty when unknown. */
QString codeDescription(const QString &code);
/** The documented fix; empty when the code is unknown. */
Remediation remediationFor(const QString &code);
/** The learn.microsoft.com page behind a code; empty when unknown. */
QString docUrlFor(const QString &code);

/** How to restore access when a dataset of `service` could not be read. */
Remediation accessRemediation(Service service);

namespace DocUrls {
QString healthCheck();
QString reset();
QString staleCleanup();
QString defaultOwningTeam();
QString prerequisites();
QString securityRoles();
QString separatedSolutions();
QString versionMismatch();
QString initialSetup();
QString limits();
} // namespace DocUrls

} // namespace dwh
