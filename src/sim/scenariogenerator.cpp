// SPDX-License-Identifier: MIT
#include "scenariogenerator.h"

#include <QJsonArray>
#include <QUuid>

namespace dwh::sim {

namespace {

constexpr int MaxGenerated = 300000;  // 100x `large` (bench_scale)

QString rootBusinessUnitId(const QJsonArray &units)
{
    for (const QJsonValue &v : units) {
        const QJsonValue parent = v.toObject().value(QStringLiteral("_parentbusinessunitid_value"));
        if (parent.isNull() || parent.isUndefined())
            return v.toObject().value(QStringLiteral("businessunitid")).toString();
    }
    return QString();
}

/** The ids of the roles named `names` in the scenario's roles table, in that order. */
QStringList roleIds(const QJsonArray &roles, const QStringList &names)
{
    QStringList out;
    for (const QString &name : names) {
        for (const QJsonValue &v : roles) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                out << v.toObject().value(QStringLiteral("roleid")).toString();
        }
    }
    return out;
}

} // namespace

QString ScenarioGenerator::stableGuid(const QString &name)
{
    static const QUuid ns(QStringLiteral("6d9a3a52-8f0e-4b53-9c1e-0f5c4dd1e1a7"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

bool ScenarioGenerator::generate(const QJsonObject &params, QJsonObject *scenario, QString *error)
{
    const int companies = params.value(QStringLiteral("companies")).toInt(0);
    const int selected = params.value(QStringLiteral("selectedLegalEntities")).toInt(0);
    const int configs = params.value(QStringLiteral("runtimeConfigs")).toInt(0);
    if (companies < 0 || configs < 0 || selected < 0 || companies > MaxGenerated || configs > MaxGenerated) {
        *error = QStringLiteral("generate: counts must be between 0 and %1").arg(MaxGenerated);
        return false;
    }
    QJsonObject dv = scenario->value(QStringLiteral("dataverse")).toObject();
    QJsonObject fo = scenario->value(QStringLiteral("financeAndOperations")).toObject();
    QJsonObject profile = scenario->value(QStringLiteral("profile")).toObject();

    QJsonArray units = dv.value(QStringLiteral("businessunits")).toArray();
    QJsonArray teams = dv.value(QStringLiteral("teams")).toArray();
    QJsonArray companyRows = dv.value(QStringLiteral("cdm_companies")).toArray();
    QJsonArray teamRoles = dv.value(QStringLiteral("teamroles")).toArray();
    // Every owning team gets the roles security-roles.md asks for, as the base scenario's do.
    const QStringList ownerRoles = roleIds(dv.value(QStringLiteral("roles")).toArray(),
                                           {QStringLiteral("Dual-write runtime user"),
                                            QStringLiteral("Dual-write app user")});
    QJsonArray legalEntities = fo.value(QStringLiteral("LegalEntities")).toArray();
    QJsonArray chosen = profile.value(QStringLiteral("legalEntities")).toArray();
    const QString root = rootBusinessUnitId(units);
    if (companies > 0 && root.isEmpty()) {
        *error = QStringLiteral("generate: the scenario has no root business unit to put companies under");
        return false;
    }

    for (int i = 1; i <= companies; ++i) {
        const QString code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("Contoso Entity %1").arg(i, 4, 10, QLatin1Char('0'));
        const QString buId = stableGuid(QStringLiteral("bu/") + code);
        const QString defaultTeamId = stableGuid(QStringLiteral("team/default/") + code);
        const QString ownerTeamId = stableGuid(QStringLiteral("team/owner/") + code);
        const bool isSelected = chosen.size() < selected;
        units.append(QJsonObject{{QStringLiteral("businessunitid"), buId},
                                 {QStringLiteral("name"), code},
                                 {QStringLiteral("_parentbusinessunitid_value"), root}});
        teams.append(QJsonObject{{QStringLiteral("teamid"), defaultTeamId},
                                 {QStringLiteral("name"), code},
                                 {QStringLiteral("isdefault"), true},
                                 {QStringLiteral("teamtype"), 0},
                                 {QStringLiteral("_businessunitid_value"), buId}});
        teams.append(QJsonObject{{QStringLiteral("teamid"), ownerTeamId},
                                 {QStringLiteral("name"), code + QStringLiteral(" DW Owner")},
                                 {QStringLiteral("isdefault"), false},
                                 {QStringLiteral("teamtype"), 0},
                                 {QStringLiteral("_businessunitid_value"), buId}});
        for (const QString &role : ownerRoles)
            teamRoles.append(QJsonObject{{QStringLiteral("teamid"), ownerTeamId},
                                         {QStringLiteral("roleid"), role}});
        companyRows.append(QJsonObject{{QStringLiteral("cdm_companyid"), stableGuid(QStringLiteral("company/") + code)},
                                       {QStringLiteral("cdm_companycode"), code},
                                       {QStringLiteral("cdm_name"), name},
                                       {QStringLiteral("cdm_isenabledfordualwrite"), isSelected},
                                       {QStringLiteral("_cdm_defaultowningteam_value"), ownerTeamId}});
        legalEntities.append(QJsonObject{{QStringLiteral("LegalEntityId"), code}, {QStringLiteral("Name"), name}});
        if (isSelected)
            chosen.append(code);
    }

    QJsonArray runtime = dv.value(QStringLiteral("msdyn_dualwriteruntimeconfigs")).toArray();
    QJsonArray projects = fo.value(QStringLiteral("DualWriteProjectConfigurations")).toArray();
    for (int i = 1; i <= configs; ++i) {
        const QString n = QString::number(i).rightJustified(4, u'0');
        const QString project = QStringLiteral("DWM_Generated%1").arg(n);
        const QString label = QStringLiteral("Generated entity %1").arg(n);
        const QString logical = QStringLiteral("msdyn_generated%1").arg(n);
        runtime.append(QJsonObject{{QStringLiteral("msdyn_dualwriteruntimeconfigid"), stableGuid(QStringLiteral("rc/") + project)},
                                   {QStringLiteral("msdyn_name"), project},
                                   {QStringLiteral("msdyn_internalentityname"), logical},
                                   {QStringLiteral("msdyn_externalentityname"), label}});
        for (const QString &suffix : {QString(), QStringLiteral("_reverse")}) {
            projects.append(QJsonObject{{QStringLiteral("ProjectName"), project + suffix},
                                        {QStringLiteral("InternalEntityName"), label},
                                        {QStringLiteral("ExternalEntityName"), logical + u's'},
                                        {QStringLiteral("ExternalEnvironmentUrl"), QStringLiteral("{dataverseUrl}")},
                                        {QStringLiteral("Status"), QStringLiteral("Enabled")}});
        }
    }

    dv.insert(QStringLiteral("businessunits"), units);
    dv.insert(QStringLiteral("teams"), teams);
    dv.insert(QStringLiteral("teamroles"), teamRoles);
    dv.insert(QStringLiteral("cdm_companies"), companyRows);
    dv.insert(QStringLiteral("msdyn_dualwriteruntimeconfigs"), runtime);
    fo.insert(QStringLiteral("LegalEntities"), legalEntities);
    fo.insert(QStringLiteral("DualWriteProjectConfigurations"), projects);
    profile.insert(QStringLiteral("legalEntities"), chosen);
    scenario->insert(QStringLiteral("dataverse"), dv);
    scenario->insert(QStringLiteral("financeAndOperations"), fo);
    scenario->insert(QStringLiteral("profile"), profile);
    return true;
}

} // namespace dwh::sim
