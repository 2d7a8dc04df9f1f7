// SPDX-License-Identifier: MIT
#include "backupcheck.h"

#include "profile.h"
#include "recordaddress.h"
#include "remediationstr.h"

#include <QRegularExpression>

#include <cmath>

namespace dwh {

namespace {

const QString runtimeConfigs = QStringLiteral("msdyn_dualwriteruntimeconfigs");
const QString runtimeConfigKey = QStringLiteral("msdyn_dualwriteruntimeconfigid");
const QString projectConfigs = QStringLiteral("DualWriteProjectConfigurations");
const QString projectKey = QStringLiteral("ProjectName");
const QString companies = QStringLiteral("cdm_companies");
const QString companyKey = QStringLiteral("cdm_companyid");
const QString teamNavigation = QStringLiteral("cdm_defaultowningteam");
const QString teamColumn = QStringLiteral("_cdm_defaultowningteam_value");
const QString teamBind = QStringLiteral("cdm_defaultowningteam@odata.bind");

constexpr int MaxTextLength = 4000;      // a saved column (F&O strings, names)
constexpr int MaxLongTextLength = 1 << 20;  // msdyn_unsecure holds a JSON map

enum class Type { Text, LongText, Guid, Integer, Number, Scalar };

struct Column
{
    const char *name;
    Type type;
};

// The columns of the tables restore creates again, as the services return them (domain.md §3.4,
// §3.5). Lookups (`_x_value`) and annotations (`x@y`) are read-only and never sent.
const Column runtimeConfigColumns[] = {
    {"msdyn_dualwriteruntimeconfigid", Type::Guid}, {"msdyn_name", Type::Text},
    {"msdyn_internalentityname", Type::Text},      {"msdyn_externalentityname", Type::Text},
    {"msdyn_status", Type::Integer},               {"msdyn_unsecure", Type::LongText},
    {"statecode", Type::Integer},                  {"statuscode", Type::Integer},
    {"versionnumber", Type::Number},               {"createdon", Type::Text},
    {"modifiedon", Type::Text},                    {"overriddencreatedon", Type::Text},
    {"importsequencenumber", Type::Integer},       {"timezoneruleversionnumber", Type::Integer},
    {"utcconversiontimezonecode", Type::Integer},
};

const Column projectConfigColumns[] = {
    {"ProjectName", Type::Text},          {"AsyncMode", Type::Text},
    {"SyncExecutionId", Type::Scalar},    {"EnableBatchLookup", Type::Text},
    {"ServiceBusConnectionString", Type::Text}, {"DualWriteAlertSettings", Type::LongText},
    {"ExternalEntityName", Type::Text},   {"EnableCache", Type::Text},
    {"IntegrationKey", Type::LongText},   {"StorageAccountSasConnectionString", Type::Text},
    {"QueryFilterExpression", Type::LongText}, {"IsDebugMode", Type::Text},
    {"DisablePerfEnhancements", Type::Text}, {"EnableFailureReconciliation", Type::Text},
    {"FieldMap", Type::LongText},         {"ExternalLookupUrls", Type::LongText},
    {"PartitionMap", Type::LongText},     {"ExternalEnvironmentUrl", Type::Text},
    {"Status", Type::Text},               {"IsDelete", Type::Text},
    {"InternalEntityName", Type::Text},   {"DualWriteAutoPauseThresholdSetting", Type::Scalar},
    {"ExternalLogicalEntityName", Type::Text}, {"dataAreaId", Type::Text},
};

/** One kind of write a backup entry may hold. */
struct Kind
{
    const char *operation;  // "fix" or "restore": what wrote the file
    const char *code;
    Service service;
    const QString *entitySet;
    const QString *keyName;
    const char *method;
    enum class Target { Record, Collection, TeamReference } target;
    bool bindsTeam;  // the body is exactly {"cdm_defaultowningteam@odata.bind": "/teams(…)"}
};

const Kind kinds[] = {
    {"fix", "DWDVEV1004", Service::Dataverse, &runtimeConfigs, &runtimeConfigKey, "DELETE",
     Kind::Target::Record, false},
    {"fix", "DWFOEV1004", Service::FinanceAndOperations, &projectConfigs, &projectKey, "DELETE",
     Kind::Target::Record, false},
    {"fix", "DWDVEV1007", Service::Dataverse, &companies, &companyKey, "PATCH",
     Kind::Target::Record, true},
    {"restore", "DWDVEV1004", Service::Dataverse, &runtimeConfigs, &runtimeConfigKey, "POST",
     Kind::Target::Collection, false},
    {"restore", "DWFOEV1004", Service::FinanceAndOperations, &projectConfigs, &projectKey, "POST",
     Kind::Target::Collection, false},
    {"restore", "DWDVEV1007", Service::Dataverse, &companies, &companyKey, "PATCH",
     Kind::Target::Record, true},
    {"restore", "DWDVEV1007", Service::Dataverse, &companies, &companyKey, "DELETE",
     Kind::Target::TeamReference, false},
};

QString origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
         + QString::number(url.port(scheme == QLatin1String("http") ? 80 : 443));
}

QString shown(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::RemoveUserInfo).toString();
}

/** Control characters out, length bounded: the text is shown in the preview. */
QString displayText(const QString &text, int max = 200)
{
    QString out = text.left(max);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    return out;
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}

bool hasType(const QJsonValue &v, Type type)
{
    if (v.isNull())
        return true;
    switch (type) {
    case Type::Text: return v.isString() && v.toString().size() <= MaxTextLength;
    case Type::LongText: return v.isString() && v.toString().size() <= MaxLongTextLength;
    case Type::Guid: return v.isString() && RecordAddress::isGuid(v.toString());
    case Type::Integer: return isInteger(v);
    case Type::Number: return v.isDouble() && std::isfinite(v.toDouble());
    case Type::Scalar: return v.isString() ? v.toString().size() <= MaxTextLength
                                           : v.isBool() || (v.isDouble() && std::isfinite(v.toDouble()));
    }
    return false;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Text:
    case Type::LongText: return RemediationTexts::tr("a string");
    case Type::Guid: return RemediationTexts::tr("a GUID");
    case Type::Integer: return RemediationTexts::tr("a whole number");
    case Type::Number: return RemediationTexts::tr("a number");
    case Type::Scalar: return RemediationTexts::tr("a string, number or true/false");
    }
    return QString();
}

template <size_t N>
const Column *findColumn(const Column (&columns)[N], const QString &name)
{
    for (const Column &c : columns) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

/** The saved record of a table restore creates again: every column known and well typed. */
bool checkColumns(const QJsonObject &record, Service service, QString *error)
{
    static const QRegularExpression lookup(QStringLiteral("^_[a-z0-9_]+_value$"));
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QString name = it.key();
        if (name.contains(QLatin1Char('@')))
            continue;  // an annotation (@odata.etag, formatted values): never sent
        if (service == Service::Dataverse && lookup.match(name).hasMatch()) {
            if (!hasType(it.value(), Type::Guid)) {
                *error = RemediationTexts::tr("column %1 must be a GUID or null").arg(displayText(name));
                return false;
            }
            continue;  // read-only: never sent
        }
        const Column *column = service == Service::Dataverse
            ? findColumn(runtimeConfigColumns, name) : findColumn(projectConfigColumns, name);
        if (!column) {
            *error = RemediationTexts::tr("column %1 is not a column of this table; restore does not "
                                          "send columns it does not know").arg(displayText(name));
            return false;
        }
        if (!hasType(it.value(), column->type)) {
            *error = RemediationTexts::tr("column %1 must be %2 or null").arg(name, typeName(column->type));
            return false;
        }
    }
    return true;
}

/** "/teams({guid})" → the GUID, lowercase; empty when the value is anything else. */
QString boundTeam(const QJsonValue &value)
{
    static const QRegularExpression re(QStringLiteral("^/teams\\(([0-9A-Fa-f-]{36})\\)$"));
    const auto m = re.match(value.toString());
    return m.hasMatch() && RecordAddress::isGuid(m.captured(1)) ? m.captured(1).toLower() : QString();
}

QUrl recordUrl(const Kind &kind, const QUrl &base, const QString &key)
{
    return kind.service == Service::Dataverse
        ? RecordAddress::dataverseRecord(base, *kind.entitySet, key)
        : RecordAddress::crossCompany(RecordAddress::foRecord(base, *kind.entitySet, *kind.keyName, key));
}

QUrl actionUrl(const Kind &kind, const QUrl &base, const QString &key)
{
    switch (kind.target) {
    case Kind::Target::Collection:
        return kind.service == Service::Dataverse ? RecordAddress::dataverseCollection(base, *kind.entitySet)
                                                  : RecordAddress::foCollection(base, *kind.entitySet);
    case Kind::Target::TeamReference:
        return RecordAddress::dataverseReference(base, *kind.entitySet, key, teamNavigation);
    case Kind::Target::Record:
        break;
    }
    return kind.service == Service::Dataverse
        ? RecordAddress::dataverseRecord(base, *kind.entitySet, key)
        : RecordAddress::foRecord(base, *kind.entitySet, *kind.keyName, key);
}

class Checker
{
public:
    Checker(const Backup &backup, const Profile &profile) : m_backup(backup), m_profile(profile) {}

    std::optional<Backup> run(QString *error);

private:
    bool checkHost(const QUrl &recorded, Service service, const QString &where, QString *error) const;
    bool checkEntry(int index, const BackupEntry &in, BackupEntry *out, QString *error) const;
    QUrl base(Service service) const
    {
        return service == Service::Dataverse ? m_profile.dataverseUrl : m_profile.foUrl;
    }

    const Backup &m_backup;
    const Profile &m_profile;
};

bool Checker::checkHost(const QUrl &recorded, Service service, const QString &where,
                        QString *error) const
{
    const QUrl expected = base(service);
    if (expected.host().isEmpty()) {
        *error = RemediationTexts::tr("%1: the profile has no %2 URL").arg(where, serviceDisplayName(service));
        return false;
    }
    if (!recorded.isValid() || recorded.host().isEmpty() || origin(recorded) != origin(expected)) {
        *error = RemediationTexts::tr("%1: the backup was taken from %2, but the profile's %3 "
                                      "environment is %4; restore only writes to the profile's "
                                      "own hosts")
                     .arg(where,
                          recorded.host().isEmpty() ? RemediationTexts::tr("an unreadable address")
                                                    : displayText(shown(recorded)),
                          serviceDisplayName(service), shown(expected));
        return false;
    }
    return true;
}

bool Checker::checkEntry(int index, const BackupEntry &in, BackupEntry *out, QString *error) const
{
    const RecordRef &r = in.action.record;
    const QString where = QStringLiteral("records[%1] (%2)").arg(index).arg(displayText(r.name, 80));
    const Kind *kind = nullptr;
    for (const Kind &k : kinds) {
        if (m_backup.operation == QLatin1String(k.operation) && m_backup.code == QLatin1String(k.code)
            && r.service == k.service && r.entitySet == *k.entitySet && r.keyName == *k.keyName
            && in.action.method == k.method
            && (k.target == Kind::Target::TeamReference)
                   == in.action.url.path().endsWith(QLatin1String("/$ref"))) {
            kind = &k;
            break;
        }
    }
    if (!kind) {
        *error = RemediationTexts::tr("%1: %2 %3 (%4) is not a write that %5 %6 makes; restore "
                                      "only undoes what dwhealth itself wrote")
                     .arg(where, QString::fromLatin1(in.action.method).left(10),
                          displayText(r.entitySet, 80), serviceDisplayName(r.service),
                          displayText(m_backup.operation, 20), displayText(m_backup.code, 20));
        return false;
    }
    // Every address the file records is on the profile's host for that service.
    if (!checkHost(r.environment, r.service, where, error) || !checkHost(r.url, r.service, where, error)
        || !checkHost(in.action.url, r.service, where, error))
        return false;

    QString key = r.key;
    if (r.service == Service::Dataverse) {
        if (!RecordAddress::isGuid(key)) {
            *error = RemediationTexts::tr("%1: the key \"%2\" is not a GUID").arg(where, displayText(key, 80));
            return false;
        }
    } else if (key.isEmpty() || key.size() > 200 || displayText(key) != key) {
        *error = RemediationTexts::tr("%1: the key \"%2\" is not a project name").arg(where, displayText(key, 80));
        return false;
    }
    const QUrl base = this->base(r.service);
    const QUrl record = recordUrl(*kind, base, key);
    const QUrl action = actionUrl(*kind, base, key);
    if (r.url.path(QUrl::FullyEncoded) != record.path(QUrl::FullyEncoded)
        || in.action.url.path(QUrl::FullyEncoded) != action.path(QUrl::FullyEncoded)) {
        *error = RemediationTexts::tr("%1: its URLs do not address the record it names (%2 %3)")
                     .arg(where, *kind->entitySet, displayText(key, 80));
        return false;
    }

    out->existed = in.existed;
    out->action.method = in.action.method;
    out->action.url = action;
    out->action.reasonCode = displayText(in.action.reasonCode, 40);
    out->action.reason = displayText(in.action.reason, 500);
    out->action.record = RecordRef{kind->service, *kind->entitySet, *kind->keyName, key,
                                   displayText(r.name), base, record};
    if (kind->target == Kind::Target::TeamReference)
        out->action.lookupTarget = QStringLiteral("teams");

    if (kind->bindsTeam) {
        const QString team = boundTeam(in.action.body.value(teamBind));
        if (in.action.body.size() != 1 || team.isEmpty()) {
            *error = RemediationTexts::tr("%1: the PATCH may only set %2 to a team (/teams(GUID)); "
                                          "restore refuses other columns")
                         .arg(where, teamBind);
            return false;
        }
        out->action.body = QJsonObject{{teamBind, QStringLiteral("/teams(%1)").arg(team)}};
    } else if (!in.action.body.isEmpty() && kind->target != Kind::Target::Collection) {
        *error = RemediationTexts::tr("%1: a %2 carries no body").arg(where, QString::fromLatin1(kind->method));
        return false;
    }  // a restore's POST body is the saved record again; undoing it never sends it

    if (!in.existed) {
        if (kind->target != Kind::Target::Collection) {
            *error = RemediationTexts::tr("%1: a %2 needs the record as it was (\"existed\": true)")
                         .arg(where, QString::fromLatin1(kind->method));
            return false;
        }
        return true;
    }
    if (*kind->entitySet == companies) {
        const QJsonValue team = in.record.value(teamColumn);
        if (!team.isUndefined() && !hasType(team, Type::Guid)) {
            *error = RemediationTexts::tr("%1: the saved %2 must be a GUID or null").arg(where, teamColumn);
            return false;
        }
        // Restore reads nothing else from a company record; nothing else is kept.
        out->record = QJsonObject{{companyKey, key},
                                  {teamColumn, team.isString() ? QJsonValue(team.toString().toLower())
                                                               : QJsonValue(QJsonValue::Null)}};
        return true;
    }
    QString why;
    if (!checkColumns(in.record, r.service, &why)) {
        *error = QStringLiteral("%1: %2").arg(where, why);
        return false;
    }
    const QJsonValue savedKey = in.record.value(*kind->keyName);
    if (!savedKey.isString() || savedKey.toString().compare(key, Qt::CaseInsensitive) != 0) {
        *error = RemediationTexts::tr("%1: the saved record's %2 is not the key the entry names")
                     .arg(where, *kind->keyName);
        return false;
    }
    out->record = in.record;
    return true;
}

std::optional<Backup> Checker::run(QString *error)
{
    Backup out = m_backup;
    out.entries.clear();
    if (m_backup.operation != QLatin1String("fix") && m_backup.operation != QLatin1String("restore")) {
        *error = RemediationTexts::tr("operation: \"%1\" is neither fix nor restore").arg(displayText(m_backup.operation, 40));
        return std::nullopt;
    }
    bool knownCode = false;
    for (const Kind &k : kinds)
        knownCode = knownCode || m_backup.code == QLatin1String(k.code);
    if (!knownCode) {
        *error = RemediationTexts::tr("code: \"%1\" is not a code dwhealth fixes").arg(displayText(m_backup.code, 40));
        return std::nullopt;
    }
    for (int i = 0; i < m_backup.entries.size(); ++i) {
        const Service service = m_backup.entries.at(i).action.record.service;
        const QUrl recorded = service == Service::Dataverse ? m_backup.dataverseUrl : m_backup.foUrl;
        if (!checkHost(recorded, service, QStringLiteral("profile"), error))
            return std::nullopt;
        BackupEntry entry;
        if (!checkEntry(i, m_backup.entries.at(i), &entry, error))
            return std::nullopt;
        out.entries.append(entry);
    }
    out.dataverseUrl = m_profile.dataverseUrl;
    out.foUrl = m_profile.foUrl;
    out.profileName = displayText(m_backup.profileName);
    return out;
}

} // namespace

std::optional<Backup> checkBackup(const Backup &backup, const Profile &profile, QString *error)
{
    return Checker(backup, profile).run(error);
}

} // namespace dwh
