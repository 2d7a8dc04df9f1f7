// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace dwh {

/**
 * One "version mismatch" message of a table map run:
 * `<Map> (<entityset>) : Dual write failure - Dynamics 365 for Sales solution '<UniqueName>' has
 * version mismatch. Version: '<installed>' Required version: '<required>'` (the map prefix is
 * optional; dual-write-troubleshooting-dual-write-module.md).
 */
struct VersionMismatch
{
    QString map;        // "Customer groups"; empty without the prefix
    QString entitySet;  // "msdyn_customergroups"; empty without the prefix
    QString solution;   // unique name, "Dynamics365Company"
    QString installed;  // "2.0.2.10"
    QString required;   // "2.0.133"
    QString message;    // the message as found (prefix included)
    QString package;    // the AppSource package of the solution; filled by the Troubleshooter

    /** True when the installed version is below the required one (the expected case). */
    bool installedIsOlder() const;
};

/** Every version mismatch message in `text`, in order; an exact repeat is listed once. */
QList<VersionMismatch> parseVersionMismatches(const QString &text);

/**
 * Compares dotted versions segment by segment as numbers; a missing segment counts as 0, so
 * "2.0.133" equals "2.0.133.0" and "2.0.2.10" is below "2.0.133". Negative, 0 or positive.
 * The same order as dwh::compareVersions of dwh_rules, which this Qt Core-only library does not
 * link; a text segment counts as 0 here instead of making the comparison invalid.
 */
int compareDottedVersions(const QString &a, const QString &b);

} // namespace dwh
