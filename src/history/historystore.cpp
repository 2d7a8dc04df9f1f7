// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "boundedread.h"
#include "report.h"
#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <utility>

namespace dwh {

namespace {

constexpr int MaxFolderNameLength = 80;

} // namespace

HistoryStore::HistoryStore(QString root)
    : m_root(std::move(root))
{
}

QString HistoryStore::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history"));
}

QString HistoryStore::profileFolderName(const QString &profileName)
{
    QString name = profileName.trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    static const QRegularExpression edges(QStringLiteral("^[-.]+|[-.]+$"));
    name.replace(unsafe, QStringLiteral("-"));
    name = name.left(MaxFolderNameLength);
    name.remove(edges);
    return name.isEmpty() ? QStringLiteral("profile") : name;
}

QString HistoryStore::fileNameFor(const QDateTime &startedAt)
{
    const QDateTime utc = startedAt.isValid() ? startedAt.toUTC() : QDateTime::currentDateTimeUtc();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss.zzzZ")) + QStringLiteral(".json");
}

QString HistoryStore::folderFor(const QString &profileName) const
{
    return QDir(m_root).filePath(profileFolderName(profileName));
}

QString HistoryStore::store(const Report &report, QString *error) const
{
    const QString folder = folderFor(report.profileName);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create the history folder %1")
                         .arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString path = QDir(folder).filePath(fileNameFor(report.startedAt));
    QString reason;
    if (!saveFileAtomically(path, QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented), &reason)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return {};
    }
    return path;
}

std::optional<QJsonObject> HistoryStore::load(const QString &path, QString *error)
{
    QString reason;
    const std::optional<QByteArray> data = readFileCapped(path, FileLimits::Report, &reason);
    if (!data) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON report (%2)")
                         .arg(QDir::toNativeSeparators(path),
                              parseError.error == QJsonParseError::NoError
                                  ? QStringLiteral("not an object")
                                  : parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QList<HistoryEntry> HistoryStore::list(const QString &profileName) const
{
    QList<HistoryEntry> entries;
    const QDir dir(folderFor(profileName));
    // The names are UTC times in a fixed format: newest first is reverse name order.
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const std::optional<QJsonObject> json = load(path, nullptr);
        if (!json)
            continue;
        if (std::optional<HistoryEntry> entry = HistoryEntry::fromReportJson(*json, path))
            entries.append(*entry);
    }
    return entries;
}

std::optional<HistoryEntry> HistoryStore::previousRun(const QString &profileName,
                                                      const QString &path) const
{
    const QString current = QFileInfo(path).fileName();
    for (const HistoryEntry &entry : list(profileName)) {
        if (QFileInfo(entry.path).fileName() < current)
            return entry;
    }
    return std::nullopt;
}

} // namespace dwh
