// SPDX-License-Identifier: MIT
#include "writeaction.h"

#include <QJsonDocument>

namespace dwh {

namespace {

bool serviceFromName(const QString &name, Service *out)
{
    for (Service s : {Service::Dataverse, Service::FinanceAndOperations}) {
        if (serviceName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject RecordRef::toJson() const
{
    return QJsonObject{{QStringLiteral("service"), serviceName(service)},
                       {QStringLiteral("entitySet"), entitySet},
                       {QStringLiteral("keyName"), keyName},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("environment"), environment.toString()},
                       {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}};
}

RecordRef RecordRef::fromJson(const QJsonObject &o)
{
    RecordRef r;
    if (!serviceFromName(text(o, "service"), &r.service))
        r.service = Service::Entra;  // marks an unusable record; fromJson of the action rejects it
    r.entitySet = text(o, "entitySet");
    r.keyName = text(o, "keyName");
    r.key = text(o, "key");
    r.name = text(o, "name");
    r.environment = QUrl(text(o, "environment"));
    r.url = QUrl::fromEncoded(text(o, "url").toUtf8(), QUrl::StrictMode);
    return r;
}

QList<QPair<QByteArray, QByteArray>> WriteAction::headers() const
{
    if (method == "PATCH")
        return {{QByteArrayLiteral("If-Match"), QByteArrayLiteral("*")}};
    return {};
}

QByteArray WriteAction::payload() const
{
    return body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString WriteAction::summary() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + url.toDisplayString();
}

QJsonObject WriteAction::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(method)},
                  {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                  {QStringLiteral("record"), record.toJson()},
                  {QStringLiteral("reasonCode"), reasonCode},
                  {QStringLiteral("reason"), reason}};
    if (!body.isEmpty())
        o.insert(QStringLiteral("body"), body);
    if (!lookupTarget.isEmpty())
        o.insert(QStringLiteral("lookupTarget"), lookupTarget);
    return o;
}

std::optional<WriteAction> WriteAction::fromJson(const QJsonObject &o, QString *error)
{
    WriteAction a;
    a.method = text(o, "method").toLatin1();
    a.url = QUrl::fromEncoded(text(o, "url").toUtf8(), QUrl::StrictMode);
    a.body = o.value(QStringLiteral("body")).toObject();
    a.record = RecordRef::fromJson(o.value(QStringLiteral("record")).toObject());
    a.reasonCode = text(o, "reasonCode");
    a.reason = text(o, "reason");
    a.lookupTarget = text(o, "lookupTarget");
    if (a.method != "DELETE" && a.method != "PATCH" && a.method != "POST") {
        *error = QStringLiteral("method must be DELETE, PATCH or POST, not \"%1\"")
                     .arg(QString::fromLatin1(a.method));
        return std::nullopt;
    }
    if (!a.url.isValid() || a.url.host().isEmpty()) {
        *error = QStringLiteral("url is missing or not a URL");
        return std::nullopt;
    }
    if (a.record.service == Service::Entra) {
        *error = QStringLiteral("record.service must be dataverse or financeAndOperations");
        return std::nullopt;
    }
    if (a.record.entitySet.isEmpty() || a.record.keyName.isEmpty() || a.record.key.isEmpty()
        || !a.record.url.isValid() || a.record.environment.host().isEmpty()) {
        *error = QStringLiteral("record needs entitySet, keyName, key, url and environment");
        return std::nullopt;
    }
    return a;
}

} // namespace dwh
