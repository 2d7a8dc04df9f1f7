// SPDX-License-Identifier: MIT
// `check --replay`'s report of an evidence bundle, for tests: the engine on the bundle's recorded
// facts (RecordedRun), run to the end. Needs dwh_cli.
#pragma once

#include "bundlereplay.h"
#include "evidencebundle.h"
#include "healthengine.h"

#include <QSignalSpy>
#include <QString>

#include <memory>
#include <optional>

namespace dwh::test {

/** The recorded run's report, or nullopt with `error`; `stats` gets the engine's statistics. */
inline std::optional<Report> replayRecorded(const EvidenceBundle &bundle, QString *error,
                                            CollectorStats *stats = nullptr)
{
    const std::optional<cli::RecordedRun> run = cli::RecordedRun::fromBundle(bundle, error);
    if (!run)
        return std::nullopt;
    const std::unique_ptr<HealthEngine> engine = run->engine();
    QSignalSpy finished(engine.get(), &HealthEngine::finished);
    engine->runAll();
    if (!finished.wait(60000) || finished.size() != 1) {
        *error = QStringLiteral("the replay did not finish");
        return std::nullopt;
    }
    if (stats)
        *stats = engine->stats();
    return run->asRecorded(engine->report());
}

} // namespace dwh::test
