// SPDX-License-Identifier: MIT
#include "linkasread.h"

#include "matching.h"
#include "rulehelpers.h"
#include "rulestr.h"

#include <QJsonArray>
#include <QSet>

namespace dwh {

namespace {

/** Reads pp.environment into `link`; true when it names a linked F&O app. */
void readAdmin(const Snapshot &snapshot, LinkAsRead *link)
{
    const DatasetResult &env = snapshot.get(Dataset::PpEnvironment);
    if (!env.ok() || env.rows.isEmpty()) {
        link->adminError = env.state == DatasetResult::State::NotFetched
            ? Rules::tr("not read in this run")
            : (env.error.isEmpty() ? Rules::tr("no answer") : env.error);
        return;
    }
    link->adminRead = true;
    const QJsonObject props = env.rows.first().value(QStringLiteral("properties")).toObject();
    link->adminLinkedFoUrl =
        columnText(props.value(QStringLiteral("linkedAppMetadata")).toObject(), QStringLiteral("url")).trimmed();
    link->adminDataverseUrl =
        columnText(props.value(QStringLiteral("linkedEnvironmentMetadata")).toObject(),
                   QStringLiteral("instanceUrl")).trimmed();
}

void readFo(const Snapshot &snapshot, LinkAsRead *link)
{
    const DatasetResult &fo = snapshot.get(Dataset::FoProjectConfigs);
    if (!fo.ok())
        return;
    link->foRead = true;
    link->foRows = int(fo.rows.size());
    QSet<QString> seen;
    for (const QJsonObject &row : fo.rows) {
        const QString url = columnText(row, QStringLiteral("ExternalEnvironmentUrl")).trimmed();
        const QString key = environmentKey(url);
        if (url.isEmpty() || seen.contains(key.isEmpty() ? url : key))
            continue;
        seen.insert(key.isEmpty() ? url : key);
        link->foUrls << url;
    }
}

} // namespace

QString LinkAsRead::sourceName() const
{
    switch (source) {
    case Source::PowerPlatform: return QStringLiteral("powerPlatform");
    case Source::FoConfigurations: return QStringLiteral("financeAndOperations");
    case Source::Profile: return QStringLiteral("profile");
    case Source::None: break;
    }
    return QStringLiteral("none");
}

LinkDetails LinkAsRead::details() const
{
    LinkDetails d;
    d.known = known();
    d.confirmed = confirmed();
    d.source = sourceName();
    d.dataverseUrl = dataverseUrl;
    d.financeAndOperationsUrls = foUrls;
    if (adminRead)
        d.adminLinkedFinanceAndOperationsUrl = adminLinkedFoUrl;
    return d;
}

QJsonObject LinkAsRead::toJson() const
{
    // The basis (a sentence) travels beside it as details.linkBasis: a report shows this object
    // as a table row, and a paragraph in one of its cells is unreadable.
    return details().toJson();
}

LinkAsRead readLink(const Snapshot &snapshot, const LinkContext &context)
{
    LinkAsRead link;
    readAdmin(snapshot, &link);
    readFo(snapshot, &link);
    const QString profileDv = context.dataverseUrl.toString();
    const QString profileFo = context.foUrl.toString();

    // 1. The Power Platform admin API names the environment's linked F&O app.
    if (link.adminRead && !link.adminLinkedFoUrl.isEmpty()) {
        if (!sameEnvironmentUrl(link.adminLinkedFoUrl, profileFo)) {
            link.basis = Rules::tr("The Power Platform admin API says environment %1 is linked to "
                                   "the finance and operations environment %2, not to the "
                                   "profile's %3.")
                             .arg(context.environmentId, link.adminLinkedFoUrl, profileFo);
            return link;
        }
        if (!link.adminDataverseUrl.isEmpty()
            && !sameEnvironmentUrl(link.adminDataverseUrl, profileDv)) {
            link.basis = Rules::tr("The Power Platform admin API says environment %1 is the "
                                   "Dataverse environment %2, but the profile's Dataverse URL is "
                                   "%3.")
                             .arg(context.environmentId, link.adminDataverseUrl, profileDv);
            return link;
        }
        link.source = LinkAsRead::Source::PowerPlatform;
        link.dataverseUrl = profileDv;
        link.basis = Rules::tr("The Power Platform admin API says environment %1 (%2) is linked "
                               "to the finance and operations environment %3.")
                         .arg(context.environmentId, profileDv, link.adminLinkedFoUrl);
        return link;
    }

    // 2. F&O's project configurations name the Dataverse environment they write to.
    if (!link.foRead) {
        link.basis = Rules::tr("Neither the Power Platform admin API (%1) nor the finance and "
                               "operations project configurations could be read.")
                         .arg(link.adminRead ? Rules::tr("no linked app") : link.adminError);
        return link;
    }
    if (link.foUrls.isEmpty()) {
        link.basis = link.foRows == 0
            ? Rules::tr("Finance and operations returned no dual-write project configurations, "
                        "and the Power Platform admin API named no linked app (%1).")
                  .arg(link.adminRead ? Rules::tr("none linked") : link.adminError)
            : Rules::tr("No finance and operations project configuration names a Dataverse "
                        "environment.");
        return link;
    }
    bool profileNamed = false;
    for (const QString &url : std::as_const(link.foUrls))
        profileNamed = profileNamed || sameEnvironmentUrl(url, profileDv);
    if (!profileNamed) {
        link.basis = Rules::tr("No finance and operations project configuration points at the "
                               "profile's Dataverse URL %1; they point at %2. Either the profile "
                               "names another environment than the link, or every configuration "
                               "is stale.")
                         .arg(profileDv, nameList(link.foUrls));
        return link;
    }
    link.dataverseUrl = profileDv;
    if (link.foUrls.size() == 1) {
        link.source = LinkAsRead::Source::FoConfigurations;
        link.basis = Rules::tr("Every finance and operations project configuration points at "
                               "%1.")
                         .arg(profileDv);
    } else {
        link.source = LinkAsRead::Source::Profile;
        link.basis = Rules::tr("The profile's Dataverse URL %1, which some finance and operations "
                               "project configurations point at (others point at %2); the Power "
                               "Platform admin API could not confirm the link (%3).")
                         .arg(profileDv, nameList(link.foUrls),
                              link.adminRead ? Rules::tr("no linked app") : link.adminError);
    }
    return link;
}

} // namespace dwh
