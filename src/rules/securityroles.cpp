// SPDX-License-Identifier: MIT
// prereq.app-user-roles (DWHC0403) and dep.team-roles (DWHC0404): the security roles Microsoft's
// "Set up dual-write security roles and permissions" (security-roles.md, ms.date 01/15/2026) and
// the prerequisites article ask for, on the dual-write application users, the root business
// unit's default team and the dual-write companies' default owning teams (seed DWDVEV1007 step 7).
//
// Per principal (a user or a team), from its expanded role list:
//   no role at all                      → fail: Dataverse refuses dual-write's writes ("Principal
//                                         team … is missing prvRead… privilege"; app users
//                                         need a role with create, read, write and delete)
//   System Administrator                → ok (every privilege)
//   Dual-write app user and runtime user → ok
//   one of them missing                 → warning: documented advice; a custom role may grant
//                                         the same privileges, which dwhealth does not read
//   role list cut short (a nested next link) and not judgeable → unknown
//   a team that is not among the owner teams read → unknown
// The check's status: fail, else unknown, else warning, else pass.
//
// DWHC0403 details: {requiredRoles, users: [principal + {applicationId, application,
//                    systemUserId, fullName, isDisabled}], missing: [{applicationId, application}]}
// DWHC0404 details: {requiredRoles, source, selected, teams: [principal + {teamId, name,
//                    rootDefaultTeam, companies: [codes]}], withoutTeam: [codes]}
//   principal = {roles: [names], systemAdministrator, dualWriteAppUser, dualWriteRuntimeUser,
//                rolesComplete, finding: ok|noRole|missingDualWriteRoles|notJudged}
// Role names compare without case, spaces or hyphens ("Dual-Write App User" = "dual-write app
// user" = "Dual Write App User"): Microsoft's articles spell them in several ways.
#include "checks.h"
#include "dualwriteapps.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

#include <QHash>
#include <QJsonArray>

namespace dwh {

namespace {

enum class Finding { Ok, NoRole, MissingDualWriteRoles, NotJudged };

QString findingName(Finding f)
{
    switch (f) {
    case Finding::Ok: return QStringLiteral("ok");
    case Finding::NoRole: return QStringLiteral("noRole");
    case Finding::MissingDualWriteRoles: return QStringLiteral("missingDualWriteRoles");
    case Finding::NotJudged: return QStringLiteral("notJudged");
    }
    return QString();
}

/** "Dual-Write App User" → "dualwriteappuser". */
QString roleKey(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

const QString &appUserRoleName()
{
    static const QString name = QStringLiteral("Dual-write app user");
    return name;
}

const QString &runtimeUserRoleName()
{
    static const QString name = QStringLiteral("Dual-write runtime user");
    return name;
}

struct PrincipalRoles
{
    QStringList names;
    bool admin = false;
    bool appUser = false;
    bool runtimeUser = false;
    bool complete = true;  // false: the service cut the nested list short (a next link)
    Finding finding = Finding::NotJudged;

    QStringList missingRoles() const
    {
        QStringList out;
        if (!appUser)
            out << appUserRoleName();
        if (!runtimeUser)
            out << runtimeUserRoleName();
        return out;
    }

    void insertInto(QJsonObject *object) const
    {
        object->insert(QStringLiteral("roles"), toJsonArray(names));
        object->insert(QStringLiteral("systemAdministrator"), admin);
        object->insert(QStringLiteral("dualWriteAppUser"), appUser);
        object->insert(QStringLiteral("dualWriteRuntimeUser"), runtimeUser);
        object->insert(QStringLiteral("rolesComplete"), complete);
        object->insert(QStringLiteral("finding"), findingName(finding));
    }
};

PrincipalRoles rolesOf(const QJsonObject &row, const QString &navigation)
{
    PrincipalRoles p;
    const QJsonValue list = row.value(navigation);
    p.complete = list.isArray()
                 && !row.contains(navigation + QStringLiteral("@odata.nextLink"));
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject role = v.toObject();
        const QString name = columnText(role, QStringLiteral("name"));
        const QString key = roleKey(name);
        p.names << name;
        p.admin = p.admin || isSystemAdministratorRole(role);
        p.appUser = p.appUser || key == roleKey(appUserRoleName());
        p.runtimeUser = p.runtimeUser || key == roleKey(runtimeUserRoleName());
    }
    if (p.admin || (p.appUser && p.runtimeUser))
        p.finding = Finding::Ok;
    else if (!p.complete)
        p.finding = Finding::NotJudged;
    else if (p.names.isEmpty())
        p.finding = Finding::NoRole;
    else
        p.finding = Finding::MissingDualWriteRoles;
    return p;
}

QJsonArray requiredRolesJson()
{
    return toJsonArray({appUserRoleName(), runtimeUserRoleName()});
}

/** Collects the per-principal sentences and decides the status. */
struct Verdict
{
    QStringList noRole, missingRoles, notJudged, ok;

    void add(Finding finding, const QString &text)
    {
        switch (finding) {
        case Finding::Ok: ok << text; break;
        case Finding::NoRole: noRole << text; break;
        case Finding::MissingDualWriteRoles: missingRoles << text; break;
        case Finding::NotJudged: notJudged << text; break;
        }
    }

    CheckResult result(const RuleDescriptor &d, const QJsonObject &details,
                       const QString &passMessage) const
    {
        QStringList parts;
        if (!noRole.isEmpty())
            parts << Rules::tr("Without any security role (Dataverse refuses dual-write's writes "
                               "for them): %1.")
                         .arg(nameList(noRole));
        if (!notJudged.isEmpty())
            parts << Rules::tr("Not judged: %1.").arg(nameList(notJudged));
        if (!missingRoles.isEmpty())
            parts << Rules::tr("Without the roles Microsoft's security-roles article (updated "
                               "January 15, 2026) asks for: %1. A custom role may grant the same "
                               "privileges; dwhealth does not read privileges.")
                         .arg(nameList(missingRoles));
        if (!noRole.isEmpty())
            return makeResult(CheckStatus::Fail, d.codes, parts.join(QLatin1Char(' ')), details);
        if (!notJudged.isEmpty())
            return makeResult(CheckStatus::Unknown, {}, parts.join(QLatin1Char(' ')), details);
        if (!missingRoles.isEmpty())
            return makeResult(CheckStatus::Warning, d.codes, parts.join(QLatin1Char(' ')),
                              details);
        return makeResult(CheckStatus::Pass, {}, passMessage.arg(nameList(ok)), details);
    }
};

QString missingText(const QString &who, const PrincipalRoles &p)
{
    return Rules::tr("%1 lacks %2 (its roles: %3)")
        .arg(who, nameList(p.missingRoles()), nameList(p.names));
}

QString notJudgedText(const QString &who)
{
    return Rules::tr("%1 (the service returned only part of its roles)").arg(who);
}

} // namespace

CheckResult checkAppUserRoles(const RuleDescriptor &d, const Snapshot &snapshot,
                              const LinkContext &)
{
    const QList<QJsonObject> &rows = snapshot.get(Dataset::DvAppUserRoles).rows;
    const QString nav = QStringLiteral("systemuserroles_association");
    QJsonArray users, missing;
    Verdict verdict;
    for (const DualWriteApp &app : dualWriteApps()) {
        bool found = false;
        for (const QJsonObject &row : rows) {
            if (recordIdKey(columnText(row, QStringLiteral("applicationid"))) != app.id)
                continue;
            found = true;
            const PrincipalRoles p = rolesOf(row, nav);
            QJsonObject user{{QStringLiteral("applicationId"), app.id},
                             {QStringLiteral("application"), app.name},
                             {QStringLiteral("systemUserId"),
                              columnText(row, QStringLiteral("systemuserid"))},
                             {QStringLiteral("fullName"), columnText(row, QStringLiteral("fullname"))},
                             {QStringLiteral("isDisabled"),
                              row.value(QStringLiteral("isdisabled")).toBool(false)}};
            p.insertInto(&user);
            users.append(user);
            const QString who = Rules::tr("the application user \"%1\" (%2)")
                                    .arg(columnText(row, QStringLiteral("fullname")), app.id);
            if (p.finding == Finding::MissingDualWriteRoles)
                verdict.add(p.finding, missingText(who, p));
            else if (p.finding == Finding::NotJudged)
                verdict.add(p.finding, notJudgedText(who));
            else
                verdict.add(p.finding, who);
        }
        if (!found) {
            missing.append(QJsonObject{{QStringLiteral("applicationId"), app.id},
                                       {QStringLiteral("application"), app.name}});
        }
    }
    const QJsonObject details{{QStringLiteral("requiredRoles"), requiredRolesJson()},
                              {QStringLiteral("users"), users},
                              {QStringLiteral("missing"), missing}};
    if (users.isEmpty()) {
        return makeResult(CheckStatus::Skipped, {},
                          Rules::tr("No dual-write application user exists in Dataverse, so no "
                                    "roles could be checked (prereq.app-users says which are "
                                    "missing)."),
                          details);
    }
    return verdict.result(d, details,
                          Rules::tr("The dual-write application users have System Administrator "
                                    "or the Dual-write app user and runtime user roles: %1."));
}

CheckResult checkTeamRoles(const RuleDescriptor &d, const Snapshot &snapshot,
                           const LinkContext &context)
{
    const LegalEntitySelection selection = selectedLegalEntities(snapshot, context);
    if (!selection.known) {
        return makeResult(CheckStatus::Unknown, {},
                          Rules::tr("The legal entities selected for dual-write are unknown: %1")
                              .arg(selection.error));
    }
    // The teams to judge, each once, in order: the root business unit's default team, then the
    // owning teams of the selected companies as Dataverse returned them.
    QStringList order;
    QHash<QString, bool> isRoot;
    QHash<QString, QStringList> companiesOf;
    QStringList withoutTeam;
    for (const QJsonObject &row : snapshot.get(Dataset::DvRootDefaultTeam).rows) {
        const QString id = recordIdKey(columnText(row, QStringLiteral("teamid")));
        if (id.isEmpty() || order.contains(id))
            continue;
        order << id;
        isRoot.insert(id, true);
    }
    const bool rootFound = !order.isEmpty();
    for (const QJsonObject &row : snapshot.get(Dataset::DvCompanies).rows) {
        const QString code = columnText(row, QStringLiteral("cdm_companycode"));
        if (!selection.contains(code))
            continue;
        if (isNullLookup(row, QStringLiteral("_cdm_defaultowningteam_value"))) {
            withoutTeam << code;  // DWDVEV1007's finding
            continue;
        }
        const QString id =
            recordIdKey(columnText(row, QStringLiteral("_cdm_defaultowningteam_value")));
        if (!order.contains(id))
            order << id;
        companiesOf[id] << code;
    }

    QHash<QString, const QJsonObject *> teamRows;
    for (const QJsonObject &row : snapshot.get(Dataset::DvTeamRoles).rows)
        teamRows.insert(recordIdKey(columnText(row, QStringLiteral("teamid"))), &row);

    const QString nav = QStringLiteral("teamroles_association");
    QJsonArray teams;
    Verdict verdict;
    if (!rootFound)
        verdict.add(Finding::NotJudged, Rules::tr("the root business unit's default team (not "
                                                   "found)"));
    for (const QString &id : std::as_const(order)) {
        const QJsonObject *row = teamRows.value(id);
        const QStringList companies = companiesOf.value(id);
        QString who = isRoot.value(id)
                          ? Rules::tr("the root business unit's default team")
                          : Rules::tr("the owning team of %1").arg(nameList(companies));
        if (isRoot.value(id) && !companies.isEmpty())
            who = Rules::tr("the root business unit's default team (also the owning team of %1)")
                      .arg(nameList(companies));
        QJsonObject team{{QStringLiteral("teamId"), id},
                         {QStringLiteral("rootDefaultTeam"), isRoot.value(id)},
                         {QStringLiteral("companies"), toJsonArray(companies)}};
        if (!row) {
            team.insert(QStringLiteral("finding"), findingName(Finding::NotJudged));
            teams.append(team);
            verdict.add(Finding::NotJudged,
                        Rules::tr("%1 %2 (not among the owner teams read)").arg(who, id));
            continue;
        }
        const QString name = columnText(*row, QStringLiteral("name"));
        who = Rules::tr("%1 \"%2\"").arg(who, name);
        team.insert(QStringLiteral("name"), name);
        const PrincipalRoles p = rolesOf(*row, nav);
        p.insertInto(&team);
        teams.append(team);
        if (p.finding == Finding::MissingDualWriteRoles)
            verdict.add(p.finding, missingText(who, p));
        else if (p.finding == Finding::NotJudged)
            verdict.add(p.finding, notJudgedText(who));
        else
            verdict.add(p.finding, who);
    }
    const QJsonObject details{{QStringLiteral("requiredRoles"), requiredRolesJson()},
                              {QStringLiteral("source"), selection.sourceName()},
                              {QStringLiteral("selected"), toJsonArray(selection.codes)},
                              {QStringLiteral("teams"), teams},
                              {QStringLiteral("withoutTeam"), toJsonArray(withoutTeam)}};
    return verdict.result(d, details,
                          Rules::tr("The root business unit's default team and the dual-write "
                                    "companies' owning teams have System Administrator or the "
                                    "Dual-write app user and runtime user roles: %1."));
}

} // namespace dwh
