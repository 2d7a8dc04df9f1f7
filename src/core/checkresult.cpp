// SPDX-License-Identifier: MIT
#include "checkresult.h"

#include <QJsonArray>

namespace dwh {

QJsonObject Evidence::toJson() const
{
    QJsonObject o{{QStringLiteral("service"), service},
                  {QStringLiteral("request"), request},
                  {QStringLiteral("status"), status}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (at.isValid())
        o.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("elapsedMs"), elapsedMs);
    return o;
}

Evidence Evidence::fromJson(const QJsonObject &o)
{
    Evidence e;
    e.service = o.value(QStringLiteral("service")).toString();
    e.request = o.value(QStringLiteral("request")).toString();
    e.status = o.value(QStringLiteral("status")).toInt();
    e.error = o.value(QStringLiteral("error")).toString();
    e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
    return e;
}

bool Evidence::operator==(const Evidence &other) const
{
    return service == other.service && request == other.request && status == other.status
        && error == other.error;
}

QJsonObject Remediation::toJson() const
{
    return QJsonObject{{QStringLiteral("summary"), summary},
                       {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
                       {QStringLiteral("docUrl"), docUrl}};
}

Remediation Remediation::fromJson(const QJsonObject &o)
{
    Remediation r;
    r.summary = o.value(QStringLiteral("summary")).toString();
    for (const auto &v : o.value(QStringLiteral("steps")).toArray())
        r.steps << v.toString();
    r.docUrl = o.value(QStringLiteral("docUrl")).toString();
    return r;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), toString(status)},
                  {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                  {QStringLiteral("message"), message}};
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    if (!microsoftDescription.isEmpty())
        o.insert(QStringLiteral("microsoftDescription"), microsoftDescription);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    QJsonArray ev;
    for (const Evidence &e : evidence)
        ev.append(e.toJson());
    o.insert(QStringLiteral("evidence"), ev);
    if (!remediation.isEmpty())
        o.insert(QStringLiteral("remediation"), remediation.toJson());
    return o;
}

CheckResult CheckResult::fromJson(const QJsonObject &o)
{
    CheckResult r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.title = o.value(QStringLiteral("title")).toString();
    r.group = o.value(QStringLiteral("group")).toString();
    r.microsoftDescription = o.value(QStringLiteral("microsoftDescription")).toString();
    checkStatusFromString(o.value(QStringLiteral("status")).toString(), &r.status);
    for (const auto &v : o.value(QStringLiteral("codes")).toArray())
        r.codes << v.toString();
    r.message = o.value(QStringLiteral("message")).toString();
    r.details = o.value(QStringLiteral("details")).toObject();
    for (const auto &v : o.value(QStringLiteral("evidence")).toArray())
        r.evidence << Evidence::fromJson(v.toObject());
    r.remediation = Remediation::fromJson(o.value(QStringLiteral("remediation")).toObject());
    return r;
}

} // namespace dwh
