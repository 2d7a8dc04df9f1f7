// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"
#include "snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

/** A right the signed-in identity needs for some of the checks. */
enum class Requirement {
    DataverseAccess,           // a user (or application user) in the Dataverse environment
    SystemAdministrator,       // the System Administrator role in Dataverse (DWHC0401)
    FinanceAndOperationsAccess,// a user in F&O (LegalEntities readable)
    PowerPlatformConnections,  // the environment's Power Platform connections readable
};

/**
 * One line of the least-privilege preflight: a right, the checks that need it, and whether the
 * identity that signed in for "Test connection" has it.
 */
struct PreflightRow
{
    Requirement requirement = Requirement::DataverseAccess;
    QString title;          // what the checks read, e.g. "Dataverse"
    QStringList checkIds;   // the contract check ids that need this right, in report order
    /** Pass: the checks can run. Fail: the right is missing (`needs` names it). Unknown: the
     *  test could not tell (the service did not answer, the sign-in failed). */
    CheckStatus status = CheckStatus::Unknown;
    QString verdict;        // "Can run", "Needs System Administrator in Dataverse", "Could not tell"
    QString needs;          // the role or privilege, in a few words, always set
    QString hint;           // how to grant it, in a sentence; may be empty
    QString code;           // the prerequisite that reports it, e.g. "DWHC0401"; empty when none
    QString details;        // the evidence in a few words: the roles, the HTTP status, the error

    bool canRun() const { return status == CheckStatus::Pass; }
};

/** The datasets the preflight judges from: who-am-I, the user's roles, F&O legal entities and
 *  the Power Platform connections (what "Test connection" reads). */
QList<Dataset> preflightDatasets();

/**
 * Which checks the signed-in identity can run, from what the connection test read: one row per
 * Requirement, in enum order. Pure: no I/O. A 401/403 names the missing right rather than the
 * status code; a network fault is "could not tell".
 */
QList<PreflightRow> evaluatePreflight(const Snapshot &snapshot);

/** The rows a check depends on that are not met (empty: the check can run). */
QList<PreflightRow> blockersOf(const QList<PreflightRow> &rows, const QString &checkId);

} // namespace dwh
