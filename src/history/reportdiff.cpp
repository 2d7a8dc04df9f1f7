// SPDX-License-Identifier: MIT
// What changed between two reports: new, fixed and still failing findings, status changes.
#include "reportdiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace dwh {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::ReportDiff)
};

struct CheckView
{
    QString id;
    QString title;
    QString status;
    QString message;
    QStringList codes;
};

/** The checks of a report in report order. */
QList<CheckView> checksOf(const QJsonObject &report)
{
    QList<CheckView> checks;
    for (const auto &step : report.value(QStringLiteral("steps")).toArray()) {
        for (const auto &value : step.toObject().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = value.toObject();
            CheckView view{c.value(QStringLiteral("id")).toString(),
                           c.value(QStringLiteral("title")).toString(),
                           c.value(QStringLiteral("status")).toString(),
                           c.value(QStringLiteral("message")).toString(),
                           {}};
            for (const auto &code : c.value(QStringLiteral("codes")).toArray())
                view.codes << code.toString();
            checks << view;
        }
    }
    return checks;
}

bool isFinding(const QString &status)
{
    return status == QLatin1String("fail") || status == QLatin1String("warning")
        || status == QLatin1String("unknown");
}

QList<DiffFinding> findingsOf(const QList<CheckView> &checks)
{
    QList<DiffFinding> findings;
    for (const CheckView &c : checks) {
        if (!isFinding(c.status))
            continue;
        const QStringList codes = c.codes.isEmpty() ? QStringList{QString()} : c.codes;
        for (const QString &code : codes)
            findings << DiffFinding{c.id, code, c.title, c.status, c.message};
    }
    return findings;
}

QString keyOf(const DiffFinding &f)
{
    return f.checkId + QLatin1Char('\n') + f.code;
}

QSet<QString> keysOf(const QList<DiffFinding> &findings)
{
    QSet<QString> keys;
    for (const DiffFinding &f : findings)
        keys.insert(keyOf(f));
    return keys;
}

QString findingLine(const DiffFinding &f)
{
    QString line = QStringLiteral("  ") + f.status.leftJustified(8) + QStringLiteral("  ") + f.checkId;
    if (!f.code.isEmpty())
        line += QStringLiteral("  ") + f.code;
    if (!f.message.isEmpty())
        line += QStringLiteral("\n      ") + f.message;
    return line + QLatin1Char('\n');
}

QString section(const QString &title, const QList<DiffFinding> &findings)
{
    QString text = QStringLiteral("%1 (%2)\n").arg(title).arg(findings.size());
    for (const DiffFinding &f : findings)
        text += findingLine(f);
    return text;
}

QJsonArray toArray(const QList<DiffFinding> &findings)
{
    QJsonArray array;
    for (const DiffFinding &f : findings)
        array.append(f.toJson());
    return array;
}

} // namespace

QJsonObject DiffFinding::toJson() const
{
    return {{QStringLiteral("checkId"), checkId}, {QStringLiteral("code"), code},
            {QStringLiteral("title"), title},     {QStringLiteral("status"), status},
            {QStringLiteral("message"), message}};
}

QJsonObject StatusChange::toJson() const
{
    return {{QStringLiteral("checkId"), checkId}, {QStringLiteral("title"), title},
            {QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

bool ReportDiff::hasChanges() const
{
    return !newFindings.isEmpty() || !fixedFindings.isEmpty() || !statusChanges.isEmpty();
}

QJsonObject ReportDiff::toJson() const
{
    QJsonArray changes;
    for (const StatusChange &c : statusChanges)
        changes.append(c.toJson());
    return {{QStringLiteral("older"), QJsonObject{{QStringLiteral("startedAt"), olderStartedAt}}},
            {QStringLiteral("newer"), QJsonObject{{QStringLiteral("startedAt"), newerStartedAt}}},
            {QStringLiteral("changed"), hasChanges()},
            {QStringLiteral("newFindings"), toArray(newFindings)},
            {QStringLiteral("fixedFindings"), toArray(fixedFindings)},
            {QStringLiteral("stillFailing"), toArray(stillFailing)},
            {QStringLiteral("statusChanges"), changes}};
}

QString ReportDiff::toText() const
{
    QString text = Tr::tr("Changes from the run of %1 to the run of %2: %3\n")
                       .arg(olderStartedAt, newerStartedAt,
                            hasChanges() ? Tr::tr("changed") : Tr::tr("no change"));
    text += section(Tr::tr("New findings"), newFindings);
    text += section(Tr::tr("Fixed"), fixedFindings);
    text += section(Tr::tr("Still failing"), stillFailing);
    text += QStringLiteral("%1 (%2)\n").arg(Tr::tr("Status changes")).arg(statusChanges.size());
    for (const StatusChange &c : statusChanges)
        text += QStringLiteral("  %1: %2 -> %3\n").arg(c.checkId, c.before, c.after);
    return text;
}

ReportDiff diffReports(const QJsonObject &older, const QJsonObject &newer)
{
    ReportDiff diff;
    diff.olderStartedAt = older.value(QStringLiteral("startedAt")).toString();
    diff.newerStartedAt = newer.value(QStringLiteral("startedAt")).toString();
    const QList<CheckView> olderChecks = checksOf(older);
    const QList<CheckView> newerChecks = checksOf(newer);
    const QList<DiffFinding> olderFindings = findingsOf(olderChecks);
    const QList<DiffFinding> newerFindings = findingsOf(newerChecks);
    const QSet<QString> olderKeys = keysOf(olderFindings);
    const QSet<QString> newerKeys = keysOf(newerFindings);
    for (const DiffFinding &f : newerFindings)
        (olderKeys.contains(keyOf(f)) ? diff.stillFailing : diff.newFindings) << f;
    for (const DiffFinding &f : olderFindings) {
        if (!newerKeys.contains(keyOf(f)))
            diff.fixedFindings << f;
    }

    const QString absent = QStringLiteral("absent");
    QMap<QString, CheckView> olderById;
    for (const CheckView &c : olderChecks)
        olderById.insert(c.id, c);
    QSet<QString> seen;
    for (const CheckView &c : newerChecks) {
        seen.insert(c.id);
        const auto it = olderById.constFind(c.id);
        const QString before = it == olderById.cend() ? absent : it->status;
        if (before != c.status)
            diff.statusChanges << StatusChange{c.id, c.title, before, c.status};
    }
    for (const CheckView &c : olderChecks) {
        if (!seen.contains(c.id))
            diff.statusChanges << StatusChange{c.id, c.title, c.status, absent};
    }
    return diff;
}

} // namespace dwh
