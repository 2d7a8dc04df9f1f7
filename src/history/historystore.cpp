// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "boundedread.h"
#include "report.h"
#include "savefile.h"
#include "secretredactor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace dwh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::HistoryStore)
};

constexpr int MaxFolderNameLength = 80;
constexpr int MaxRunsPerMillisecond = 99;
constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString sanitisedName(const QString &profileName)
{
    QString name = profileName.trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    static const QRegularExpression edges(QStringLiteral("^[-.]+|[-.]+$"));
    name.replace(unsafe, QStringLiteral("-"));
    name = name.left(MaxFolderNameLength);
    name.remove(edges);
    return name.isEmpty() ? QStringLiteral("profile") : name;
}

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
    const QByteArray digest =
        QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256).toHex();
    return sanitisedName(profileName) + QLatin1Char('-') + QString::fromLatin1(digest.left(8));
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

QString HistoryStore::legacyFolderFor(const QString &profileName) const
{
    return QDir(m_root).filePath(sanitisedName(profileName));
}

bool HistoryStore::makeOwnerOnlyFolder(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create the history folder %1")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // mkpath follows the umask; the history is the user's alone.
    QFile::setPermissions(m_root, OwnerOnlyFolder);
    QFile::setPermissions(folder, OwnerOnlyFolder);
    return true;
}

QString HistoryStore::reserveFile(const QString &folder, const QDateTime &startedAt,
                                  QString *error) const
{
    const QString first = fileNameFor(startedAt);
    const QString stem = first.chopped(int(qstrlen(".json")));
    for (int n = 1; n <= MaxRunsPerMillisecond; ++n) {
        // "_02" sorts after ".json": a later run of the same millisecond lists as newer.
        const QString name = n == 1 ? first
                                    : stem + QStringLiteral("_%1.json").arg(n, 2, 10, QLatin1Char('0'));
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.setPermissions(OwnerOnlyFile);
            return file.fileName();
        }
        if (!file.exists()) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return {};
        }
    }
    if (error)
        *error = Tr::tr("more than %1 runs started in the same millisecond in %2")
                     .arg(MaxRunsPerMillisecond)
                     .arg(QDir::toNativeSeparators(folder));
    return {};
}

QString HistoryStore::store(const Report &report, QString *error, const QString &replacing) const
{
    return storeJson(SecretRedactor::live().redact(report).toJson(), report.profileName,
                     report.startedAt, error, replacing);
}

QString HistoryStore::storeJson(const QJsonObject &liveJson, const QString &profileName,
                                const QDateTime &startedAt, QString *error,
                                const QString &replacing) const
{
    const QString folder = folderFor(profileName);
    if (!makeOwnerOnlyFolder(folder, error))
        return {};
    const bool replace = !replacing.isEmpty()
                      && QFileInfo(replacing).absolutePath() == QFileInfo(folder).absoluteFilePath();
    const QString path = replace ? replacing : reserveFile(folder, startedAt, error);
    if (path.isEmpty())
        return {};
    QString reason;
    // Compact: a history file is read by the tool, not by people (export a report for that).
    if (!saveFileAtomically(path, QJsonDocument(liveJson).toJson(QJsonDocument::Compact), &reason,
                            OwnerOnlyFile)) {
        if (!replace)
            QFile::remove(path);  // the empty reservation
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return {};
    }
    return path;
}

HistoryLimits HistoryLimits::fromSettings()
{
    HistoryLimits limits;
    const QSettings settings;
    bool ok = false;
    const int runs = settings.value(QStringLiteral("history/maxRuns")).toInt(&ok);
    if (ok && runs >= 0)
        limits.maxRuns = runs;
    const int mb = settings.value(QStringLiteral("history/maxMb")).toInt(&ok);
    if (ok && mb >= 0)
        limits.maxBytes = qint64(mb) * 1024 * 1024;
    return limits;
}

int HistoryStore::prune(const QString &profileName, const HistoryLimits &limits,
                        const QString &keep) const
{
    const QDir dir(folderFor(profileName));
    // The names are UTC start times in a fixed format: newest first is reverse name order.
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    const QString kept = keep.isEmpty() ? QString() : QFileInfo(keep).absoluteFilePath();
    int runs = 0;
    qint64 bytes = 0;
    int removed = 0;
    bool full = false;  // once a bound is reached, every older run goes
    for (const QFileInfo &file : files) {
        const bool isKept = file.absoluteFilePath() == kept;
        full = full || (limits.maxRuns > 0 && runs + 1 > limits.maxRuns)
               || (limits.maxBytes > 0 && bytes + file.size() > limits.maxBytes);
        if (!isKept && full) {
            if (QFile::remove(file.absoluteFilePath()))
                ++removed;
            continue;
        }
        ++runs;
        bytes += file.size();
    }
    return removed;
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
    // The folder of this version, then one of an earlier version (shared by look-alike names:
    // only the runs of this exact name count).
    for (const QString &folder : {folderFor(profileName), legacyFolderFor(profileName)}) {
        const QDir dir(folder);
        const bool legacy = folder != folderFor(profileName);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const QString path = dir.filePath(name);
            const std::optional<QJsonObject> json = load(path, nullptr);
            if (!json)
                continue;
            std::optional<HistoryEntry> entry = HistoryEntry::fromReportJson(*json, path);
            if (entry && (!legacy || entry->profileName == profileName))
                entries.append(*entry);
        }
    }
    // The names are UTC times in a fixed format: newest first is reverse name order.
    std::sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return QFileInfo(a.path).fileName() > QFileInfo(b.path).fileName();
    });
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
