// SPDX-License-Identifier: MIT
// The fleet summary model: environment × group matrix, changes since each previous run, findings.
#include "fleetsummary.h"

#include <QJsonArray>

#include <algorithm>

namespace dwh::fleet {

namespace {

QString columnOf(const StepResult &step, const CheckResult &check)
{
    if (step.id == Step::Prerequisites)
        return QStringLiteral("prerequisites");
    return check.group;
}

int statusRank(const QString &status)
{
    CheckStatus s = CheckStatus::Pass;
    checkStatusFromString(status, &s);
    return severity(s);
}

QJsonArray findingsJson(const QList<DiffFinding> &findings)
{
    QJsonArray out;
    for (const DiffFinding &f : findings)
        out.append(f.toJson());
    return out;
}

} // namespace

bool FleetEnvironmentResult::changed() const
{
    if (!hasPrevious)
        return ran && !newFindings.isEmpty();
    return !newFindings.isEmpty() || !fixedFindings.isEmpty() || !statusChanges.isEmpty();
}

QStringList FleetSummary::matrixColumns()
{
    return {QStringLiteral("prerequisites"), QStringLiteral("APIHubConnection"),
            QStringLiteral("StaleConfiguration"), QStringLiteral("BusinessUnit")};
}

int exitSeverity(int exitCode)
{
    switch (exitCode) {
    case 0: return 0;
    case 3: return 1;
    case 1: return 2;
    default: return 3;
    }
}

int FleetSummary::exitCode() const
{
    int worst = 0;
    for (const FleetEnvironmentResult &e : environments) {
        if (exitSeverity(e.exitCode) > exitSeverity(worst))
            worst = e.exitCode;
    }
    return worst;
}

ReportSummary FleetSummary::totals() const
{
    ReportSummary t;
    for (const FleetEnvironmentResult &e : environments) {
        t.pass += e.summary.pass;
        t.fail += e.summary.fail;
        t.warning += e.summary.warning;
        t.unknown += e.summary.unknown;
        t.skipped += e.summary.skipped;
    }
    return t;
}

int FleetSummary::changedCount() const
{
    return int(std::count_if(environments.cbegin(), environments.cend(),
                             [](const FleetEnvironmentResult &e) { return e.changed(); }));
}

QList<FleetFinding> FleetSummary::worstFindings() const
{
    QList<FleetFinding> out;
    for (const FleetEnvironmentResult &e : environments) {
        for (const DiffFinding &f : e.newFindings)
            out << FleetFinding{e.name, f, e.hasPrevious};
        for (const DiffFinding &f : e.stillFailing)
            out << FleetFinding{e.name, f, false};
    }
    std::stable_sort(out.begin(), out.end(), [](const FleetFinding &a, const FleetFinding &b) {
        const int ra = statusRank(a.finding.status), rb = statusRank(b.finding.status);
        if (ra != rb)
            return ra > rb;
        if (a.isNew != b.isNew)
            return a.isNew;
        if (a.environment != b.environment)
            return a.environment.localeAwareCompare(b.environment) < 0;
        return a.finding.checkId < b.finding.checkId;
    });
    return out;
}

QJsonObject summaryJson(const ReportSummary &s)
{
    return {{QStringLiteral("pass"), s.pass}, {QStringLiteral("fail"), s.fail},
            {QStringLiteral("warning"), s.warning}, {QStringLiteral("unknown"), s.unknown},
            {QStringLiteral("skipped"), s.skipped}};
}

QJsonObject FleetSummary::toJson() const
{
    QJsonArray envs, matrix, changes, findings;
    for (const FleetEnvironmentResult &e : environments) {
        envs.append(QJsonObject{
            {QStringLiteral("profile"), e.profilePath},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("exit"), e.exitCode},
            {QStringLiteral("summary"), summaryJson(e.summary)},
            {QStringLiteral("report"), e.reportFile.isEmpty() ? QJsonValue() : QJsonValue(e.reportFile)}});
        QJsonObject row{{QStringLiteral("profile"), e.profilePath}, {QStringLiteral("name"), e.name}};
        for (const QString &column : matrixColumns())
            row.insert(column, e.matrix.value(column));
        if (!e.ran)
            row.insert(QStringLiteral("problem"), e.problem);
        matrix.append(row);
        QJsonObject change{{QStringLiteral("profile"), e.profilePath},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("changed"), e.changed()},
                           {QStringLiteral("previousRun"), e.hasPrevious
                                ? QJsonValue(e.previousStartedAt) : QJsonValue()}};
        if (e.ran) {
            change.insert(QStringLiteral("newFindings"), findingsJson(e.hasPrevious ? e.newFindings
                                                                                    : QList<DiffFinding>()));
            change.insert(QStringLiteral("fixedFindings"), findingsJson(e.fixedFindings));
            QJsonArray statusChanges;
            for (const StatusChange &c : e.statusChanges)
                statusChanges.append(c.toJson());
            change.insert(QStringLiteral("statusChanges"), e.hasPrevious ? statusChanges : QJsonArray());
        }
        changes.append(change);
    }
    for (const FleetFinding &f : worstFindings()) {
        QJsonObject o = f.finding.toJson();
        o.insert(QStringLiteral("environment"), f.environment);
        o.insert(QStringLiteral("new"), f.isNew);
        findings.append(o);
    }
    QJsonObject summary = summaryJson(totals());
    summary.insert(QStringLiteral("environments"), int(environments.size()));
    summary.insert(QStringLiteral("exit"), exitCode());
    summary.insert(QStringLiteral("changed"), changedCount());
    summary.insert(QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODate));
    summary.insert(QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODate));
    summary.insert(QStringLiteral("parallel"), parallel);
    summary.insert(QStringLiteral("columns"), QJsonArray::fromStringList(matrixColumns()));
    summary.insert(QStringLiteral("matrix"), matrix);
    summary.insert(QStringLiteral("changes"), changes);
    summary.insert(QStringLiteral("worstFindings"), findings);
    return {{QStringLiteral("schemaVersion"), SchemaVersion},
            {QStringLiteral("environments"), envs},
            {QStringLiteral("summary"), summary}};
}

FleetEnvironmentResult environmentResult(const QString &profilePath, const QString &name,
                                         const Report *report, int exitCode,
                                         const std::optional<QJsonObject> &previous,
                                         const QString &reportFile, const QString &problem)
{
    FleetEnvironmentResult e;
    e.profilePath = profilePath;
    e.name = name;
    e.exitCode = exitCode;
    e.problem = problem;
    e.ran = report != nullptr && !report->steps.isEmpty();
    if (!e.ran) {
        for (const QString &column : FleetSummary::matrixColumns())
            e.matrix.insert(column, QString());
        return e;
    }
    e.reportFile = reportFile;
    e.summary = report->summary();
    e.startedAt = report->startedAt.toUTC().toString(Qt::ISODate);
    for (const QString &column : FleetSummary::matrixColumns())
        e.matrix.insert(column, toString(CheckStatus::Skipped));
    QMap<QString, CheckStatus> worst;
    for (const StepResult &step : report->steps) {
        for (const CheckResult &check : step.checks) {
            const QString column = columnOf(step, check);
            if (column.isEmpty())
                continue;
            const CheckStatus before = worst.value(column, CheckStatus::Skipped);
            if (severity(check.status) >= severity(before))
                worst.insert(column, check.status);
        }
    }
    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        e.matrix.insert(it.key(), toString(it.value()));
    const ReportDiff diff = diffReports(previous.value_or(QJsonObject()), report->toJson());
    e.hasPrevious = previous.has_value();
    e.previousStartedAt = diff.olderStartedAt;
    e.newFindings = diff.newFindings;
    e.stillFailing = diff.stillFailing;
    e.fixedFindings = diff.fixedFindings;
    e.statusChanges = e.hasPrevious ? diff.statusChanges : QList<StatusChange>();
    return e;
}

} // namespace dwh::fleet
