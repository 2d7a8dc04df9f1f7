// SPDX-License-Identifier: MIT
// The three-way company grid behind DWDVEV1003 / DWFOEV1003 (and DWDVEV1007's owning team).
// Fix steps: seeds/dual-write-health-check.md (DWDVEV1003, DWFOEV1003, DWDVEV1007) and
// domain.md §3.1 (the Legal entities → cdm_companies map, enabling a company for dual-write).
#include "companydiff.h"

#include "linkcontext.h"
#include "rulehelpers.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace dwh {

namespace {

class Str
{
    Q_DECLARE_TR_FUNCTIONS(dwh::CompanyDiff)
};

QString yesNo(bool value)
{
    return value ? Str::tr("Yes") : Str::tr("No");
}

QString removeStep(const CompanyDiffRow &row)
{
    return Str::tr("Option 1: remove %1 from the dual-write selection. On the Dual-write page in "
                   "finance and operations apps, select Environment details and remove the legal "
                   "entity on the Legal entities tab.")
        .arg(row.code);
}

QString resetStep()
{
    return Str::tr("Option 3: reset the dual-write link (Reset link on the Dual-write page, with "
                   "all table maps stopped) and select only legal entities that exist on both "
                   "sides. A reset deletes the table maps, integration keys, legal-entity mapping "
                   "and runtime configuration; apply the solutions again afterwards.");
}

QString createInFoStep(const CompanyDiffRow &row, const QString &option)
{
    return Str::tr("%1: create the legal entity %2 in finance and operations apps "
                   "(Organization administration > Organizations > Legal entities).")
        .arg(option, row.code);
}

QString createInDataverseStep(const CompanyDiffRow &row, const QString &option)
{
    const QString name = row.foName.isEmpty() ? QString() : Str::tr(" and name \"%1\"").arg(row.foName);
    return Str::tr("%1: create the company %2 in Dataverse. The Legal entities (cdm_companies) "
                   "table map copies every legal entity enabled for dual-write to the Company "
                   "table (LegalEntityId to cdm_companycode, Name to cdm_name): run that map, or "
                   "add a Company row with company code %2%3 in the Power Apps maker portal "
                   "(Tables > Company).")
        .arg(option, row.code, name);
}

} // namespace

CheckStatus CompanyDiffRow::status() const
{
    const CompanyDifferences failing = CompanyDifference::MissingInDataverse
        | CompanyDifference::MissingInFo | CompanyDifference::NoOwningTeam;
    const CompanyDifferences warning = CompanyDifference::NotEnabledForDualWrite
        | CompanyDifference::EnabledButNotSelected | CompanyDifference::DuplicateInDataverse;
    if (selected && (differences & failing))
        return CheckStatus::Fail;
    if (differences & warning)
        return CheckStatus::Warning;
    if (selected && partial)
        return CheckStatus::Unknown;
    return selected ? CheckStatus::Pass : CheckStatus::Skipped;
}

QStringList CompanyDiffRow::differenceTexts() const
{
    QStringList out;
    if (differences & CompanyDifference::MissingInDataverse)
        out << (selected ? Str::tr("Missing in Dataverse (DWDVEV1003)") : Str::tr("Not in Dataverse"));
    if (differences & CompanyDifference::MissingInFo)
        out << (selected ? Str::tr("Missing in finance and operations apps (DWFOEV1003)")
                         : Str::tr("Not in finance and operations apps"));
    if (differences & CompanyDifference::NoOwningTeam)
        out << Str::tr("No default owning team (DWDVEV1007)");
    if (differences & CompanyDifference::NotEnabledForDualWrite)
        out << Str::tr("Selected, but not enabled for dual-write in Dataverse");
    if (differences & CompanyDifference::EnabledButNotSelected)
        out << Str::tr("Enabled for dual-write in Dataverse, but not selected in the profile");
    if (differences & CompanyDifference::DuplicateInDataverse)
        out << Str::tr("%1 Company rows with this code in Dataverse").arg(dvRowCount);
    if (differences & CompanyDifference::NameDiffers)
        out << Str::tr("Names differ");
    if (differences & CompanyDifference::CodeSpellingDiffers) {
        QStringList spellings;
        for (const QString &s : {code, foCode, dvCode}) {
            if (!s.isEmpty() && !spellings.contains(s))
                spellings << s;
        }
        out << Str::tr("Code spelled differently (%1); matched anyway").arg(spellings.join(QLatin1String(", ")));
    }
    return out;
}

QStringList CompanyDiffRow::fixSteps() const
{
    QStringList steps;
    const bool missingDv = selected && (differences & CompanyDifference::MissingInDataverse);
    const bool missingFo = selected && (differences & CompanyDifference::MissingInFo);
    if (missingDv || missingFo) {
        steps << removeStep(*this);
        if (missingFo && missingDv) {
            steps << createInFoStep(*this, Str::tr("Option 2"))
                  << createInDataverseStep(*this, Str::tr("Then"));
        } else if (missingFo) {
            steps << createInFoStep(*this, Str::tr("Option 2"));
        } else {
            steps << createInDataverseStep(*this, Str::tr("Option 2"));
        }
        steps << resetStep();
    }
    if (selected && (differences & CompanyDifference::NotEnabledForDualWrite)) {
        steps << Str::tr("Enable %1 for dual-write: select it among the legal entities of the "
                         "dual-write link on the Dual-write page (Environment details > Legal "
                         "entities). Dataverse then marks its Company row Is Enabled for Dual "
                         "Write and creates its business unit and default owning team. If it "
                         "should not sync, remove it from dualWrite.legalEntities in the profile.")
                     .arg(code);
    }
    if (selected && (differences & CompanyDifference::NoOwningTeam)) {
        steps << Str::tr("Set the default owning team of %1: in the Power Apps maker portal, open "
                         "Tables > Company, show the Default owning team column and select a "
                         "team for this company.")
                     .arg(code)
              << Str::tr("Assign the appropriate security roles to that team (Dual-write runtime "
                         "user, Dual-write app user and the roles for the in-scope tables).");
    }
    if (differences & CompanyDifference::EnabledButNotSelected) {
        steps << Str::tr("%1 is enabled for dual-write in Dataverse but not listed in "
                         "dualWrite.legalEntities of the profile: add it there so that the "
                         "checks cover it, or remove it from the dual-write legal entities on the "
                         "Dual-write page.")
                     .arg(code);
    }
    if (differences & CompanyDifference::DuplicateInDataverse) {
        steps << Str::tr("Keep one Company row with code %1 in Dataverse: duplicate company rows "
                         "stop the link (\"Saving connection set failed! An item with the same "
                         "key has already been added.\").")
                     .arg(code);
    }
    return steps;
}

CompanyDiff CompanyDiff::compute(const Snapshot &snapshot, const LinkContext &context)
{
    CompanyDiff diff;
    diff.selection = selectedLegalEntities(snapshot, context);
    const DatasetResult &fo = snapshot.get(Dataset::FoLegalEntities);
    const DatasetResult &dv = snapshot.get(Dataset::DvCompanies);
    diff.foKnown = fo.ok();
    diff.dvKnown = dv.ok();
    diff.foError = fo.ok() ? QString() : (fo.error.isEmpty() ? Str::tr("not read") : fo.error);
    diff.dvError = dv.ok() ? QString() : (dv.error.isEmpty() ? Str::tr("not read") : dv.error);

    QHash<QString, QString> teamNames;  // the root business unit's default team, when read
    for (const QJsonObject &team : snapshot.get(Dataset::DvRootDefaultTeam).rows)
        teamNames.insert(columnText(team, QStringLiteral("teamid")).toLower(),
                         columnText(team, QStringLiteral("name")));

    QStringList order;  // keys in row order
    QHash<QString, CompanyDiffRow> byKey;
    auto rowFor = [&](const QString &code) -> CompanyDiffRow & {
        const QString key = codeKey(code);
        if (!byKey.contains(key)) {
            CompanyDiffRow row;
            row.code = code.trimmed();
            row.key = key;
            byKey.insert(key, row);
            order << key;
        }
        return byKey[key];
    };
    if (diff.selection.known) {
        for (const QString &code : diff.selection.codes)
            rowFor(code).selected = true;
    }
    const int selectedCount = order.size();
    for (const QJsonObject &entity : fo.rows) {
        const QString code = columnText(entity, QStringLiteral("LegalEntityId"));
        if (code.trimmed().isEmpty())
            continue;
        CompanyDiffRow &row = rowFor(code);
        if (!row.inFo) {
            row.inFo = true;
            row.foCode = code.trimmed();
            row.foName = columnText(entity, QStringLiteral("Name")).trimmed();
        }
    }
    for (const QJsonObject &company : dv.rows) {
        const QString code = columnText(company, QStringLiteral("cdm_companycode"));
        if (code.trimmed().isEmpty())
            continue;
        CompanyDiffRow &row = rowFor(code);
        if (++row.dvRowCount > 1)
            continue;
        row.inDataverse = true;
        row.dvCode = code.trimmed();
        row.dvName = columnText(company, QStringLiteral("cdm_name")).trimmed();
        row.dvCompanyId = columnText(company, QStringLiteral("cdm_companyid"));
        row.enabledForDualWrite = company.value(QStringLiteral("cdm_isenabledfordualwrite")).toBool();
        if (!isNullLookup(company, QStringLiteral("_cdm_defaultowningteam_value"))) {
            row.owningTeamId = columnText(company, QStringLiteral("_cdm_defaultowningteam_value"));
            row.owningTeamName = teamNames.value(row.owningTeamId.toLower());
        }
    }

    const bool fromProfile = diff.selection.known
        && diff.selection.source == LegalEntitySelection::Source::Profile;
    for (const QString &key : std::as_const(order)) {
        CompanyDiffRow &row = byKey[key];
        CompanyDifferences d;
        if (diff.dvKnown && !row.inDataverse && (row.selected || row.inFo))
            d |= CompanyDifference::MissingInDataverse;
        if (diff.foKnown && !row.inFo && (row.selected || row.inDataverse))
            d |= CompanyDifference::MissingInFo;
        if (row.selected && row.inDataverse && row.owningTeamId.isEmpty())
            d |= CompanyDifference::NoOwningTeam;
        if (fromProfile && row.selected && row.inDataverse && !row.enabledForDualWrite)
            d |= CompanyDifference::NotEnabledForDualWrite;
        if (fromProfile && !row.selected && row.inDataverse && row.enabledForDualWrite)
            d |= CompanyDifference::EnabledButNotSelected;
        if (row.dvRowCount > 1)
            d |= CompanyDifference::DuplicateInDataverse;
        if (row.inFo && row.inDataverse && row.foName.compare(row.dvName, Qt::CaseInsensitive) != 0)
            d |= CompanyDifference::NameDiffers;
        QSet<QString> spellings;
        for (const QString &s : {row.selected ? row.code : QString(), row.foCode, row.dvCode}) {
            if (!s.isEmpty())
                spellings.insert(s);
        }
        if (spellings.size() > 1)
            d |= CompanyDifference::CodeSpellingDiffers;
        row.differences = d;
        row.partial = !diff.foKnown || !diff.dvKnown;
    }
    // Selected codes first, in the selection's order; then the others by code.
    std::sort(order.begin() + selectedCount, order.end());
    for (const QString &key : std::as_const(order))
        diff.rows << byKey.value(key);
    return diff;
}

int CompanyDiff::count(CheckStatus status) const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [status](const CompanyDiffRow &r) { return r.status() == status; }));
}

const CompanyDiffRow *CompanyDiff::find(const QString &code) const
{
    const QString key = codeKey(code);
    for (const CompanyDiffRow &row : rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

QString csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString companyDiffCsv(const CompanyDiff &diff)
{
    const QStringList header{Str::tr("Code"), Str::tr("F&O name"), Str::tr("Dataverse name"),
                             Str::tr("Enabled for dual-write"), Str::tr("Default owning team"),
                             Str::tr("Selected"), Str::tr("Status"), Str::tr("Difference"),
                             Str::tr("Fix steps")};
    QStringList lines;
    auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return quoted.join(QLatin1Char(','));
    };
    lines << line(header);
    for (const CompanyDiffRow &row : diff.rows) {
        const QString missing = Str::tr("(missing)");
        const QString team = !row.inDataverse ? QString()
            : row.owningTeamId.isEmpty()     ? Str::tr("(none)")
            : row.owningTeamName.isEmpty()   ? row.owningTeamId
                                             : row.owningTeamName;
        lines << line({row.code,
                       row.inFo ? row.foName : missing,
                       row.inDataverse ? row.dvName : missing,
                       row.inDataverse ? yesNo(row.enabledForDualWrite) : QString(),
                       team,
                       yesNo(row.selected),
                       toString(row.status()),
                       row.differenceTexts().join(QLatin1String("; ")),
                       row.fixSteps().join(QLatin1String(" | "))});
    }
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n");
}

} // namespace dwh
