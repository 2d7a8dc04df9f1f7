// SPDX-License-Identifier: MIT
#pragma once

#include "linkcontext.h"
#include "snapshot.h"
#include "staledetails.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dwh {

/**
 * Which Dataverse environment the finance and operations environment is linked to, as the
 * services expose it (docs/wire.md "The link"), never as the profile merely says:
 *
 * 1. The Power Platform admin API (pp.environment): the profile's environment names its linked
 *    finance and operations app (`properties.linkedAppMetadata.url`) and its own Dataverse URL
 *    (`properties.linkedEnvironmentMetadata.instanceUrl`). When the linked app is the profile's
 *    F&O URL and the instance is the profile's Dataverse URL, the link is confirmed. When either
 *    names another environment, the profile does not describe the link: unknown.
 * 2. Finance and operations' project configurations (fo.projectConfigs): every row names the
 *    Dataverse URL it writes to (`ExternalEnvironmentUrl`). When every row names the profile's
 *    Dataverse URL, the link is confirmed; when some do and others name other URLs, the profile's
 *    URL is taken (and the report says so); when none does, or F&O returned none, unknown.
 */
struct LinkAsRead
{
    enum class Source { None, PowerPlatform, FoConfigurations, Profile };

    Source source = Source::None;
    QString dataverseUrl;  // the linked Dataverse URL; empty when unknown
    QString basis;         // how it was established, or why it is unknown (a sentence)

    // What each source said.
    bool adminRead = false;       // pp.environment was read
    QString adminError;           // why not, when it was not
    QString adminLinkedFoUrl;     // properties.linkedAppMetadata.url ("" when none linked)
    QString adminDataverseUrl;    // properties.linkedEnvironmentMetadata.instanceUrl
    bool foRead = false;          // fo.projectConfigs was read
    int foRows = 0;
    QStringList foUrls;           // distinct ExternalEnvironmentUrl values (as written, non-blank)

    bool known() const { return !dataverseUrl.isEmpty(); }
    /** Read from a service that names the link, not taken from the profile. */
    bool confirmed() const { return source == Source::PowerPlatform || source == Source::FoConfigurations; }
    QString sourceName() const;  // "powerPlatform", "financeAndOperations", "profile", "none"
    /** details.link of the stale checks: {known, confirmed, source, dataverseUrl,
     *  financeAndOperationsUrls, adminLinkedFinanceAndOperationsUrl}; `basis` goes beside it
     *  as details.linkBasis. */
    QJsonObject toJson() const;
    /** The same, typed. */
    LinkDetails details() const;
};

/** Pure: the link from the snapshot's pp.environment and fo.projectConfigs and the profile. */
LinkAsRead readLink(const Snapshot &snapshot, const LinkContext &context);

} // namespace dwh
