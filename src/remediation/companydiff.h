// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"
#include "matching.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

class Snapshot;
struct LinkContext;

/** What can differ for one company code between the three sides. */
enum class CompanyDifference {
    MissingInDataverse = 0x01,     // selected (or in F&O) but no cdm_companies row: DWDVEV1003
    MissingInFo = 0x02,            // selected (or in Dataverse) but no F&O LegalEntities row: DWFOEV1003
    NoOwningTeam = 0x04,           // selected, in Dataverse, no default owning team: DWDVEV1007
    NotEnabledForDualWrite = 0x08, // selected in the profile, Dataverse row not enabled
    EnabledButNotSelected = 0x10,  // Dataverse row enabled, not in the profile's selection
    NameDiffers = 0x20,            // F&O Name and Dataverse cdm_name differ
    CodeSpellingDiffers = 0x40,    // matched, but spelled differently ("usmf" / "USMF ")
    DuplicateInDataverse = 0x80,   // several cdm_companies rows with this code
};
Q_DECLARE_FLAGS(CompanyDifferences, CompanyDifference)
Q_DECLARE_OPERATORS_FOR_FLAGS(CompanyDifferences)

/** One company code across the dual-write selection, F&O LegalEntities and cdm_companies. */
struct CompanyDiffRow
{
    QString code;        // as the selection spells it, else F&O, else Dataverse (trimmed)
    QString key;         // codeKey(code): what the three sides are matched on
    bool selected = false;
    bool inFo = false;
    QString foCode;      // as F&O spells it
    QString foName;
    bool inDataverse = false;
    QString dvCode;      // as Dataverse spells it (first row)
    QString dvName;
    QString dvCompanyId;
    int dvRowCount = 0;
    bool enabledForDualWrite = false;  // cdm_isenabledfordualwrite of the first row
    QString owningTeamId;              // _cdm_defaultowningteam_value; empty when none
    QString owningTeamName;            // known for the root business unit's default team only
    CompanyDifferences differences;
    bool partial = false;  // F&O or Dataverse could not be read: a missing side is not known

    bool hasDifference() const { return differences != CompanyDifferences(); }
    /** Fail for what makes a health check fail, Warning for what needs a look, Unknown when a
     *  selected row could not be compared (a side unreadable), Pass when it matches, Skipped
     *  when it is not selected and only informative. */
    CheckStatus status() const;
    /** The differences in words, translated, worst first; empty when none. */
    QStringList differenceTexts() const;
    /** The documented steps that fix this row, translated; empty when nothing to fix. */
    QStringList fixSteps() const;
};

/** The three-way comparison of the companies. Pure: built from a snapshot and the link. */
struct CompanyDiff
{
    LegalEntitySelection selection;
    bool foKnown = false;   // fo.legalEntities was read
    bool dvKnown = false;   // dv.companies was read
    QString foError;
    QString dvError;
    QList<CompanyDiffRow> rows;  // selected codes first (selection order), then the rest by code

    /** Codes compared trimmed and case-insensitively (matching.h codeKey). */
    static CompanyDiff compute(const Snapshot &snapshot, const LinkContext &context);
    int count(CheckStatus status) const;
    const CompanyDiffRow *find(const QString &code) const;
};

/** The grid as CSV (RFC 4180: comma separated, CRLF, fields quoted when needed), with a
 *  header row; the fix steps joined with " | ". */
QString companyDiffCsv(const CompanyDiff &diff);
/** One CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled). A field
 *  starting with =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
QString csvField(const QString &value);

} // namespace dwh
