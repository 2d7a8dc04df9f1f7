// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace dwh {

/** Whether step 2 (dependency validation) is evaluated, and the note its step carries. */
struct DependencyGate
{
    bool run = false;
    /** Why step 2 is skipped (each skipped check carries it), or why it ran although a
     *  prerequisite failed; empty when it simply runs. */
    QString note;
};

/**
 * The product's step gate, as HealthEngine applies it to live and recorded runs alike: step 2 is
 * skipped when step 1 has not run (`prerequisites` empty) or when a prerequisite whose rule gates
 * dependency validation failed, unless `forceDependencies` (then it runs with a note naming the
 * failures). `notRecorded` (FactSource::dependenciesNotRecorded: a recorded run that stopped after
 * step 1) skips it too, with that note, or "has not run" when the note is empty. Pure.
 */
DependencyGate dependencyGate(const QList<CheckResult> &prerequisites, bool forceDependencies,
                              const std::optional<QString> &notRecorded = std::nullopt);

} // namespace dwh
