// SPDX-License-Identifier: MIT
#include "ruleset.h"

#include "catalogue.h"
#include "checks.h"
#include "rulehelpers.h"
#include "rulestr.h"

namespace dwh {

namespace {

Rule rule(const char *id, Step step, const char *title, const char *code, QList<Dataset> needs,
          RuleFunction evaluate, bool usesSelection = false, bool judgesReachability = false,
          bool gatesDependencies = true)
{
    Rule r;
    r.descriptor.id = QString::fromLatin1(id);
    r.descriptor.step = step;
    r.descriptor.title = QString::fromUtf8(title);  // English; translated in evaluateRule()
    r.descriptor.codes = QStringList{QString::fromLatin1(code)};
    r.descriptor.needs = std::move(needs);
    r.descriptor.docUrl = docUrlFor(QString::fromLatin1(code));
    r.descriptor.usesSelection = usesSelection;
    r.descriptor.judgesReachability = judgesReachability;
    r.descriptor.gatesDependencies = gatesDependencies;
    r.evaluate = evaluate;
    return r;
}

Rule withOptional(Rule r, QList<Dataset> optionalNeeds)
{
    r.descriptor.optionalNeeds = std::move(optionalNeeds);
    return r;
}

QList<Rule> buildRules()
{
    const Step P = Step::Prerequisites;
    const Step D = Step::Dependencies;
    return {
        rule("prereq.dataverse-access", P,
             QT_TRANSLATE_NOOP("dwh::Rules", "Dataverse can be reached and signed in to"),
             "DWHC0101", {Dataset::DvWhoAmI}, checkDataverseAccess, false, true),
        rule("prereq.fo-access", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "Finance and operations apps can be reached and signed in to"),
             "DWHC0102", {Dataset::FoLegalEntities}, checkFoAccess, false, true),
        rule("prereq.dual-write-core", P,
             QT_TRANSLATE_NOOP("dwh::Rules", "The dual-write core solution was found"),
             "DWHC0201", {Dataset::DvSolutions}, checkDualWriteCore),
        rule("prereq.solution-versions", P,
             QT_TRANSLATE_NOOP("dwh::Rules", "Dual-write solutions are at their required versions"),
             "DWHC0202", {Dataset::DvSolutions}, checkSolutionVersions),
        rule("prereq.core-version", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The Dual Write Core solution is at the version Microsoft's release "
                               "notes require"),
             "DWHC0204", {Dataset::DvSolutions}, checkCoreVersion, false, false, false),
        rule("prereq.prospect-to-cash", P,
             QT_TRANSLATE_NOOP("dwh::Rules", "The Prospect to Cash solution is not installed"),
             "DWHC0203", {Dataset::DvSolutions}, checkProspectToCash),
        rule("prereq.app-users", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The dual-write application users exist in Dataverse and are "
                               "enabled"),
             "DWHC0301", {Dataset::DvAppUsers}, checkAppUsers),
        rule("prereq.app-user-roles", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The dual-write application users have the security roles "
                               "dual-write needs"),
             "DWHC0403", {Dataset::DvAppUserRoles}, checkAppUserRoles, false, false, false),
        rule("prereq.plugins", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The dual-write registration and runtime plugins are enabled"),
             "DWHC0302", {Dataset::DvPluginAssemblies, Dataset::DvPluginSteps}, checkPlugins),
        rule("prereq.fo-entra-applications", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The dual-write applications are registered in finance and "
                               "operations apps"),
             "DWHC0305", {Dataset::FoEntraApplications, Dataset::DvSolutions},
             checkFoEntraApplications, false, false, false),
        rule("prereq.user-roles", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The signed-in identity is System Administrator in Dataverse"),
             "DWHC0401", {Dataset::DvWhoAmI, Dataset::DvUserRoles}, checkUserRoles, false, false,
             false),
        rule("prereq.fo-system-administrator", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The signed-in identity is System administrator in finance and "
                               "operations apps"),
             "DWHC0402", {Dataset::FoEntraApplications, Dataset::FoSystemAdministrators},
             checkFoSystemAdministrator, false, false, false),
        rule("prereq.company-names", P,
             QT_TRANSLATE_NOOP("dwh::Rules", "Company names in Dataverse are unique and not blank"),
             "DWHC0501", {Dataset::DvCompanies}, checkCompanyNames),
        rule("prereq.legal-entity-count", P,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The number of dual-write legal entities is within the limits"),
             "DWHC0502", {}, checkLegalEntityCount, true),
        rule("dep.apihub.dataverse", D,
             QT_TRANSLATE_NOOP("dwh::Rules", "The Dataverse APIHub connection is connected"),
             "DWDVEV1001", {Dataset::PpConnections}, checkApiHubDataverse),
        rule("dep.apihub.fo", D,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The finance and operations apps APIHub connection is connected"),
             "DWFOEV1001", {Dataset::PpConnections}, checkApiHubFo),
        rule("dep.company.dataverse", D,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The dual-write legal entities exist as companies in Dataverse"),
             "DWDVEV1003", {Dataset::DvCompanies}, checkCompanyDataverse, true),
        rule("dep.company.fo", D,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The dual-write legal entities exist in finance and operations "
                               "apps"),
             "DWFOEV1003", {Dataset::FoLegalEntities}, checkCompanyFo, true),
        withOptional(rule("dep.stale.dataverse", D,
                          QT_TRANSLATE_NOOP("dwh::Rules",
                                            "No stale dual-write configurations in Dataverse"),
                          "DWDVEV1004", {Dataset::DvRuntimeConfigs, Dataset::FoProjectConfigs},
                          checkStaleDataverse),
                     {Dataset::PpEnvironment}),
        withOptional(rule("dep.stale.fo", D,
                          QT_TRANSLATE_NOOP("dwh::Rules",
                                            "No stale dual-write configurations in finance and "
                                            "operations apps"),
                          "DWFOEV1004", {Dataset::FoProjectConfigs}, checkStaleFo),
                     {Dataset::PpEnvironment}),
        withOptional(rule("dep.bu.default-team-name", D,
                          QT_TRANSLATE_NOOP("dwh::Rules",
                                            "The default teams of the root and mapped business "
                                            "units have their business units' names"),
                          "DWFOEV1006", {Dataset::DvRootBusinessUnit, Dataset::DvRootDefaultTeam},
                          checkDefaultTeamName),
                     {Dataset::DvCompanies, Dataset::DvOwnerTeams, Dataset::DvBusinessUnits}),
        rule("dep.company.owning-team", D,
             QT_TRANSLATE_NOOP("dwh::Rules", "The dual-write companies have a default owning team"),
             "DWDVEV1007", {Dataset::DvCompanies}, checkCompanyOwningTeam, true),
        rule("dep.team-roles", D,
             QT_TRANSLATE_NOOP("dwh::Rules",
                               "The root team and the companies' owning teams have the security "
                               "roles dual-write needs"),
             "DWHC0404",
             // dv.companies even with the profile's selection: the owning teams are read there.
             {Dataset::DvRootDefaultTeam, Dataset::DvTeamRoles, Dataset::DvCompanies},
             checkTeamRoles, true),
    };
}

/** The product's three dependency validations (seeds/dual-write-health-check.md). */
QString groupOf(const QString &id)
{
    if (id.startsWith(QLatin1String("dep.apihub.")))
        return QStringLiteral("APIHubConnection");
    if (id.startsWith(QLatin1String("dep.stale.")) || id == QLatin1String("dep.company.dataverse")
        || id == QLatin1String("dep.company.fo"))
        return QStringLiteral("StaleConfiguration");
    if (id.startsWith(QLatin1String("dep.")))
        return QStringLiteral("BusinessUnit");
    return QString();
}

QList<Rule> withGroups(QList<Rule> rules)
{
    for (Rule &r : rules)
        r.descriptor.group = groupOf(r.descriptor.id);
    return rules;
}

/** Microsoft's own description of the check's code (seeds/dual-write-health-check.md), as the
 *  product shows it next to the code; empty for the project's DWHC codes. */
QString microsoftDescriptionOf(const RuleDescriptor &descriptor)
{
    const QString code = descriptor.codes.value(0);
    return code.startsWith(QLatin1String("DWHC")) ? QString() : codeDescription(code);
}

QString translatedTitle(const RuleDescriptor &descriptor)
{
    return QCoreApplication::translate("dwh::Rules", descriptor.title.toUtf8().constData());
}

CheckResult unreadableResult(const RuleDescriptor &descriptor, const QList<Dataset> &unreadable,
                             const Snapshot &snapshot)
{
    QStringList messages;
    QJsonArray failures;
    for (Dataset dataset : unreadable) {
        const DatasetResult &result = snapshot.get(dataset);
        messages << unreadableMessage(dataset, result);
        failures.append(describeFailure(result).toJson(dataset));
    }
    CheckResult r = makeResult(CheckStatus::Unknown, {}, messages.join(QLatin1Char(' ')),
                               QJsonObject{{QStringLiteral("unreadable"), failures}});
    r.remediation = accessRemediation(serviceOf(unreadable.first()));
    Q_UNUSED(descriptor)
    return r;
}

} // namespace

const QList<Rule> &allRules()
{
    static const QList<Rule> rules = withGroups(buildRules());
    return rules;
}

QList<Rule> rulesFor(Step step)
{
    QList<Rule> out;
    for (const Rule &r : allRules()) {
        if (r.descriptor.step == step)
            out << r;
    }
    return out;
}

QList<Dataset> datasetsFor(Step step)
{
    QList<Dataset> out;
    auto add = [&out](Dataset d) {
        if (!out.contains(d))
            out << d;
    };
    for (const Rule &r : rulesFor(step)) {
        for (Dataset d : r.descriptor.needs)
            add(d);
        for (Dataset d : r.descriptor.optionalNeeds)
            add(d);
        if (r.descriptor.usesSelection)
            add(Dataset::DvCompanies);
    }
    return out;
}

QList<Dataset> datasetsNeeded(const RuleDescriptor &descriptor, const LinkContext &context)
{
    QList<Dataset> out = descriptor.needs;
    if (descriptor.usesSelection && !context.legalEntitiesFromProfile
        && !out.contains(Dataset::DvCompanies))
        out << Dataset::DvCompanies;
    return out;
}

CheckResult evaluateRule(const Rule &rule, const Snapshot &snapshot, const LinkContext &context)
{
    const RuleDescriptor &d = rule.descriptor;
    const QList<Dataset> needs = datasetsNeeded(d, context);
    QList<Dataset> unreadable;
    for (Dataset dataset : needs) {
        if (!snapshot.get(dataset).ok())
            unreadable << dataset;
    }

    CheckResult result;
    if (!unreadable.isEmpty() && !d.judgesReachability) {
        result = unreadableResult(d, unreadable, snapshot);
    } else if (!rule.evaluate) {
        result = makeResult(CheckStatus::Unknown, {},
                            Rules::tr("This check has no implementation in this version."));
    } else {
        result = rule.evaluate(d, snapshot, context);
    }

    result.id = d.id;
    result.title = translatedTitle(d);
    result.group = d.group;
    result.microsoftDescription = microsoftDescriptionOf(d);
    for (Dataset dataset : needs)
        result.evidence << snapshot.get(dataset).evidence;
    for (Dataset dataset : d.optionalNeeds) {
        if (!needs.contains(dataset))
            result.evidence << snapshot.get(dataset).evidence;
    }

    // Codes are raised only by findings. An `unknown` carries none, except the access checks,
    // whose code says which service could not be judged.
    if (result.status == CheckStatus::Pass || result.status == CheckStatus::Skipped
        || (result.status == CheckStatus::Unknown && !d.judgesReachability))
        result.codes.clear();

    if ((result.status == CheckStatus::Fail || result.status == CheckStatus::Warning
         || result.status == CheckStatus::Unknown)
        && result.remediation.isEmpty()) {
        result.remediation = remediationFor(result.codes.value(0, d.codes.value(0)));
    }
    return result;
}

QStringList gatingFailures(const QList<CheckResult> &checks)
{
    QStringList out;
    for (const CheckResult &check : checks) {
        if (check.status != CheckStatus::Fail)
            continue;
        for (const Rule &r : allRules()) {
            if (r.descriptor.id == check.id && r.descriptor.gatesDependencies) {
                out << check.id;
                break;
            }
        }
    }
    return out;
}

CheckResult skippedResult(const Rule &rule, const QString &reason)
{
    CheckResult r;
    r.id = rule.descriptor.id;
    r.title = translatedTitle(rule.descriptor);
    r.group = rule.descriptor.group;
    r.microsoftDescription = microsoftDescriptionOf(rule.descriptor);
    r.status = CheckStatus::Skipped;
    r.message = reason;
    return r;
}

} // namespace dwh
