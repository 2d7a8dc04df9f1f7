// SPDX-License-Identifier: MIT
// prereq.app-users (DWHC0301), prereq.plugins (DWHC0302), prereq.user-roles (DWHC0401).
//
// DWHC0301 details: {ok: [app], missing: [{applicationId, application}], disabled: [app],
//                   cloudHosted[, cloudHostedBecause, notRequired: [{applicationId, application}]]}
//   00000015-… is not required when the F&O host is under cloudax.dynamics.com (a
//   customer-managed cloud-hosted environment); the details say how that was known.
//                   app = {applicationId, application, systemUserId, fullName}
//   An application id passes when at least one of its users is enabled.
// DWHC0302 details: {assemblies: [{name, id, version, steps, enabledSteps}],
//                   missingAssemblies: [name], assembliesWithoutSteps: [name],
//                   disabledSteps: [{id, name, assembly}]}
//   An assembly with no steps at all fails too: nothing would listen to Dataverse changes.
// DWHC0401 details: {userId, systemAdministrator: bool, roles: [{name, roleId, templateId}]}
#include "checks.h"
#include "dualwriteapps.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

namespace dwh {

namespace {

QJsonObject appUserJson(const DualWriteApp &app, const QJsonObject &row)
{
    return {{QStringLiteral("applicationId"), app.id},
            {QStringLiteral("application"), app.name},
            {QStringLiteral("systemUserId"), columnText(row, QStringLiteral("systemuserid"))},
            {QStringLiteral("fullName"), columnText(row, QStringLiteral("fullname"))}};
}

QString stripBraces(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('{')) && id.endsWith(QLatin1Char('}')))
        id = id.mid(1, id.size() - 2);
    return id;
}

QString stepAssembly(const QJsonObject &step)
{
    return step.value(QStringLiteral("plugintypeid"))
        .toObject()
        .value(QStringLiteral("assemblyname"))
        .toString();
}

} // namespace

CheckResult checkAppUsers(const RuleDescriptor &d, const Snapshot &snapshot,
                          const LinkContext &context)
{
    const QList<QJsonObject> &rows = snapshot.get(Dataset::DvAppUsers).rows;
    // requirements-and-prerequisites (2024): 00000015-… is not needed in customer-managed
    // cloud-hosted environments. Known here only from the F&O host (…cloudax.dynamics.com).
    const bool cloudHosted = isCloudHostedFoUrl(context.foUrl);
    QJsonArray ok, missing, disabled, notRequired;
    QStringList problems, okText;
    for (const DualWriteApp &app : dualWriteApps()) {
        const bool optional = cloudHosted && app.id.startsWith(QLatin1String("00000015-"));
        QList<QJsonObject> users;
        for (const QJsonObject &row : rows) {
            if (stripBraces(columnText(row, QStringLiteral("applicationid")))
                    .compare(app.id, Qt::CaseInsensitive)
                == 0)
                users << row;
        }
        if (users.isEmpty() && optional) {
            notRequired.append(QJsonObject{{QStringLiteral("applicationId"), app.id},
                                           {QStringLiteral("application"), app.name}});
            okText << Rules::tr("no user for %1, which a customer-managed cloud-hosted "
                                "environment does not need (the finance and operations host %2 is "
                                "under cloudax.dynamics.com)")
                          .arg(app.id, context.foUrl.host());
            continue;
        }
        if (users.isEmpty()) {
            missing.append(QJsonObject{{QStringLiteral("applicationId"), app.id},
                                       {QStringLiteral("application"), app.name}});
            problems << Rules::tr("No application user exists for application id %1 (%2).")
                            .arg(app.id, app.name);
            if (app.id.startsWith(QLatin1String("00000015-")))
                problems << Rules::tr("It is required: the environment is not known to be a "
                                      "customer-managed cloud-hosted one (the finance and "
                                      "operations host is not under cloudax.dynamics.com).");
            continue;
        }
        const QJsonObject *enabled = nullptr;
        for (const QJsonObject &u : users) {
            if (!u.value(QStringLiteral("isdisabled")).toBool(false)) {
                enabled = &u;
                break;
            }
        }
        if (enabled) {
            ok.append(appUserJson(app, *enabled));
            okText << Rules::tr("%1 (%2)").arg(columnText(*enabled, QStringLiteral("fullname")),
                                               app.id);
        } else {
            for (const QJsonObject &u : users) {
                disabled.append(appUserJson(app, u));
                problems << Rules::tr("The application user \"%1\" (%2) for application id %3 "
                                      "(%4) is disabled.")
                                .arg(columnText(u, QStringLiteral("fullname")),
                                     columnText(u, QStringLiteral("systemuserid")), app.id,
                                     app.name);
            }
        }
    }
    QJsonObject details{{QStringLiteral("ok"), ok},
                        {QStringLiteral("missing"), missing},
                        {QStringLiteral("disabled"), disabled},
                        {QStringLiteral("cloudHosted"), cloudHosted}};
    if (cloudHosted) {
        details.insert(QStringLiteral("cloudHostedBecause"),
                       QStringLiteral("financeAndOperations.url host %1 is under "
                                      "cloudax.dynamics.com")
                           .arg(context.foUrl.host()));
        details.insert(QStringLiteral("notRequired"), notRequired);
    }
    if (!problems.isEmpty())
        return makeResult(CheckStatus::Fail, d.codes, problems.join(QLatin1Char(' ')), details);
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("The dual-write application users exist and are enabled: %1.")
                          .arg(nameList(okText)),
                      details);
}

CheckResult checkPlugins(const RuleDescriptor &d, const Snapshot &snapshot, const LinkContext &)
{
    const QStringList required{QStringLiteral("DualWriteRuntime.Plugins"),
                               QStringLiteral("DualWriteRegistration.Plugins")};
    const QList<QJsonObject> &assemblyRows = snapshot.get(Dataset::DvPluginAssemblies).rows;
    const QList<QJsonObject> &stepRows = snapshot.get(Dataset::DvPluginSteps).rows;

    QJsonArray assemblies, disabledSteps;
    QStringList missing, withoutSteps, disabledText, okText;
    for (const QString &name : required) {
        const QJsonObject *assembly = nullptr;
        for (const QJsonObject &row : assemblyRows) {
            if (columnText(row, QStringLiteral("name")).compare(name, Qt::CaseInsensitive) == 0) {
                assembly = &row;
                break;
            }
        }
        if (!assembly) {
            missing << name;
            continue;
        }
        int steps = 0, enabled = 0;
        for (const QJsonObject &step : stepRows) {
            if (stepAssembly(step).compare(name, Qt::CaseInsensitive) != 0)
                continue;
            ++steps;
            if (step.value(QStringLiteral("statecode")).toInt(-1) == 0) {
                ++enabled;
                continue;
            }
            const QString stepName = columnText(step, QStringLiteral("name"));
            disabledSteps.append(QJsonObject{
                {QStringLiteral("id"), columnText(step, QStringLiteral("sdkmessageprocessingstepid"))},
                {QStringLiteral("name"), stepName},
                {QStringLiteral("assembly"), name}});
            disabledText << Rules::tr("%1 (%2)").arg(stepName, name);
        }
        if (steps == 0)
            withoutSteps << name;
        else if (steps == enabled)
            okText << Rules::tr("%1 (steps: %2)").arg(name, QString::number(steps));
        assemblies.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("id"), columnText(*assembly, QStringLiteral("pluginassemblyid"))},
            {QStringLiteral("version"), columnText(*assembly, QStringLiteral("version"))},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("enabledSteps"), enabled}});
    }
    const QJsonObject details{{QStringLiteral("assemblies"), assemblies},
                              {QStringLiteral("missingAssemblies"), toJsonArray(missing)},
                              {QStringLiteral("assembliesWithoutSteps"), toJsonArray(withoutSteps)},
                              {QStringLiteral("disabledSteps"), disabledSteps}};
    QStringList problems;
    if (!missing.isEmpty())
        problems << Rules::tr("Plug-in assemblies not registered in Dataverse: %1.")
                        .arg(nameList(missing));
    if (!withoutSteps.isEmpty())
        problems << Rules::tr("Plug-in assemblies without any processing step: %1.")
                        .arg(nameList(withoutSteps));
    if (!disabledText.isEmpty())
        problems << Rules::tr("Disabled plug-in steps: %1.").arg(nameList(disabledText));
    if (!problems.isEmpty())
        return makeResult(CheckStatus::Fail, d.codes, problems.join(QLatin1Char(' ')), details);
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("The dual-write plug-in assemblies are registered and all their "
                                "steps are enabled: %1.")
                          .arg(nameList(okText)),
                      details);
}

CheckResult checkUserRoles(const RuleDescriptor &d, const Snapshot &snapshot, const LinkContext &)
{
    const QString userId =
        columnText(snapshot.get(Dataset::DvWhoAmI).rows.value(0), QStringLiteral("UserId"));
    QJsonArray roles;
    QStringList roleNames;
    bool admin = false;
    for (const QJsonObject &row : snapshot.get(Dataset::DvUserRoles).rows) {
        admin = admin || isSystemAdministratorRole(row);
        roleNames << columnText(row, QStringLiteral("name"));
        roles.append(QJsonObject{
            {QStringLiteral("name"), columnText(row, QStringLiteral("name"))},
            {QStringLiteral("roleId"), columnText(row, QStringLiteral("roleid"))},
            {QStringLiteral("templateId"), columnText(row, QStringLiteral("_roletemplateid_value"))}});
    }
    const QJsonObject details{{QStringLiteral("userId"), userId},
                              {QStringLiteral("systemAdministrator"), admin},
                              {QStringLiteral("roles"), roles}};
    if (admin) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("The signed-in identity (user %1) has the System "
                                    "Administrator role in Dataverse.")
                              .arg(userId),
                          details);
    }
    const QString message =
        roleNames.isEmpty()
            ? Rules::tr("The signed-in identity (user %1) has no security role in Dataverse; "
                        "System Administrator is required.")
                  .arg(userId)
            : Rules::tr("The signed-in identity (user %1) does not have the System "
                        "Administrator role in Dataverse; its roles: %2.")
                  .arg(userId, nameList(roleNames));
    return makeResult(CheckStatus::Fail, d.codes, message, details);
}

} // namespace dwh
