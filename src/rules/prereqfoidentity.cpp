// SPDX-License-Identifier: MIT
// prereq.fo-entra-applications (DWHC0305) and prereq.fo-system-administrator (DWHC0402), from
// the F&O Microsoft Entra ID applications page (fo.entraApplications: SysAADClientTables) and the
// System administrator role assignments (fo.systemAdministrators).
//
// SysAADClientTables is not documented as an OData entity (docs/wire.md): when F&O answers 404
// the dataset fails and both checks are `unknown` with that reason, never `pass`. Its property
// names are not documented either: the client id is the first column named like "…ClientId…".
//
// DWHC0305 details: {required: [{clientId, application}], registered: [{clientId, name, userId}],
//                    missing: [{clientId, application}], coreVersion, legacyAppRequired}
//   6f7d0213-… and 2e49aa60-… are required; 33976c19-… only when Dual Write Core < 1.0.16.0
//   (requirements-and-prerequisites, 2022 and later).
// DWHC0402 details: {clientId, foUserId, systemAdministrators: [userId…]}
//   Judged for an application sign-in (clientSecret): its F&O user is the one the Entra ID
//   applications page maps its client id to. A delegated sign-in is `skipped` (F&O exposes no
//   "who am I" to find the account's F&O user), with the System administrators in the details.
#include "checks.h"
#include "coreversion.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

namespace dwh {

namespace {

struct EntraApp
{
    QString clientId;
    QString name;
};

QList<EntraApp> requiredApps(bool legacyAppRequired)
{
    QList<EntraApp> apps{{QStringLiteral("6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452"),
                          Rules::tr("Dual-write")},
                         {QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b"),
                          Rules::tr("Dynamics Data Integration")}};
    if (legacyAppRequired)
        apps << EntraApp{QStringLiteral("33976c19-1db5-4c02-810e-c243db79efde"),
                         Rules::tr("Dual-write (Dual Write Core before 1.0.16.0)")};
    return apps;
}

/** The client id column of a SysAADClientTables row (property names are not documented). */
QString rowClientId(const QJsonObject &row)
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key().contains(QLatin1String("ClientId"), Qt::CaseInsensitive) && it->isString())
            return it->toString().trimmed();
    }
    return QString();
}

QString rowText(const QJsonObject &row, const QString &column)
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key().compare(column, Qt::CaseInsensitive) == 0 && it->isString())
            return it->toString().trimmed();
    }
    return QString();
}

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

CheckResult checkFoEntraApplications(const RuleDescriptor &d, const Snapshot &snapshot,
                                     const LinkContext &)
{
    const QList<QJsonObject> &rows = snapshot.get(Dataset::FoEntraApplications).rows;
    QJsonArray registered;
    int withClientId = 0;
    for (const QJsonObject &row : rows) {
        const QString clientId = rowClientId(row);
        if (!clientId.isEmpty())
            ++withClientId;
        registered.append(QJsonObject{{QStringLiteral("clientId"), clientId},
                                      {QStringLiteral("name"), rowText(row, QStringLiteral("Name"))},
                                      {QStringLiteral("userId"), rowText(row, QStringLiteral("UserId"))}});
    }
    const auto core = dualWriteCoreSolution(snapshot);
    const QString coreVersion = core ? columnText(*core, QStringLiteral("version")) : QString();
    const bool legacyAppRequired =
        core && compareVersions(coreVersion, coreConsentThreshold()) == VersionOrder::Less;
    QJsonObject details{{QStringLiteral("registered"), registered},
                        {QStringLiteral("coreVersion"), coreVersion},
                        {QStringLiteral("legacyAppRequired"), legacyAppRequired}};
    if (!rows.isEmpty() && withClientId == 0) {
        return makeResult(CheckStatus::Unknown, {},
                          Rules::tr("Finance and operations apps answered SysAADClientTables, but "
                                    "no row has a client id column; the entries cannot be "
                                    "judged."),
                          details);
    }
    QJsonArray required, missing;
    QStringList missingText, okText;
    for (const EntraApp &app : requiredApps(legacyAppRequired)) {
        required.append(QJsonObject{{QStringLiteral("clientId"), app.clientId},
                                    {QStringLiteral("application"), app.name}});
        bool found = false;
        for (const QJsonObject &row : rows)
            found = found || sameId(rowClientId(row), app.clientId);
        if (found) {
            okText << app.clientId;
        } else {
            missing.append(QJsonObject{{QStringLiteral("clientId"), app.clientId},
                                       {QStringLiteral("application"), app.name}});
            missingText << Rules::tr("%1 (%2)").arg(app.clientId, app.name);
        }
    }
    details.insert(QStringLiteral("required"), required);
    details.insert(QStringLiteral("missing"), missing);
    if (!missingText.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("Not registered on the Microsoft Entra ID applications page "
                                    "of finance and operations apps: %1.")
                              .arg(nameList(missingText)),
                          details);
    }
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("The dual-write applications are registered on the Microsoft "
                                "Entra ID applications page: %1.")
                          .arg(nameList(okText)),
                      details);
}

CheckResult checkFoSystemAdministrator(const RuleDescriptor &d, const Snapshot &snapshot,
                                       const LinkContext &context)
{
    QStringList admins;
    for (const QJsonObject &row : snapshot.get(Dataset::FoSystemAdministrators).rows) {
        if (rowText(row, QStringLiteral("SecurityRoleIdentifier")).compare(
                QLatin1String("-SYSADMIN-"), Qt::CaseInsensitive)
            == 0)
            admins << rowText(row, QStringLiteral("UserId"));
    }
    QJsonObject details{{QStringLiteral("clientId"), context.applicationClientId},
                        {QStringLiteral("systemAdministrators"), toJsonArray(admins)}};
    if (context.applicationClientId.isEmpty()) {
        return makeResult(CheckStatus::Skipped, {},
                          Rules::tr("Not judged for a delegated sign-in: finance and operations "
                                    "apps expose no \"who am I\" to find the account's user. "
                                    "System administrators: %1.")
                              .arg(admins.isEmpty() ? Rules::tr("none") : cappedNameList(admins)),
                          details);
    }
    QString foUser;
    for (const QJsonObject &row : snapshot.get(Dataset::FoEntraApplications).rows) {
        if (sameId(rowClientId(row), context.applicationClientId))
            foUser = rowText(row, QStringLiteral("UserId"));
    }
    details.insert(QStringLiteral("foUserId"), foUser);
    if (foUser.isEmpty()) {
        return makeResult(CheckStatus::Unknown, {},
                          Rules::tr("The client id %1 has no user on the Microsoft Entra ID "
                                    "applications page as read, so its roles in finance and "
                                    "operations apps cannot be judged.")
                              .arg(context.applicationClientId),
                          details);
    }
    for (const QString &admin : admins) {
        if (sameId(admin, foUser)) {
            return makeResult(CheckStatus::Pass, {},
                              Rules::tr("The signed-in application %1 runs as the finance and "
                                        "operations user %2, who has the System administrator "
                                        "role.")
                                  .arg(context.applicationClientId, foUser),
                              details);
        }
    }
    return makeResult(CheckStatus::Fail, d.codes,
                      Rules::tr("The signed-in application %1 runs as the finance and operations "
                                "user %2, who does not have the System administrator role; "
                                "linking and resetting dual-write need it.")
                          .arg(context.applicationClientId, foUser),
                      details);
}

} // namespace dwh
