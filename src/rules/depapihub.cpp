// SPDX-License-Identifier: MIT
// dep.apihub.dataverse (DWDVEV1001) and dep.apihub.fo (DWFOEV1001), from pp.connections.
//
// A connection counts when `properties.apiId` ends with /apis/shared_commondataserviceforapps
// (Dataverse) or /apis/shared_dynamicsax (F&O), case-insensitively; it is usable when one of
// `properties.statuses[].status` is "Connected".
//
// Which of them the link uses is recorded only in the Data Integrator service's connection set,
// which no documented API exposes (docs/wire.md "The link"). So: pass only when every connection
// of the connector is Connected (whichever the link uses, it is); fail when none is; `warning`
// when they disagree (the link's may be the one in Error), naming both.
// details: {api, connected: [conn], notConnected: [conn]}
//          conn = {name, displayName, statuses: [status text]}
#include "checks.h"
#include "rulehelpers.h"
#include "rulestr.h"

namespace dwh {

namespace {

CheckResult checkApiHub(const RuleDescriptor &d, const Snapshot &snapshot,
                        const LinkContext &context, const QString &api, const QString &label)
{
    const QString suffix = QStringLiteral("/apis/") + api;
    QJsonArray connected, notConnected;
    QStringList connectedText, otherText;
    for (const QJsonObject &row : snapshot.get(Dataset::PpConnections).rows) {
        const QJsonObject props = row.value(QStringLiteral("properties")).toObject();
        if (!columnText(props, QStringLiteral("apiId")).trimmed().endsWith(suffix,
                                                                          Qt::CaseInsensitive))
            continue;
        QStringList statuses;
        bool isConnected = false;
        for (const QJsonValue &s : props.value(QStringLiteral("statuses")).toArray()) {
            const QString status = s.toObject().value(QStringLiteral("status")).toString();
            statuses << status;
            isConnected = isConnected
                || status.compare(QLatin1String("Connected"), Qt::CaseInsensitive) == 0;
        }
        const QString name = columnText(row, QStringLiteral("name"));
        const QString displayName = columnText(props, QStringLiteral("displayName"));
        const QJsonObject conn{{QStringLiteral("name"), name},
                               {QStringLiteral("displayName"), displayName},
                               {QStringLiteral("statuses"), toJsonArray(statuses)}};
        const QString shown = displayName.isEmpty() ? name
                                                    : Rules::tr("%1 (%2)").arg(displayName, name);
        if (isConnected) {
            connected.append(conn);
            connectedText << shown;
        } else {
            notConnected.append(conn);
            otherText << Rules::tr("%1: %2")
                             .arg(shown, statuses.isEmpty() ? Rules::tr("no status")
                                                            : nameList(statuses));
        }
    }
    const QJsonObject details{{QStringLiteral("api"), api},
                              {QStringLiteral("connected"), connected},
                              {QStringLiteral("notConnected"), notConnected}};
    const QString others = otherText.join(QLatin1String("; "));
    if (!connected.isEmpty() && !otherText.isEmpty()) {
        return makeResult(CheckStatus::Warning, d.codes,
                          Rules::tr("The %1 connections (%2) disagree: connected: %3; not "
                                    "connected: %4. The connection the dual-write link uses is "
                                    "not exposed by a documented API, so it may be one that is "
                                    "not connected. Open them under Connections in the Power Apps "
                                    "maker portal and fix the ones that are not connected.")
                              .arg(label, api, nameList(connectedText), others),
                          details);
    }
    if (!connected.isEmpty()) {
        return makeResult(CheckStatus::Pass, {},
                          Rules::tr("Every %1 connection (%2) is connected: %3.")
                              .arg(label, api, nameList(connectedText)),
                          details);
    }
    if (!otherText.isEmpty()) {
        return makeResult(CheckStatus::Fail, d.codes,
                          Rules::tr("No %1 connection (%2) is Connected in environment %3; found "
                                    "in another state: %4.")
                              .arg(label, api, context.environmentId, others),
                          details);
    }
    return makeResult(CheckStatus::Fail, d.codes,
                      Rules::tr("No %1 connection (%2) exists in environment %3.")
                          .arg(label, api, context.environmentId),
                      details);
}

} // namespace

CheckResult checkApiHubDataverse(const RuleDescriptor &d, const Snapshot &snapshot,
                                 const LinkContext &context)
{
    return checkApiHub(d, snapshot, context, QStringLiteral("shared_commondataserviceforapps"),
                       Rules::tr("Dataverse"));
}

CheckResult checkApiHubFo(const RuleDescriptor &d, const Snapshot &snapshot,
                          const LinkContext &context)
{
    return checkApiHub(d, snapshot, context, QStringLiteral("shared_dynamicsax"),
                       Rules::tr("finance and operations apps"));
}

} // namespace dwh
