// SPDX-License-Identifier: MIT
#include "tablemaps.h"

#include <QJsonArray>

namespace dwh {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue unreadOrNull(const Unread &u)
{
    return u.isUnread() ? QJsonValue(u.toJson()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject Unread::toJson() const
{
    QJsonObject o{{QStringLiteral("reason"), reason}};
    if (!missingRight.isEmpty())
        o.insert(QStringLiteral("missingRight"), missingRight);
    return o;
}

QJsonObject ErrorGroup::toJson() const
{
    QJsonObject o{{QStringLiteral("cause"), causeId},
                  {QStringLiteral("recognised"), recognised},
                  {QStringLiteral("count"), count},
                  {QStringLiteral("first"), timeJson(first)},
                  {QStringLiteral("last"), timeJson(last)},
                  {QStringLiteral("maps"), QJsonArray::fromStringList(maps)},
                  {QStringLiteral("sample"), sample}};
    if (recognised) {
        o.insert(QStringLiteral("title"), symptom.title);
        o.insert(QStringLiteral("fixSteps"), QJsonArray::fromStringList(symptom.fixSteps));
        o.insert(QStringLiteral("docUrl"), symptom.docUrl);
        if (!symptom.requiredRole.isEmpty())
            o.insert(QStringLiteral("requiredRole"), symptom.requiredRole);
        if (!symptom.checkIds.isEmpty())
            o.insert(QStringLiteral("checks"), QJsonArray::fromStringList(symptom.checkIds));
    }
    return o;
}

QJsonObject TableMap::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("financeEntity"), financeEntity},
                  {QStringLiteral("dataverseEntitySet"), dataverseEntitySet},
                  {QStringLiteral("dataverseTable"), dataverseTable},
                  {QStringLiteral("state"), mapStateName(state)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("legalEntities"), QJsonArray::fromStringList(legalEntities)},
                  {QStringLiteral("direction"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("directionUnknown"), unreadOrNull(direction)},
                  {QStringLiteral("initialSync"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("initialSyncUnknown"), unreadOrNull(initialSync)},
                  {QStringLiteral("errors"),
                   QJsonObject{{QStringLiteral("count"), errorCount},
                               {QStringLiteral("first"), timeJson(firstError)},
                               {QStringLiteral("last"), timeJson(lastError)},
                               {QStringLiteral("causes"), QJsonArray::fromStringList(errorCauses)}}}};
    if (!stateNote.isEmpty())
        o.insert(QStringLiteral("stateNote"), stateNote);
    return o;
}

bool MapsOverview::hasFindings() const
{
    for (const TableMap &m : tableMaps) {
        if (m.state == MapState::Error)
            return true;
    }
    return !errors.isEmpty();
}

bool MapsOverview::hasUnread() const
{
    if (maps.isUnread() || dataverseErrors.isUnread())
        return true;
    for (const TableMap &m : tableMaps) {
        if (m.state == MapState::Unknown)
            return true;
    }
    return false;
}

QJsonObject MapsOverview::toJson() const
{
    QJsonArray mapArray;
    for (const TableMap &m : tableMaps)
        mapArray.append(m.toJson());
    QJsonArray errorArray;
    for (const MapError &e : errors) {
        errorArray.append(QJsonObject{{QStringLiteral("side"), e.side},
                                      {QStringLiteral("at"), timeJson(e.at)},
                                      {QStringLiteral("map"), e.mapName},
                                      {QStringLiteral("table"), e.table},
                                      {QStringLiteral("cause"), e.causeId},
                                      {QStringLiteral("correlationId"), e.correlationId},
                                      {QStringLiteral("message"), e.message}});
    }
    QJsonArray groupArray;
    for (const ErrorGroup &g : groups)
        groupArray.append(g.toJson());
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("readAt"), timeJson(readAt)},
        {QStringLiteral("since"), timeJson(since)},
        {QStringLiteral("mapsUnknown"), unreadOrNull(maps)},
        {QStringLiteral("runtimeConfigurationsUnknown"), unreadOrNull(runtimeConfigs)},
        {QStringLiteral("legalEntitiesSource"), legalEntitiesSource},
        {QStringLiteral("maps"), mapArray},
        {QStringLiteral("errors"),
         QJsonObject{{QStringLiteral("dataverseUnknown"), unreadOrNull(dataverseErrors)},
                     {QStringLiteral("financeAndOperationsUnknown"), unreadOrNull(financeErrors)},
                     {QStringLiteral("count"), int(errors.size())},
                     {QStringLiteral("groups"), groupArray},
                     {QStringLiteral("items"), errorArray}}},
    };
}

} // namespace dwh
