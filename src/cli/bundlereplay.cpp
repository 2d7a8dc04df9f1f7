// SPDX-License-Identifier: MIT
// RecordedRun: what `check --replay` reads from a bundle to run the engine on recorded facts.
#include "bundlereplay.h"

#include "evidencebundle.h"
#include "healthengine.h"
#include "recordedfacts.h"
#include "report.h"
#include "snapshotfactsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dwh::cli {

namespace {

/** The recorded report's step 2 note when it evaluated none of its checks (all skipped). */
std::optional<QString> notEvaluatedDependencies(const QJsonObject &report)
{
    QString note;
    for (const auto &step : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = step.toObject();
        if (s.value(QStringLiteral("id")).toString() != toString(Step::Dependencies))
            continue;
        note = s.value(QStringLiteral("note")).toString();
        for (const auto &check : s.value(QStringLiteral("checks")).toArray()) {
            if (check.toObject().value(QStringLiteral("status")).toString()
                != toString(CheckStatus::Skipped))
                return std::nullopt;
        }
    }
    return note;
}

} // namespace

std::optional<RecordedRun> RecordedRun::fromBundle(const EvidenceBundle &bundle, QString *error)
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
    RecordedRun run;
    run.profile = *profile;
    run.facts = recordedSnapshot(bundle.facts.value(QStringLiteral("datasets")));
    run.forcedDependencies = bundle.facts.value(QStringLiteral("forcedDependencies")).toBool();
    run.dependenciesNotRecorded = notEvaluatedDependencies(bundle.report);
    run.startedAt = QDateTime::fromString(
        bundle.report.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    run.finishedAt = QDateTime::fromString(
        bundle.report.value(QStringLiteral("finishedAt")).toString(), Qt::ISODate);
    return run;
}

std::unique_ptr<HealthEngine> RecordedRun::engine(QObject *parent) const
{
    EngineOptions options;
    options.forceDependencies = forcedDependencies;
    return std::make_unique<HealthEngine>(
        profile,
        [facts = facts, notRecorded = dependenciesNotRecorded]() -> std::unique_ptr<FactSource> {
            return std::make_unique<SnapshotFactSource>(facts, notRecorded);
        },
        options, parent);
}

Report RecordedRun::asRecorded(Report report) const
{
    report.startedAt = startedAt;
    report.finishedAt = finishedAt;
    // Replayed reports never carried the simulated mark: `check --replay` output is kept so.
    report.simulated = false;
    return report;
}

} // namespace dwh::cli
