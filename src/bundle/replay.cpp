// SPDX-License-Identifier: MIT
#include "replay.h"

#include "evidencebundle.h"
#include "linkcontext.h"
#include "profile.h"
#include "recordedfacts.h"
#include "ruleset.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dwh {

namespace {

// The engine's texts, in its translation context, so a replay reads as the run did.
QString engineTr(const char *text)
{
    return QCoreApplication::translate("dwh::HealthEngine", text);
}

/** Whether the recorded report evaluated step 2 (any check not skipped); its note otherwise. */
bool recordedDependencies(const QJsonObject &report, QString *note)
{
    for (const auto &step : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = step.toObject();
        if (s.value(QStringLiteral("id")).toString() != toString(Step::Dependencies))
            continue;
        *note = s.value(QStringLiteral("note")).toString();
        for (const auto &check : s.value(QStringLiteral("checks")).toArray()) {
            if (check.toObject().value(QStringLiteral("status")).toString()
                != toString(CheckStatus::Skipped))
                return true;
        }
    }
    return false;
}

void skip(StepResult *step, const QString &reason)
{
    step->note = reason;
    for (const Rule &rule : rulesFor(Step::Dependencies))
        step->checks << skippedResult(rule, reason);
}

} // namespace

std::optional<Report> replayBundle(const EvidenceBundle &bundle, QString *error)
{
    ProfileError profileError;
    const std::optional<Profile> profile =
        parseProfile(QJsonDocument(bundle.facts.value(QStringLiteral("profile")).toObject()).toJson(),
                     QStringLiteral("facts.json: profile"), &profileError);
    if (!profile) {
        if (error)
            *error = profileError.toString();
        return std::nullopt;
    }
    const Snapshot snapshot = recordedSnapshot(bundle.facts.value(QStringLiteral("datasets")));
    const bool forced = bundle.facts.value(QStringLiteral("forcedDependencies")).toBool();
    const LinkContext context = LinkContext::fromProfile(*profile);

    Report report;
    report.profileName = profile->name;
    report.dataverseUrl = profile->dataverseUrl.toString();
    report.foUrl = profile->foUrl.toString();
    report.forcedDependencies = forced;
    report.startedAt = QDateTime::fromString(
        bundle.report.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    report.finishedAt = QDateTime::fromString(
        bundle.report.value(QStringLiteral("finishedAt")).toString(), Qt::ISODate);
    report.steps = {StepResult{Step::Prerequisites, {}, {}},
                    StepResult{Step::Dependencies, {}, {}}};

    for (const Rule &rule : rulesFor(Step::Prerequisites))
        report.steps[0].checks << evaluateRule(rule, snapshot, context);
    const QStringList failed = gatingFailures(report.steps[0].checks);  // as the engine gates
    StepResult &deps = report.steps[1];
    QString recordedNote;
    const bool recordedRan = recordedDependencies(bundle.report, &recordedNote);
    const QString failedList = failed.join(QStringLiteral(", "));
    if (!failed.isEmpty() && !forced) {
        skip(&deps, engineTr("Not run: a prerequisite failed (%1).").arg(failedList));
    } else if (!recordedRan) {
        skip(&deps, recordedNote.isEmpty()
                        ? engineTr("Not run: the prerequisite health check has not run.")
                        : recordedNote);
    } else {
        if (!failed.isEmpty())
            deps.note = engineTr("Run although a prerequisite failed (%1), because "
                                 "--force-dependencies was given.")
                            .arg(failedList);
        for (const Rule &rule : rulesFor(Step::Dependencies))
            deps.checks << evaluateRule(rule, snapshot, context);
    }
    return report;
}

} // namespace dwh
