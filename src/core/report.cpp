// SPDX-License-Identifier: MIT
#include "report.h"

#include <QJsonArray>

#include <algorithm>

namespace dwh {

CheckStatus StepResult::status() const
{
    CheckStatus worst = CheckStatus::Skipped;
    for (const CheckResult &c : checks) {
        if (severity(c.status) > severity(worst))
            worst = c.status;
    }
    return worst;
}

ReportSummary Report::summary() const
{
    ReportSummary s;
    for (const StepResult &step : steps) {
        for (const CheckResult &c : step.checks) {
            switch (c.status) {
            case CheckStatus::Pass: ++s.pass; break;
            case CheckStatus::Fail: ++s.fail; break;
            case CheckStatus::Warning: ++s.warning; break;
            case CheckStatus::Unknown: ++s.unknown; break;
            case CheckStatus::Skipped: ++s.skipped; break;
            }
        }
    }
    return s;
}

int Report::exitCode() const
{
    const ReportSummary s = summary();
    if (s.fail > 0)
        return 1;
    if (s.unknown > 0)
        return 3;
    return 0;
}

const CheckResult *Report::find(const QString &checkId) const
{
    for (const StepResult &step : steps) {
        for (const CheckResult &c : step.checks) {
            if (c.id == checkId)
                return &c;
        }
    }
    return nullptr;
}

QStringList Report::raisedCodes() const
{
    QStringList codes;
    for (const StepResult &step : steps) {
        for (const CheckResult &c : step.checks) {
            if (c.status == CheckStatus::Fail || c.status == CheckStatus::Warning
                || c.status == CheckStatus::Unknown)
                codes << c.codes;
        }
    }
    codes.removeDuplicates();
    std::sort(codes.begin(), codes.end());
    return codes;
}

QJsonObject Report::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schemaVersion"), SchemaVersion);
    o.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("dwhealth")},
                                                 {QStringLiteral("version"), toolVersion},
                                                 {QStringLiteral("ruleset"), ruleset}});
    QJsonObject profile{{QStringLiteral("name"), profileName},
                        {QStringLiteral("dataverse"), dataverseUrl},
                        {QStringLiteral("financeAndOperations"), foUrl}};
    if (simulated)
        profile.insert(QStringLiteral("simulated"), true);
    o.insert(QStringLiteral("profile"), profile);
    o.insert(QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODate));
    if (forcedDependencies)
        o.insert(QStringLiteral("forcedDependencies"), true);
    QJsonArray stepArray;
    for (const StepResult &step : steps) {
        QJsonArray checks;
        for (const CheckResult &c : step.checks)
            checks.append(c.toJson());
        QJsonObject s{{QStringLiteral("id"), toString(step.id)},
                      {QStringLiteral("status"), toString(step.status())},
                      {QStringLiteral("checks"), checks}};
        if (!step.note.isEmpty())
            s.insert(QStringLiteral("note"), step.note);
        stepArray.append(s);
    }
    o.insert(QStringLiteral("steps"), stepArray);
    const ReportSummary s = summary();
    o.insert(QStringLiteral("summary"), QJsonObject{{QStringLiteral("pass"), s.pass},
                                                    {QStringLiteral("fail"), s.fail},
                                                    {QStringLiteral("warning"), s.warning},
                                                    {QStringLiteral("unknown"), s.unknown},
                                                    {QStringLiteral("skipped"), s.skipped}});
    return o;
}

std::optional<Report> Report::fromJson(const QJsonObject &o, QString *error)
{
    if (o.value(QStringLiteral("schemaVersion")).toInt() != SchemaVersion) {
        if (error)
            *error = QStringLiteral("schemaVersion is not %1").arg(SchemaVersion);
        return std::nullopt;
    }
    Report r;
    const QJsonObject tool = o.value(QStringLiteral("tool")).toObject();
    r.toolVersion = tool.value(QStringLiteral("version")).toString();
    r.ruleset = tool.value(QStringLiteral("ruleset")).toString();
    const QJsonObject profile = o.value(QStringLiteral("profile")).toObject();
    r.profileName = profile.value(QStringLiteral("name")).toString();
    r.dataverseUrl = profile.value(QStringLiteral("dataverse")).toString();
    r.foUrl = profile.value(QStringLiteral("financeAndOperations")).toString();
    r.simulated = profile.value(QStringLiteral("simulated")).toBool();
    r.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    r.finishedAt =
        QDateTime::fromString(o.value(QStringLiteral("finishedAt")).toString(), Qt::ISODate);
    r.forcedDependencies = o.value(QStringLiteral("forcedDependencies")).toBool();
    for (const auto &sv : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject so = sv.toObject();
        StepResult step;
        if (!stepFromString(so.value(QStringLiteral("id")).toString(), &step.id)) {
            if (error)
                *error = QStringLiteral("unknown step id \"%1\"")
                             .arg(so.value(QStringLiteral("id")).toString());
            return std::nullopt;
        }
        step.note = so.value(QStringLiteral("note")).toString();
        for (const auto &cv : so.value(QStringLiteral("checks")).toArray())
            step.checks << CheckResult::fromJson(cv.toObject());
        r.steps << step;
    }
    return r;
}

} // namespace dwh
