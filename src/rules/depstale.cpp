// SPDX-License-Identifier: MIT
// dep.stale.fo (DWFOEV1004) and dep.stale.dataverse (DWDVEV1004).
//
// The linked Dataverse URL is the link as read (linkasread.h), never the profile's guess: when it
// cannot be established, both checks say `warning` with the reason, and `dwhealth fix` refuses
// to delete anything without an explicit override.
//
// DWFOEV1004: a DualWriteProjectConfigurations row is stale when its ExternalEnvironmentUrl is
//   not the linked Dataverse URL (scheme + host + port, case-insensitive; blank = stale).
//   details: {linkedUrl, link, linkBasis, total, stale: [{projectName, internalEntityName,
//             externalEntityName, externalEnvironmentUrl, status}]}
// DWDVEV1004: a msdyn_dualwriteruntimeconfigs row belongs to the link when an F&O row of the
//   linked URL matches it by msdyn_name = ProjectName, or by entity pair
//   (msdyn_internalentityname ~ ExternalEntityName as Dataverse table names,
//   msdyn_externalentityname = InternalEntityName case-insensitively). When F&O returned no
//   project configuration at all, the Dataverse rows are either stale or belong to maps this
//   sign-in cannot see: `warning` ("foEmpty"), never a list of rows to delete.
//   details: {linkedUrl, link, linkBasis, foConfigurations, linkedProjects, owned, total,
//             stale: [{id, name, internalEntityName, externalEntityName,
//                      reason: "noLink"|"noMatchingProject"}]}
#include "checks.h"
#include "linkasread.h"
#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"
#include "staledetails.h"

#include <QHash>
#include <QSet>

namespace dwh {

namespace {

/** Whether F&O rows point at the linked Dataverse URL; each distinct URL is parsed once. */
class LinkTest
{
public:
    explicit LinkTest(const QString &linkedUrl)
        : m_linkedKey(environmentKey(linkedUrl))
    {
    }

    bool operator()(const QJsonObject &foRow)
    {
        if (m_linkedKey.isEmpty())
            return false;
        const QString url = columnText(foRow, QStringLiteral("ExternalEnvironmentUrl"));
        auto it = m_known.constFind(url);
        if (it == m_known.constEnd())
            it = m_known.insert(url, environmentKey(url) == m_linkedKey);
        return it.value();
    }

private:
    QString m_linkedKey;
    QHash<QString, bool> m_known;
};

/**
 * The linked F&O project configurations, indexed so that each Dataverse row is matched in
 * constant time (a tenant may hold thousands of both). owns() gives the same answer as
 * comparing the row with every project by name, or by entity pair with sameTableName().
 */
class LinkedProjects
{
public:
    void add(const QJsonObject &foRow)
    {
        ++m_count;
        const QString project = columnText(foRow, QStringLiteral("ProjectName")).trimmed().toLower();
        if (!project.isEmpty())
            m_names.insert(project);
        const QString foEntity = columnText(foRow, QStringLiteral("InternalEntityName")).trimmed().toLower();
        if (foEntity.isEmpty())
            return;
        const QStringList forms = tableNameForms(columnText(foRow, QStringLiteral("ExternalEntityName")));
        if (forms.isEmpty())
            return;
        m_exact.insert(pairKey(forms.first(), foEntity));
        for (const QString &form : forms)
            m_anyForm.insert(pairKey(form, foEntity));
    }

    int count() const { return m_count; }

    bool owns(const QJsonObject &dvRow) const
    {
        const QString name = columnText(dvRow, QStringLiteral("msdyn_name")).trimmed().toLower();
        if (!name.isEmpty() && m_names.contains(name))
            return true;
        const QString dvExternal = columnText(dvRow, QStringLiteral("msdyn_externalentityname")).trimmed().toLower();
        const QStringList forms = tableNameForms(columnText(dvRow, QStringLiteral("msdyn_internalentityname")));
        if (dvExternal.isEmpty() || forms.isEmpty())
            return false;
        // The Dataverse name is one of the project's forms, or the project's name one of its.
        if (m_anyForm.contains(pairKey(forms.first(), dvExternal)))
            return true;
        for (const QString &form : forms) {
            if (m_exact.contains(pairKey(form, dvExternal)))
                return true;
        }
        return false;
    }

private:
    static QString pairKey(const QString &table, const QString &entity)
    {
        return table + QChar(0x1f) + entity;
    }

    int m_count = 0;
    QSet<QString> m_names;    // project names
    QSet<QString> m_exact;    // (Dataverse table name as written, F&O entity)
    QSet<QString> m_anyForm;  // (every form of that table name, F&O entity)
};

} // namespace

CheckResult checkStaleFo(const RuleDescriptor &d, const Snapshot &snapshot,
                         const LinkContext &context)
{
    const QList<QJsonObject> &rows = snapshot.get(Dataset::FoProjectConfigs).rows;
    const LinkAsRead link = readLink(snapshot, context);
    if (rows.isEmpty()) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("Finance and operations holds no dual-write project "
                                    "configurations, so none is stale."),
                          StaleFoDetails{std::nullopt, link.details(), link.basis, 0, {}, {}}
                              .toJson());
    }
    const QString linkedUrl = link.dataverseUrl;
    QList<StaleProjectConfiguration> stale, unjudged;
    QStringList staleText;
    // With the link known, a row is stale when it points elsewhere. Without it, only a row with
    // no URL at all is; the rows that do not point at the profile's URL are listed as
    // "unjudged" (what an explicit override of `dwhealth fix` would delete).
    LinkTest isLinked(link.known() ? linkedUrl : context.dataverseUrl.toString());
    for (const QJsonObject &row : rows) {
        if (isLinked(row))
            continue;
        const QString project = columnText(row, QStringLiteral("ProjectName"));
        const QString url = columnText(row, QStringLiteral("ExternalEnvironmentUrl"));
        const StaleProjectConfiguration record{
            project, columnText(row, QStringLiteral("InternalEntityName")),
            columnText(row, QStringLiteral("ExternalEntityName")), url,
            row.value(QStringLiteral("Status")).toVariant().toString()};
        if (!link.known() && !url.trimmed().isEmpty()) {
            unjudged.append(record);
            continue;
        }
        stale.append(record);
        staleText << (url.trimmed().isEmpty()
                          ? Rules::tr("%1 (no environment URL)").arg(project)
                          : Rules::tr("%1 (points at %2)").arg(project, url));
    }
    const QJsonObject details =
        StaleFoDetails{linkedUrl, link.details(), link.basis, int(rows.size()), stale, unjudged}
            .toJson();
    if (!link.known()) {
        // A row with no URL at all is stale whatever the link is; the others cannot be judged.
        QString message = staleText.isEmpty()
            ? QString()
            : Rules::tr("Finance and operations dual-write project configurations with no "
                        "environment URL: %1.")
                      .arg(cappedNameList(staleText))
                  + QLatin1Char(' ');
        message += Rules::tr("Cannot tell whether the other configurations are stale: the linked "
                             "Dataverse environment is not known. %1")
                       .arg(link.basis);
        return makeResult(stale.isEmpty() ? CheckStatus::Warning : CheckStatus::Fail, d.codes,
                          message, details);
    }
    const QString basis = link.confirmed() ? QString()
                                           : QLatin1Char(' ') + Rules::tr("(Link: %1)").arg(link.basis);
    if (!stale.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("Finance and operations dual-write project configurations "
                                    "that do not point at the linked Dataverse environment %1: "
                                    "%2.")
                                  .arg(linkedUrl, cappedNameList(staleText))
                              + basis,
                          details);
    }
    return makeResult(CheckStatus::Pass, {},
                      Rules::tr("Every finance and operations dual-write project configuration "
                                "points at the linked Dataverse environment %1 (configurations: "
                                "%2).")
                              .arg(linkedUrl, QString::number(rows.size()))
                          + basis,
                      details);
}

CheckResult checkStaleDataverse(const RuleDescriptor &d, const Snapshot &snapshot,
                                const LinkContext &context)
{
    const LinkAsRead link = readLink(snapshot, context);
    const QList<QJsonObject> &foRows = snapshot.get(Dataset::FoProjectConfigs).rows;
    LinkedProjects linked;
    LinkTest isLinked(link.dataverseUrl);
    if (link.known()) {
        for (const QJsonObject &row : foRows) {
            if (isLinked(row))
                linked.add(row);
        }
    }
    const QList<QJsonObject> &dvRows = snapshot.get(Dataset::DvRuntimeConfigs).rows;
    const QString linkedUrl = link.dataverseUrl;
    QList<StaleRuntimeConfiguration> stale;
    QStringList staleText;
    int owned = 0;
    const bool judged = link.known() && !foRows.isEmpty();
    for (const QJsonObject &dv : dvRows) {
        if (judged && linked.owns(dv)) {
            ++owned;
            continue;
        }
        const QString name = columnText(dv, QStringLiteral("msdyn_name"));
        const QString internal = columnText(dv, QStringLiteral("msdyn_internalentityname"));
        const QString external = columnText(dv, QStringLiteral("msdyn_externalentityname"));
        stale.append(StaleRuntimeConfiguration{
            columnText(dv, QStringLiteral("msdyn_dualwriteruntimeconfigid")), name, internal, external,
            linked.count() == 0 ? StaleRuntimeConfiguration::Reason::NoLink
                                : StaleRuntimeConfiguration::Reason::NoMatchingProject});
        staleText << Rules::tr("%1 (%2 / %3)").arg(name, internal, external);
    }
    StaleDataverseDetails typed;
    typed.linkedUrl = linkedUrl;
    typed.link = link.details();
    typed.linkBasis = link.basis;
    typed.foConfigurations = int(foRows.size());
    typed.linkedProjects = linked.count();
    typed.owned = owned;
    typed.total = int(dvRows.size());
    (judged ? typed.stale : typed.unjudged) = stale;
    const QJsonObject details = typed.toJson();
    if (stale.isEmpty()) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("Every Dataverse dual-write runtime configuration belongs "
                                    "to the current link (configurations: %1).")
                              .arg(dvRows.size()),
                          details);
    }
    if (foRows.isEmpty()) {
        return makeResult(CheckStatus::Warning, d.codes,
                          Rules::tr("Finance and operations returned no dual-write project "
                                    "configurations, so these Dataverse runtime configurations "
                                    "are either stale (no link) or belong to maps this sign-in "
                                    "cannot see in finance and operations: %1. Check the table "
                                    "maps on the Dual-write page before deleting anything.")
                              .arg(cappedNameList(staleText)),
                          details);
    }
    if (!link.known()) {
        return makeResult(CheckStatus::Warning, d.codes,
                          Rules::tr("Cannot tell which Dataverse runtime configurations are "
                                    "stale: the linked Dataverse environment is not known. %1 "
                                    "Runtime configurations: %2.")
                              .arg(link.basis, cappedNameList(staleText)),
                          details);
    }
    const QString basis = link.confirmed() ? QString()
                                           : QLatin1Char(' ') + Rules::tr("(Link: %1)").arg(link.basis);
    if (linked.count() == 0) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("No finance and operations project configuration points at "
                                    "%1, yet Dataverse holds dual-write runtime configurations "
                                    "(no link): %2.")
                                  .arg(linkedUrl, cappedNameList(staleText))
                              + basis,
                          details);
    }
    return makeResult(CheckStatus::Fail, d.codes,
                      Rules::tr("Dataverse dual-write runtime configurations that no finance and "
                                "operations project configuration of the current link matches: "
                                "%1.")
                              .arg(cappedNameList(staleText))
                          + basis,
                      details);
}

} // namespace dwh
