// SPDX-License-Identifier: MIT
#include "backup.h"

#include "boundedread.h"
#include "remediationstr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dwh {

namespace {

const QString formatName = QStringLiteral("dwhealth-backup");

} // namespace

QJsonObject Backup::toJson() const
{
    QJsonArray records;
    for (const BackupEntry &e : entries) {
        QJsonObject entry{{QStringLiteral("service"), serviceName(e.action.record.service)},
                          {QStringLiteral("entitySet"), e.action.record.entitySet},
                          {QStringLiteral("keyName"), e.action.record.keyName},
                          {QStringLiteral("key"), e.action.record.key},
                          {QStringLiteral("name"), e.action.record.name},
                          {QStringLiteral("existed"), e.existed},
                          {QStringLiteral("action"), e.action.toJson()}};
        entry.insert(QStringLiteral("record"),
                     e.existed ? QJsonValue(e.record) : QJsonValue(QJsonValue::Null));
        records.append(entry);
    }
    QJsonObject file{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("schemaVersion"), SchemaVersion},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("dwhealth")},
                                             {QStringLiteral("version"), toolVersion}}},
        {QStringLiteral("operation"), operation},
        {QStringLiteral("code"), code},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("name"), profileName},
                     {QStringLiteral("dataverse"), dataverseUrl.toString()},
                     {QStringLiteral("financeAndOperations"), foUrl.toString()}}},
        {QStringLiteral("records"), records}};
    file.insert(QStringLiteral("digest"), BackupDigest::compute(file));
    return file;
}

std::optional<Backup> Backup::fromJson(const QJsonObject &o, QString *error)
{
    if (o.value(QStringLiteral("format")).toString() != formatName) {
        *error = RemediationTexts::tr("format: not a dwhealth backup (expected \"%1\")").arg(formatName);
        return std::nullopt;
    }
    if (o.value(QStringLiteral("schemaVersion")).toInt() != SchemaVersion) {
        *error = RemediationTexts::tr("schemaVersion: %1 is not supported (this version reads %2)")
                     .arg(o.value(QStringLiteral("schemaVersion")).toVariant().toString())
                     .arg(SchemaVersion);
        return std::nullopt;
    }
    Backup b;
    b.digest = BackupDigest::verify(o);
    b.toolVersion = o.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString();
    b.operation = o.value(QStringLiteral("operation")).toString();
    b.code = o.value(QStringLiteral("code")).toString();
    b.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject profile = o.value(QStringLiteral("profile")).toObject();
    b.profileName = profile.value(QStringLiteral("name")).toString();
    b.dataverseUrl = QUrl(profile.value(QStringLiteral("dataverse")).toString());
    b.foUrl = QUrl(profile.value(QStringLiteral("financeAndOperations")).toString());
    const QJsonValue records = o.value(QStringLiteral("records"));
    if (!records.isArray()) {
        *error = RemediationTexts::tr("records: missing or not an array");
        return std::nullopt;
    }
    const QJsonArray array = records.toArray();
    if (array.size() > MaxEntries) {
        *error = RemediationTexts::tr("records: %1 entries; a backup holds at most %2")
                     .arg(array.size()).arg(MaxEntries);
        return std::nullopt;
    }
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = RemediationTexts::tr("records[%1]: not an object").arg(i);
            return std::nullopt;
        }
        const QJsonObject entry = array.at(i).toObject();
        if (!entry.value(QStringLiteral("action")).isObject()) {
            *error = RemediationTexts::tr("records[%1].action: missing or not an object").arg(i);
            return std::nullopt;
        }
        QString actionError;
        const auto action = WriteAction::fromJson(entry.value(QStringLiteral("action")).toObject(),
                                                  &actionError);
        if (!action) {
            *error = QStringLiteral("records[%1].action: %2").arg(i).arg(actionError);
            return std::nullopt;
        }
        BackupEntry e;
        e.action = *action;
        const QJsonValue existed = entry.value(QStringLiteral("existed"));
        if (!existed.isUndefined() && !existed.isBool()) {
            *error = RemediationTexts::tr("records[%1].existed: not true or false").arg(i);
            return std::nullopt;
        }
        e.existed = existed.toBool(true);
        if (e.existed && !entry.value(QStringLiteral("record")).isObject()) {
            *error = RemediationTexts::tr("records[%1].record: missing or not an object").arg(i);
            return std::nullopt;
        }
        e.record = entry.value(QStringLiteral("record")).toObject();
        b.entries.append(e);
    }
    return b;
}

std::optional<Backup> loadBackupFile(const QString &path, QString *error)
{
    QString reason;
    const std::optional<QByteArray> data = readFileCapped(path, FileLimits::Backup, &reason);
    if (!data) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(
            path, parseError.error != QJsonParseError::NoError
                      ? RemediationTexts::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                      : RemediationTexts::tr("not a JSON object"));
        return std::nullopt;
    }
    QString why;
    auto backup = Backup::fromJson(doc.object(), &why);
    if (!backup)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return backup;
}

} // namespace dwh
