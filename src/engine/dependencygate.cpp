// SPDX-License-Identifier: MIT
// dependencyGate(): whether step 2 runs after step 1's results, and the note it carries.
#include "dependencygate.h"

#include "ruleset.h"

#include <QCoreApplication>

namespace dwh {

namespace {

// The engine's texts: the gate speaks for HealthEngine, in its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::HealthEngine)
};

} // namespace

DependencyGate dependencyGate(const QList<CheckResult> &prerequisites, bool forceDependencies,
                              const std::optional<QString> &notRecorded)
{
    const QString hasNotRun = Tr::tr("Not run: the prerequisite health check has not run.");
    if (prerequisites.isEmpty())
        return {false, hasNotRun};
    // Only the failures that make step 2 meaningless gate it (ruleset: gatesDependencies).
    const QString failed = gatingFailures(prerequisites).join(QStringLiteral(", "));
    if (!failed.isEmpty() && !forceDependencies)
        return {false, Tr::tr("Not run: a prerequisite failed (%1).").arg(failed)};
    if (notRecorded)
        return {false, notRecorded->isEmpty() ? hasNotRun : *notRecorded};
    if (!failed.isEmpty())
        return {true, Tr::tr("Run although a prerequisite failed (%1), because "
                             "--force-dependencies was given.")
                          .arg(failed)};
    return {true, QString()};
}

} // namespace dwh
