// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "checkstatus.h"
#include "dataset.h"
#include "linkcontext.h"
#include "snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

/** What a check is, independent of any run. */
struct RuleDescriptor
{
    QString id;            // contract check id, e.g. "dep.company.dataverse"
    Step step = Step::Prerequisites;
    QString title;         // tr()-able English title
    QStringList codes;     // codes this check can raise (contract.md "Codes")
    QString group;         // the product's validation group in step 2 (APIHubConnection, …)
    QList<Dataset> needs;  // datasets the check reads; the engine fetches them first
    /** Datasets the check reads when they can be read: fetched with `needs`, but one that fails
     *  does not make the check `unknown` (the rule says what it could not establish). */
    QList<Dataset> optionalNeeds;
    QString docUrl;        // the documented fix
    /** True for the access checks (DWHC0101/0102): the rule is called even when a dataset it
     *  needs failed, so it can say "unknown" with its own code and a sign-in or network reason. */
    bool judgesReachability = false;
    /** True for checks that read the legal entities selected for dual-write: they also need
     *  dv.companies unless the profile lists the legal entities (see datasetsNeeded()). */
    bool usesSelection = false;
    /** True for the prerequisites whose failure makes dependency validation meaningless (the
     *  product's gate). False for checks about the tool's own access (DWHC0401: the checks it
     *  cannot read say `unknown` themselves) and for the advisory checks added since. */
    bool gatesDependencies = true;
};

/** A rule is a pure function of the facts: no I/O, no clock, no globals. */
using RuleFunction = CheckResult (*)(const RuleDescriptor &, const Snapshot &, const LinkContext &);

struct Rule
{
    RuleDescriptor descriptor;
    RuleFunction evaluate = nullptr;
};

/** Every rule, prerequisites first, in report order. */
const QList<Rule> &allRules();
QList<Rule> rulesFor(Step step);
/** The datasets the rules of `step` need, each once (dv.companies included for the rules that
 *  use the legal-entity selection, whatever the profile says). */
QList<Dataset> datasetsFor(Step step);
/** The datasets one rule reads in this run: `needs`, plus dv.companies when it uses the
 *  legal-entity selection and the profile does not list the legal entities. */
QList<Dataset> datasetsNeeded(const RuleDescriptor &descriptor, const LinkContext &context);

/**
 * Runs one rule on a snapshot. Fills id, title and evidence from the descriptor and the datasets
 * it needs; when a needed dataset could not be read the result is `unknown`, saying which dataset
 * and why, and the rule function is not called.
 */
CheckResult evaluateRule(const Rule &rule, const Snapshot &snapshot, const LinkContext &context);

/** The ids of the failed prerequisite checks in `checks` whose rules gate dependency
 *  validation (RuleDescriptor::gatesDependencies), in report order. */
QStringList gatingFailures(const QList<CheckResult> &checks);

/** A `skipped` result for a rule that did not run, with the reason. */
CheckResult skippedResult(const Rule &rule, const QString &reason);

} // namespace dwh
