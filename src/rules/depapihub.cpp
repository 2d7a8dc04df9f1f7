// SPDX-License-Identifier: MIT
// dep.apihub.dataverse (DWDVEV1001) and dep.apihub.fo (DWFOEV1001), from pp.connections.
//
// A connection counts when `properties.apiId` ends with /apis/shared_commondataserviceforapps
// (Dataverse) or /apis/shared_dynamicsax (F&O), case-insensitively; it is usable when one of
// `properties.statuses[].status` is "Connected". Pass when at least one is usable.
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
    if (!connected.isEmpty()) {
        QString message = Rules::tr("%1 connection (%2) is connected: %3.")
                              .arg(label, api, nameList(connectedText));
        if (!otherText.isEmpty())
            message += QLatin1Char(' ')
                + Rules::tr("Other %1 connections are not connected: %2.").arg(api, others);
        return makeResult(CheckStatus::Pass, {}, message, details);
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
