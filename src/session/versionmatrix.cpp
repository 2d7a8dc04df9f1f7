// SPDX-License-Identifier: MIT
// The version matrix of the dual-write solutions: installed, required, status.
#include "versionmatrix.h"

#include "report.h"
#include "snapshot.h"
#include "symptomcatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dwh::gui {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::VersionMatrix)
};

QString friendlyNameOf(const Snapshot *snapshot, const QString &uniqueName)
{
    if (!snapshot)
        return QString();
    for (const QJsonObject &row : snapshot->get(Dataset::DvSolutions).rows) {
        if (row.value(QStringLiteral("uniquename")).toString().compare(uniqueName, Qt::CaseInsensitive) == 0)
            return row.value(QStringLiteral("friendlyname")).toString();
    }
    return QString();
}

QString packageOf(const QString &uniqueName)
{
    if (uniqueName.contains(QLatin1String("DualWriteCore"), Qt::CaseInsensitive))
        return Tr::tr("Dual Write Core (AppSource solution)");
    return SymptomCatalogue::builtin().packageFor(uniqueName);
}

void addVersioned(QList<SolutionVersion> *rows, const QJsonArray &entries, CheckStatus status,
                  const Snapshot *snapshot)
{
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        SolutionVersion row;
        row.uniqueName = entry.value(QStringLiteral("uniqueName")).toString();
        row.installed = entry.value(QStringLiteral("version")).toString();
        row.required = entry.value(QStringLiteral("required")).toString();
        row.status = status;
        row.friendlyName = friendlyNameOf(snapshot, row.uniqueName);
        row.package = packageOf(row.uniqueName);
        rows->append(row);
    }
}

} // namespace

QList<SolutionVersion> versionMatrix(const Report &report, const Snapshot *snapshot)
{
    QList<SolutionVersion> rows;
    if (const CheckResult *core = report.find(QStringLiteral("prereq.dual-write-core"))) {
        const QJsonArray found = core->details.value(QStringLiteral("found")).toArray();
        for (const QJsonValue &value : found) {
            const QJsonObject entry = value.toObject();
            rows.append({entry.value(QStringLiteral("uniqueName")).toString(),
                         entry.value(QStringLiteral("friendlyName")).toString(),
                         entry.value(QStringLiteral("version")).toString(), QString(),
                         CheckStatus::Pass, packageOf(QStringLiteral("DualWriteCore"))});
        }
        if (found.isEmpty() && core->status == CheckStatus::Fail) {
            rows.append({QStringLiteral("DualWriteCore"), Tr::tr("Dual Write Core"), QString(), QString(),
                         CheckStatus::Fail, packageOf(QStringLiteral("DualWriteCore"))});
        }
    }
    if (const CheckResult *versions = report.find(QStringLiteral("prereq.solution-versions"))) {
        const QJsonObject &d = versions->details;
        addVersioned(&rows, d.value(QStringLiteral("below")).toArray(), CheckStatus::Fail, snapshot);
        addVersioned(&rows, d.value(QStringLiteral("malformed")).toArray(), CheckStatus::Unknown, snapshot);
        addVersioned(&rows, d.value(QStringLiteral("ok")).toArray(), CheckStatus::Pass, snapshot);
        addVersioned(&rows, d.value(QStringLiteral("notInstalled")).toArray(), CheckStatus::Skipped, snapshot);
    }
    return rows;
}

QStringList packagesToUpdate(const QList<SolutionVersion> &rows)
{
    // The split packages depend on Application Core; Supply Chain also on Finance (§1.5).
    const QStringList order{QStringLiteral("mscrm.dwappcore"), QStringLiteral("mscrm.dwfne"),
                            QStringLiteral("mscrm.hcm_dualwrite"), QStringLiteral("mscrm.dwscm")};
    QStringList packages;
    for (const SolutionVersion &row : rows) {
        if ((row.status == CheckStatus::Fail || row.status == CheckStatus::Unknown)
            && !row.package.isEmpty() && !row.installed.isEmpty() && !packages.contains(row.package))
            packages << row.package;
    }
    auto rank = [&order](const QString &package) {
        for (int i = 0; i < order.size(); ++i) {
            if (package.contains(order.at(i)))
                return i;
        }
        return int(order.size());
    };
    std::stable_sort(packages.begin(), packages.end(),
                     [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return packages;
}

QStringList mapSolutionsToReapply()
{
    return {Tr::tr("Dual-write applications core entity maps"),
            Tr::tr("Dynamics 365 Human Resources entity maps"),
            Tr::tr("Dynamics 365 Supply Chain Management extended entity maps"),
            Tr::tr("Dynamics 365 Finance extended entity map"),
            Tr::tr("Dynamics 365 notes entity maps"),
            Tr::tr("Dynamics 365 Asset Management entity maps"),
            Tr::tr("Dynamics 365 GAB Dual Write Entity Maps")};
}

} // namespace dwh::gui
