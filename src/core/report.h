// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"
#include "checkstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dwh {

struct StepResult
{
    Step id = Step::Prerequisites;
    QList<CheckResult> checks;
    QString note;  // e.g. why the step was skipped or forced

    /** Worst status of the checks; `skipped` when every check was skipped. */
    CheckStatus status() const;
};

struct ReportSummary
{
    int pass = 0, fail = 0, warning = 0, unknown = 0, skipped = 0;
    int total() const { return pass + fail + warning + unknown + skipped; }
};

/** The one report model every output is written from (contract.md "Report", schemaVersion 1). */
struct Report
{
    static constexpr int SchemaVersion = 1;

    QString toolVersion = QStringLiteral(DWHEALTH_VERSION);
    QString ruleset = QStringLiteral(DWHEALTH_RULESET);
    QString profileName;
    QString dataverseUrl;
    QString foUrl;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool forcedDependencies = false;
    /** The run was against the simulator (isSimulatedProfile()): every output says so. In the
     *  JSON as "profile": {"simulated": true}, only when true. */
    bool simulated = false;
    QList<StepResult> steps;

    ReportSummary summary() const;
    /** contract.md: 0 all passed (warnings allowed), 1 a check failed, 3 a check unknown. */
    int exitCode() const;
    const CheckResult *find(const QString &checkId) const;
    /** Every code raised by a failing or warning check, sorted, each once. */
    QStringList raisedCodes() const;

    QJsonObject toJson() const;
    static std::optional<Report> fromJson(const QJsonObject &object, QString *error);
};

} // namespace dwh
