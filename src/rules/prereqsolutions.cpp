// SPDX-License-Identifier: MIT
// prereq.dual-write-core (DWHC0201), prereq.solution-versions (DWHC0202),
// prereq.prospect-to-cash (DWHC0203), all from dv.solutions.
//
// DWHC0201 details: {found: [{uniqueName, friendlyName, version}], lookedFor: [unique names]}
// DWHC0202 details: {below: [{uniqueName, version, required}], ok: [{uniqueName, version,
//                   required}], malformed: [{uniqueName, version, required}],
//                   notInstalled: [{uniqueName, required}]}
//   Fail when a solution is below its minimum; unknown when none is below but a version could
//   not be parsed (never a pass); a solution that is not installed is listed, not a failure.
// DWHC0203 details: {installed: {uniqueName, friendlyName, version} or null}
#include "checks.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

#include <optional>

namespace dwh {

namespace {

std::optional<QJsonObject> findSolution(const Snapshot &snapshot, const QString &uniqueName)
{
    for (const QJsonObject &row : snapshot.get(Dataset::DvSolutions).rows) {
        if (columnText(row, QStringLiteral("uniquename")).trimmed().compare(uniqueName,
                                                                           Qt::CaseInsensitive)
            == 0)
            return row;
    }
    return std::nullopt;
}

QJsonObject solutionJson(const QJsonObject &row)
{
    return {{QStringLiteral("uniqueName"), columnText(row, QStringLiteral("uniquename"))},
            {QStringLiteral("friendlyName"), columnText(row, QStringLiteral("friendlyname"))},
            {QStringLiteral("version"), columnText(row, QStringLiteral("version"))}};
}

struct Requirement
{
    QString uniqueName;
    QString minimum;
};

QList<Requirement> requirements()
{
    // UO:dual-write-troubleshooting-dual-write-module.md, "version mismatch" errors.
    return {{QStringLiteral("Dynamics365Company"), QStringLiteral("2.0.133")},
            {QStringLiteral("Dynamics365FinanceAndOperationsCommon"), QStringLiteral("2.0.133")},
            {QStringLiteral("CurrencyExchangeRates"), QStringLiteral("2.0.133")},
            {QStringLiteral("Dynamics365FinanceExtended"), QStringLiteral("2.0.227")},
            {QStringLiteral("Dynamics365SupplyChainExtended"), QStringLiteral("2.0.227")}};
}

} // namespace

CheckResult checkDualWriteCore(const RuleDescriptor &d, const Snapshot &snapshot,
                               const LinkContext &)
{
    const QStringList names{QStringLiteral("DualWriteCore"), QStringLiteral("msdyn_DualWriteCore")};
    QJsonArray found;
    QStringList foundText;
    for (const QString &name : names) {
        if (const auto row = findSolution(snapshot, name)) {
            found.append(solutionJson(*row));
            foundText << QStringLiteral("%1 %2").arg(columnText(*row, QStringLiteral("uniquename")),
                                                columnText(*row, QStringLiteral("version")));
        }
    }
    const QJsonObject details{{QStringLiteral("found"), found},
                              {QStringLiteral("lookedFor"), toJsonArray(names)}};
    if (found.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("The Dual Write Core solution is not installed in Dataverse "
                                    "(looked for the unique names %1).")
                              .arg(nameList(names)),
                          details);
    }
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("The Dual Write Core solution is installed: %1.")
                          .arg(nameList(foundText)),
                      details);
}

CheckResult checkSolutionVersions(const RuleDescriptor &d, const Snapshot &snapshot,
                                  const LinkContext &)
{
    QJsonArray below, ok, malformed, notInstalled;
    QStringList belowText, malformedText, okText, notInstalledText;
    for (const Requirement &req : requirements()) {
        const auto row = findSolution(snapshot, req.uniqueName);
        if (!row) {
            notInstalled.append(QJsonObject{{QStringLiteral("uniqueName"), req.uniqueName},
                                            {QStringLiteral("required"), req.minimum}});
            notInstalledText << req.uniqueName;
            continue;
        }
        const QString version = columnText(*row, QStringLiteral("version")).trimmed();
        const QJsonObject entry{{QStringLiteral("uniqueName"), req.uniqueName},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("required"), req.minimum}};
        switch (compareVersions(version, req.minimum)) {
        case VersionOrder::Less:
            below.append(entry);
            belowText << Rules::tr("%1 at %2, requires %3").arg(req.uniqueName, version, req.minimum);
            break;
        case VersionOrder::Invalid:
            malformed.append(entry);
            malformedText << Rules::tr("%1 reports version \"%2\"").arg(req.uniqueName, version);
            break;
        case VersionOrder::Equal:
        case VersionOrder::Greater:
            ok.append(entry);
            okText << QStringLiteral("%1 %2").arg(req.uniqueName, version);
            break;
        }
    }
    const QJsonObject details{{QStringLiteral("below"), below},
                              {QStringLiteral("ok"), ok},
                              {QStringLiteral("malformed"), malformed},
                              {QStringLiteral("notInstalled"), notInstalled}};
    QStringList sentences;
    CheckStatus status = CheckStatus::Pass;
    if (!belowText.isEmpty()) {
        status = CheckStatus::Fail;
        sentences << Rules::tr("Dual-write solutions below their required version: %1.")
                         .arg(belowText.join(QLatin1String("; ")));
    }
    if (!malformedText.isEmpty()) {
        if (status == CheckStatus::Pass)
            status = CheckStatus::Unknown;
        sentences << Rules::tr("Could not compare versions that are not dotted numbers: %1.")
                         .arg(malformedText.join(QLatin1String("; ")));
    }
    if (status == CheckStatus::Pass) {
        sentences << (okText.isEmpty()
                          ? Rules::tr("None of the versioned dual-write solutions is installed.")
                          : Rules::tr("Installed dual-write solutions meet their required "
                                      "versions: %1.")
                                .arg(nameList(okText)));
    }
    if (!notInstalledText.isEmpty())
        sentences << Rules::tr("Not installed: %1.").arg(nameList(notInstalledText));
    return makeResult(status, status == CheckStatus::Pass ? QStringList() : d.codes,
                      sentences.join(QLatin1Char(' ')), details);
}

CheckResult checkProspectToCash(const RuleDescriptor &d, const Snapshot &snapshot,
                                const LinkContext &)
{
    const auto row = findSolution(snapshot, QStringLiteral("ProspectToCash"));
    if (!row) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("The Prospect to Cash solution (ProspectToCash) is not "
                                    "installed."),
                          QJsonObject{{QStringLiteral("installed"), QJsonValue::Null}});
    }
    return makeResult(CheckStatus::Fail, d.codes,
                      Rules::tr("The Prospect to Cash solution (%1, version %2) is installed; "
                                "dual-write cannot run side by side with it.")
                          .arg(columnText(*row, QStringLiteral("uniquename")),
                               columnText(*row, QStringLiteral("version"))),
                      QJsonObject{{QStringLiteral("installed"), solutionJson(*row)}});
}

} // namespace dwh
