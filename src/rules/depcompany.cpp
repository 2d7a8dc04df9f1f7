// SPDX-License-Identifier: MIT
// dep.company.dataverse (DWDVEV1003), dep.company.fo (DWFOEV1003),
// dep.company.owning-team (DWDVEV1007).
//
// The selection is the profile's legal entities (dualWrite.legalEntities), or else the
// cdm_companies rows enabled for dual-write. The legal entities selected on the Dual-write page
// are kept by the Data Integrator service, which no documented API exposes (docs/wire.md "The
// link"), and a selected legal entity with no cdm_company row cannot be seen from Dataverse's
// flag: so without the profile's list DWDVEV1003 is `warning`, never `pass`.
// Codes compare trimmed and case-insensitively (contract.md).
// DWDVEV1003/DWFOEV1003 details: {source, selected: [codes], present: [codes], missing: [codes]}
// DWDVEV1007 details: {source, selected: [codes], withoutTeam: [{id, code, name}],
//                      withTeam: [{id, code, name, teamId}], notInDataverse: [codes]}
//   A selected code with no cdm_companies row is DWDVEV1003's finding, listed here only.
// present, missing, withTeam and notInDataverse keep their first 100 records, the rest counted in
// notListed {key: N}; withoutTeam stays whole (the owning-team fix acts on each of them).
#include "checks.h"
#include "matching.h"
#include "owningteamdetails.h"
#include "rulehelpers.h"
#include "rulestr.h"

#include <QMultiHash>
#include <QSet>

#include <algorithm>

namespace dwh {

namespace {

QSet<QString> codeKeys(const QList<QJsonObject> &rows, const QString &column)
{
    QSet<QString> keys;
    for (const QJsonObject &row : rows)
        keys.insert(codeKey(columnText(row, column)));
    return keys;
}

CheckResult selectionUnknown(const LegalEntitySelection &selection)
{
    return makeResult(CheckStatus::Unknown, {},
                      Rules::tr("The legal entities selected for dual-write are unknown: %1")
                          .arg(selection.error));
}

CheckResult compareSelection(const RuleDescriptor &d, const LegalEntitySelection &selection,
                             const QSet<QString> &existing, bool dataverse)
{
    QStringList present, missing;
    for (const QString &code : selection.codes)
        (existing.contains(codeKey(code)) ? present : missing) << code;
    QJsonObject details{{QStringLiteral("source"), selection.sourceName()},
                        {QStringLiteral("selected"), toJsonArray(selection.codes)},
                        {QStringLiteral("present"), toJsonArray(present)},
                        {QStringLiteral("missing"), toJsonArray(missing)}};
    capListed(&details, QStringLiteral("present"));
    capListed(&details, QStringLiteral("missing"));
    if (!missing.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          dataverse ? Rules::tr("Legal entities selected for dual-write but "
                                                "missing in Dataverse cdm_company: %1")
                                          .arg(nameList(missing))
                                    : Rules::tr("Legal entities selected for dual-write but "
                                                "missing in finance and operations apps "
                                                "LegalEntities: %1")
                                          .arg(nameList(missing)),
                          details);
    }
    if (selection.codes.isEmpty()) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("No legal entities are selected for dual-write."), details);
    }
    return makeResult(CheckStatus::Pass, {},
                      dataverse ? Rules::tr("Every legal entity selected for dual-write exists in "
                                            "Dataverse cdm_company: %1")
                                      .arg(nameList(present))
                                : Rules::tr("Every legal entity selected for dual-write exists in "
                                            "finance and operations apps LegalEntities: %1")
                                      .arg(nameList(present)),
                      details);
}

} // namespace

CheckResult checkCompanyDataverse(const RuleDescriptor &d, const Snapshot &snapshot,
                                  const LinkContext &context)
{
    const LegalEntitySelection selection = selectedLegalEntities(snapshot, context);
    if (!selection.known)
        return selectionUnknown(selection);
    CheckResult result = compareSelection(
        d, selection,
        codeKeys(snapshot.get(Dataset::DvCompanies).rows, QStringLiteral("cdm_companycode")), true);
    if (selection.source == LegalEntitySelection::Source::Profile)
        return result;
    // Dataverse's own flag cannot show what is missing from Dataverse.
    result.status = CheckStatus::Warning;
    result.codes = d.codes;
    result.details.insert(QStringLiteral("selectionReadable"), false);
    result.message = Rules::tr("The legal entities selected on the Dual-write page cannot be read "
                               "through a documented API, so a selected legal entity without a "
                               "cdm_company row cannot be seen. Companies enabled for dual-write "
                               "in Dataverse: %1. List the selection in the profile "
                               "(dualWrite.legalEntities) or pick it in the wizard to check it.")
                         .arg(selection.codes.isEmpty() ? Rules::tr("none")
                                                        : cappedNameList(selection.codes));
    return result;
}

CheckResult checkCompanyFo(const RuleDescriptor &d, const Snapshot &snapshot,
                           const LinkContext &context)
{
    const LegalEntitySelection selection = selectedLegalEntities(snapshot, context);
    if (!selection.known)
        return selectionUnknown(selection);
    return compareSelection(
        d, selection,
        codeKeys(snapshot.get(Dataset::FoLegalEntities).rows, QStringLiteral("LegalEntityId")),
        false);
}

CheckResult checkCompanyOwningTeam(const RuleDescriptor &d, const Snapshot &snapshot,
                                   const LinkContext &context)
{
    const LegalEntitySelection selection = selectedLegalEntities(snapshot, context);
    if (!selection.known)
        return selectionUnknown(selection);
    const QList<QJsonObject> &rows = snapshot.get(Dataset::DvCompanies).rows;
    OwningTeamDetails typed;
    typed.source = selection.sourceName();
    typed.selected = selection.codes;
    QStringList withoutText;
    QMultiHash<QString, int> byCode;  // codeKey → row index; a code may have several rows
    for (int i = 0; i < rows.size(); ++i)
        byCode.insert(codeKey(columnText(rows.at(i), QStringLiteral("cdm_companycode"))), i);
    for (const QString &code : selection.codes) {
        QList<int> matches = byCode.values(codeKey(code));
        std::sort(matches.begin(), matches.end());  // in the order Dataverse returned them
        const bool found = !matches.isEmpty();
        for (int index : std::as_const(matches)) {
            const QJsonObject &row = rows.at(index);
            const QString id = columnText(row, QStringLiteral("cdm_companyid"));
            const QString rowCode = columnText(row, QStringLiteral("cdm_companycode"));
            const QString name = columnText(row, QStringLiteral("cdm_name"));
            CompanyOwningTeam company{id, rowCode, name, std::nullopt};
            if (isNullLookup(row, QStringLiteral("_cdm_defaultowningteam_value"))) {
                typed.withoutTeam.append(company);
                withoutText << Rules::tr("%1 (%2)").arg(rowCode, name);
            } else {
                company.teamId = columnText(row, QStringLiteral("_cdm_defaultowningteam_value"));
                typed.withTeam.append(company);
            }
        }
        if (!found)
            typed.notInDataverse << code;
    }
    QJsonObject details = typed.toJson();
    // withoutTeam stays whole: the owning-team fix sets a team on each of them.
    capListed(&details, QStringLiteral("withTeam"));
    capListed(&details, QStringLiteral("notInDataverse"));
    if (!withoutText.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("Companies selected for dual-write without a default owning "
                                    "team: %1.")
                              .arg(nameList(withoutText)),
                          details);
    }
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("Every company selected for dual-write in Dataverse has a "
                                "default owning team (companies checked: %1).")
                          .arg(typed.withTeam.size()),
                      details);
}

} // namespace dwh
