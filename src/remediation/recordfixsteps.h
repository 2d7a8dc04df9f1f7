// SPDX-License-Identifier: MIT
// The record-specific fix steps of a finished run, as the guided-fix dialogs show them (company
// codes and names, team names, the configuration rows to delete), for the PDF report.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dwh {

struct Profile;
struct Report;
class Snapshot;

/**
 * For each check of `report` that did not pass and that a dialog fixes record by record, its
 * steps naming those records, keyed by check id: the company checks (dep.company.dataverse,
 * dep.company.fo: each company's steps from the company comparison), the owning-team check and
 * the stale-configuration checks (the writes remediation would make, one step per record, with
 * its reason). A check with no records to name has no entry (its documented steps stay). Pure.
 */
QHash<QString, QStringList> recordFixSteps(const Report &report, const Snapshot &snapshot,
                                           const Profile &profile);

} // namespace dwh
