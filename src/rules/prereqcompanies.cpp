// SPDX-License-Identifier: MIT
// prereq.company-names (DWHC0501) and prereq.legal-entity-count (DWHC0502).
//
// DWHC0501 looks at every cdm_companies row (the link builds one dictionary of all of them).
//   details: {duplicates: [{name, companies: [{id, code, name}]}], blank: [{id, code}]}
//   Names compare trimmed and case-insensitively.
// DWHC0502 counts the selected legal entities (profile, or dv.companies enabled for dual-write).
//   > 40: warning (initial sync limit), > 250: fail (live sync limit).
//   details: {count, selected: [codes], source: "profile"|"dataverse",
//             initialSyncLimit: 40, liveSyncLimit: 250}
#include "checks.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

#include <QMap>

namespace dwh {

namespace {

constexpr int InitialSyncLimit = 40;
constexpr int LiveSyncLimit = 250;

QJsonObject companyJson(const QJsonObject &row)
{
    return {{QStringLiteral("id"), columnText(row, QStringLiteral("cdm_companyid"))},
            {QStringLiteral("code"), columnText(row, QStringLiteral("cdm_companycode"))},
            {QStringLiteral("name"), columnText(row, QStringLiteral("cdm_name"))}};
}

} // namespace

CheckResult checkCompanyNames(const RuleDescriptor &d, const Snapshot &snapshot,
                              const LinkContext &)
{
    QMap<QString, QList<QJsonObject>> byName;  // case-folded name → rows
    QStringList order;                         // first appearance, for stable output
    QJsonArray blank;
    QStringList blankText;
    for (const QJsonObject &row : snapshot.get(Dataset::DvCompanies).rows) {
        const QString name = columnText(row, QStringLiteral("cdm_name")).trimmed();
        if (name.isEmpty()) {
            blank.append(QJsonObject{
                {QStringLiteral("id"), columnText(row, QStringLiteral("cdm_companyid"))},
                {QStringLiteral("code"), columnText(row, QStringLiteral("cdm_companycode"))}});
            blankText << Rules::tr("company code \"%1\" (%2)")
                             .arg(columnText(row, QStringLiteral("cdm_companycode")),
                                  columnText(row, QStringLiteral("cdm_companyid")));
            continue;
        }
        const QString key = name.toCaseFolded();
        if (!byName.contains(key))
            order << key;
        byName[key] << row;
    }
    QJsonArray duplicates;
    QStringList duplicateText;
    for (const QString &key : order) {
        const QList<QJsonObject> &rows = byName.value(key);
        if (rows.size() < 2)
            continue;
        QJsonArray companies;
        QStringList codes;
        for (const QJsonObject &row : rows) {
            companies.append(companyJson(row));
            codes << columnText(row, QStringLiteral("cdm_companycode"));
        }
        const QString name = columnText(rows.first(), QStringLiteral("cdm_name")).trimmed();
        duplicates.append(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("companies"), companies}});
        duplicateText << Rules::tr("\"%1\" (company codes %2)").arg(name, nameList(codes));
    }
    QJsonObject details{{QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("blank"), blank}};
    capListed(&details, QStringLiteral("duplicates"));
    capListed(&details, QStringLiteral("blank"));
    if (duplicates.isEmpty() && blank.isEmpty()) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("Every company (cdm_company) row has a unique, non-blank name "
                                    "(rows checked: %1).")
                              .arg(snapshot.get(Dataset::DvCompanies).rows.size()),
                          details);
    }
    QStringList sentences;
    if (!duplicateText.isEmpty())
        sentences << Rules::tr("Company (cdm_company) rows share a name: %1.")
                         .arg(duplicateText.size() <= ListedNamesCap
                                  ? duplicateText.join(QLatin1String("; "))
                                  : Rules::tr("%1 and %2 more")
                                        .arg(duplicateText.mid(0, ListedNamesCap)
                                                 .join(QLatin1String("; ")),
                                             QString::number(duplicateText.size()
                                                             - ListedNamesCap)));
    if (!blankText.isEmpty())
        sentences << Rules::tr("Company (cdm_company) rows with a blank name: %1.")
                         .arg(nameList(blankText));
    sentences << Rules::tr("Linking dual-write fails on them with \"An item with the same key "
                           "has already been added\".");
    return makeResult(CheckStatus::Fail, d.codes, sentences.join(QLatin1Char(' ')), details);
}

CheckResult checkLegalEntityCount(const RuleDescriptor &d, const Snapshot &snapshot,
                                  const LinkContext &context)
{
    const LegalEntitySelection selection = selectedLegalEntities(snapshot, context);
    if (!selection.known) {
        return makeResult(CheckStatus::Unknown, {},
                          Rules::tr("The legal entities selected for dual-write are unknown: %1")
                              .arg(selection.error));
    }
    const int count = int(selection.codes.size());
    QJsonObject details{{QStringLiteral("count"), count},
                        {QStringLiteral("selected"), toJsonArray(selection.codes)},
                        {QStringLiteral("source"), selection.sourceName()},
                        {QStringLiteral("initialSyncLimit"), InitialSyncLimit},
                        {QStringLiteral("liveSyncLimit"), LiveSyncLimit}};
    capListed(&details, QStringLiteral("selected"));
    if (count > LiveSyncLimit) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("Legal entities selected for dual-write: %1; live "
                                    "synchronization supports at most %2.")
                              .arg(count)
                              .arg(LiveSyncLimit),
                          details);
    }
    if (count > InitialSyncLimit) {
        return makeResult(CheckStatus::Warning, d.codes,
                          Rules::tr("Legal entities selected for dual-write: %1; initial "
                                    "synchronization supports at most %2 at a time.")
                              .arg(count)
                              .arg(InitialSyncLimit),
                          details);
    }
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("Legal entities selected for dual-write: %1 (at most %2 for "
                                "initial synchronization, %3 for live synchronization).")
                          .arg(count)
                          .arg(InitialSyncLimit)
                          .arg(LiveSyncLimit),
                      details);
}

} // namespace dwh
