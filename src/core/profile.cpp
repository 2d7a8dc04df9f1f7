// SPDX-License-Identifier: MIT
// The profile (contract.md "Profile"): read from JSON with named problems, written back; no secret.
#include "profile.h"

#include "boundedread.h"
#include "profilevalidation.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace dwh {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Profile)
};

bool fail(ProfileError *error, const QString &source, const QString &field, const QString &message)
{
    if (error) {
        error->source = source;
        error->field = field;
        error->message = message;
    }
    return false;
}

void lineAndColumn(const QByteArray &text, int offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

void warnUnknownKeys(const QJsonObject &object, const QString &prefix, const QSet<QString> &known,
                     QStringList *warnings)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            warnings->append(Tr::tr("unknown key \"%1\" ignored").arg(prefix + it.key()));
    }
}

// Reads an optional string; false when present but not a string.
bool readString(const QJsonObject &o, const QString &key, const QString &field, QString *out,
                const QString &source, ProfileError *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(error, source, field, Tr::tr("must be a string"));
    *out = v.toString().trimmed();
    return true;
}

bool readObject(const QJsonObject &o, const QString &key, QJsonObject *out, const QString &source,
                ProfileError *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return fail(error, source, key, Tr::tr("must be an object"));
    *out = v.toObject();
    return true;
}

/** A URL as written (absent: left as it is); only one that does not parse is refused here, with
 *  its text: the rest of the URL policy is validateProfile()'s. */
bool readUrl(const QString &text, const QString &field, QUrl *out, const QString &source,
             ProfileError *error)
{
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(error, source, field, Tr::tr("\"%1\" %2").arg(text, serviceUrlProblem(url)));
    *out = url;
    return true;
}

} // namespace

QString authModeName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::ClientSecret: return QStringLiteral("clientSecret");
    case AuthMode::DeviceCode: return QStringLiteral("deviceCode");
    case AuthMode::Interactive: return QStringLiteral("interactive");
    }
    return QString();
}

QString ProfileError::toString() const
{
    QString where = source.isEmpty() ? QStringLiteral("<profile>") : source;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!field.isEmpty())
        where += QStringLiteral(": ") + field;
    return where + QStringLiteral(": ") + message;
}

QUrl powerPlatformHostFor(const QString &environmentId)
{
    QString hex = environmentId;
    hex.remove(QLatin1Char('-'));
    hex = hex.toLower();
    if (hex.size() < 3)
        return QUrl();
    return QUrl(QStringLiteral("https://%1.%2.environment.api.powerplatform.com")
                    .arg(hex.left(hex.size() - 2), hex.right(2)));
}

QUrl Profile::tokenEndpoint() const
{
    QUrl url = withoutTrailingSlash(authority);
    url.setPath(url.path() + QLatin1Char('/') + tenantId + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

QUrl Profile::powerPlatformBase() const
{
    return powerPlatformUrl.isEmpty() ? powerPlatformHostFor(environmentId) : powerPlatformUrl;
}

QUrl Profile::powerPlatformAdminBase() const
{
    if (!powerPlatformAdminUrl.isEmpty())
        return powerPlatformAdminUrl;
    return powerPlatformUrl.isEmpty() ? QUrl(QStringLiteral("https://api.bap.microsoft.com"))
                                      : QUrl();
}

QUrl Profile::baseUrl(Service service) const
{
    switch (service) {
    case Service::Entra: return authority;
    case Service::Dataverse: return dataverseUrl;
    case Service::FinanceAndOperations: return foUrl;
    case Service::PowerPlatform: return powerPlatformBase();
    case Service::PowerPlatformAdmin: return powerPlatformAdminBase();
    }
    return QUrl();
}

QStringList Profile::identifyingValues() const
{
    QStringList values{tenantId, environmentId, clientId};
    for (Service s : {Service::Dataverse, Service::FinanceAndOperations, Service::PowerPlatform,
                      Service::Entra}) {
        const QString host = baseUrl(s).host();
        if (s == Service::Entra && host == QLatin1String("login.microsoftonline.com"))
            continue;
        values << host;
    }
    values.removeAll(QString());
    values.removeDuplicates();
    return values;
}

QString Profile::tokenScope(Service service) const
{
    switch (service) {
    case Service::Dataverse:
        return withoutTrailingSlash(dataverseUrl).toString() + QStringLiteral("/.default");
    case Service::FinanceAndOperations:
        return withoutTrailingSlash(foUrl).toString() + QStringLiteral("/.default");
    case Service::PowerPlatform:
        return QStringLiteral("https://api.powerplatform.com/.default");
    case Service::PowerPlatformAdmin:
        // The admin API (api.bap.microsoft.com) takes the Power Apps service's tokens.
        return QStringLiteral("https://service.powerapps.com/.default");
    case Service::Entra:
        break;
    }
    return QString();
}

QJsonObject Profile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("tenantId"), tenantId);
    o.insert(QStringLiteral("authority"), authority.toString());
    QJsonObject authObject{{QStringLiteral("mode"), authModeName(authMode)},
                           {QStringLiteral("clientId"), clientId}};
    if (!clientSecretEnv.isEmpty())
        authObject.insert(QStringLiteral("clientSecretEnv"), clientSecretEnv);
    o.insert(QStringLiteral("auth"), authObject);
    o.insert(QStringLiteral("dataverse"),
             QJsonObject{{QStringLiteral("url"), dataverseUrl.toString()},
                         {QStringLiteral("environmentId"), environmentId}});
    o.insert(QStringLiteral("financeAndOperations"),
             QJsonObject{{QStringLiteral("url"), foUrl.toString()}});
    QJsonObject pp{{QStringLiteral("url"), powerPlatformUrl.toString()}};
    if (!powerPlatformAdminUrl.isEmpty())
        pp.insert(QStringLiteral("adminUrl"), powerPlatformAdminUrl.toString());
    o.insert(QStringLiteral("powerPlatform"), pp);
    if (legalEntitiesSet) {
        o.insert(QStringLiteral("dualWrite"),
                 QJsonObject{{QStringLiteral("legalEntities"),
                              QJsonArray::fromStringList(legalEntities)}});
    }
    return o;
}

std::optional<Profile> parseProfile(const QByteArray &json, const QString &source,
                                    ProfileError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = ProfileError();
            error->source = source;
            lineAndColumn(json, parseError.offset, &error->line, &error->column);
            error->message = Tr::tr("not valid JSON: %1").arg(parseError.errorString());
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, source, QString(), Tr::tr("the profile must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Profile p;
    warnUnknownKeys(root, QString(),
                    {QStringLiteral("name"), QStringLiteral("tenantId"), QStringLiteral("authority"),
                     QStringLiteral("auth"), QStringLiteral("dataverse"),
                     QStringLiteral("financeAndOperations"), QStringLiteral("powerPlatform"),
                     QStringLiteral("dualWrite"), QStringLiteral("$schema")},
                    &p.warnings);

    QJsonObject auth, dataverse, fo, pp, dualWrite;
    QString authority, mode, dvUrl, foUrl, ppUrl, ppAdminUrl;
    if (!readString(root, QStringLiteral("name"), QStringLiteral("name"), &p.name, source, error)
        || !readString(root, QStringLiteral("tenantId"), QStringLiteral("tenantId"), &p.tenantId,
                       source, error)
        || !readString(root, QStringLiteral("authority"), QStringLiteral("authority"), &authority,
                       source, error)
        || !readObject(root, QStringLiteral("auth"), &auth, source, error)
        || !readObject(root, QStringLiteral("dataverse"), &dataverse, source, error)
        || !readObject(root, QStringLiteral("financeAndOperations"), &fo, source, error)
        || !readObject(root, QStringLiteral("powerPlatform"), &pp, source, error)
        || !readObject(root, QStringLiteral("dualWrite"), &dualWrite, source, error)
        || !readString(auth, QStringLiteral("mode"), QStringLiteral("auth.mode"), &mode, source,
                       error)
        || !readString(auth, QStringLiteral("clientId"), QStringLiteral("auth.clientId"),
                       &p.clientId, source, error)
        || !readString(auth, QStringLiteral("clientSecretEnv"), QStringLiteral("auth.clientSecretEnv"),
                       &p.clientSecretEnv, source, error)
        || !readString(dataverse, QStringLiteral("url"), QStringLiteral("dataverse.url"), &dvUrl,
                       source, error)
        || !readString(dataverse, QStringLiteral("environmentId"),
                       QStringLiteral("dataverse.environmentId"), &p.environmentId, source, error)
        || !readString(fo, QStringLiteral("url"), QStringLiteral("financeAndOperations.url"),
                       &foUrl, source, error)
        || !readString(pp, QStringLiteral("url"), QStringLiteral("powerPlatform.url"), &ppUrl,
                       source, error)
        || !readString(pp, QStringLiteral("adminUrl"), QStringLiteral("powerPlatform.adminUrl"),
                       &ppAdminUrl, source, error))
        return std::nullopt;

    if (mode.isEmpty() || mode == QLatin1String("clientSecret")) {
        p.authMode = AuthMode::ClientSecret;
    } else if (mode == QLatin1String("deviceCode")) {
        p.authMode = AuthMode::DeviceCode;
    } else if (mode == QLatin1String("interactive")) {
        p.authMode = AuthMode::Interactive;
    } else {
        fail(error, source, QStringLiteral("auth.mode"),
             Tr::tr("\"%1\" is not one of clientSecret, deviceCode, interactive").arg(mode));
        return std::nullopt;
    }
    if (!readUrl(authority, QStringLiteral("authority"), &p.authority, source, error)
        || !readUrl(dvUrl, QStringLiteral("dataverse.url"), &p.dataverseUrl, source, error)
        || !readUrl(foUrl, QStringLiteral("financeAndOperations.url"), &p.foUrl, source, error)
        || !readUrl(ppUrl, QStringLiteral("powerPlatform.url"), &p.powerPlatformUrl, source, error)
        || !readUrl(ppAdminUrl, QStringLiteral("powerPlatform.adminUrl"), &p.powerPlatformAdminUrl,
                    source, error))
        return std::nullopt;
    // The name of an environment variable, never a secret: letters, digits and '_'.
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    if (!p.clientSecretEnv.isEmpty() && !envName.match(p.clientSecretEnv).hasMatch()) {
        fail(error, source, QStringLiteral("auth.clientSecretEnv"),
             Tr::tr("must be the name of an environment variable (letters, digits and _), "
                    "not the secret itself"));
        return std::nullopt;
    }

    const QJsonValue entities = dualWrite.value(QStringLiteral("legalEntities"));
    if (!entities.isUndefined() && !entities.isNull()) {
        if (!entities.isArray()) {
            fail(error, source, QStringLiteral("dualWrite.legalEntities"),
                 Tr::tr("must be an array of legal entity codes"));
            return std::nullopt;
        }
        const QJsonArray array = entities.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString code = array.at(i).toString().trimmed();
            if (!array.at(i).isString() || code.isEmpty()) {
                fail(error, source, QStringLiteral("dualWrite.legalEntities[%1]").arg(i),
                     Tr::tr("must be a non-empty legal entity code"));
                return std::nullopt;
            }
            p.legalEntities << code;
        }
        p.legalEntitiesSet = true;
    }
    // What a usable profile is, the wizard's page and this parser alike: validateProfile().
    const QList<ProfileProblem> problems = validateProfile(p);
    if (!problems.isEmpty()) {
        fail(error, source, problems.first().field, problems.first().message);
        return std::nullopt;
    }
    for (QUrl *url : {&p.authority, &p.dataverseUrl, &p.foUrl, &p.powerPlatformUrl,
                      &p.powerPlatformAdminUrl}) {
        if (!url->isEmpty())
            *url = withoutTrailingSlash(*url);
    }
    return p;
}

std::optional<Profile> loadProfileFile(const QString &path, ProfileError *error)
{
    QString reason;
    const std::optional<QByteArray> data = readFileCapped(path, FileLimits::Profile, &reason);
    if (!data) {
        fail(error, path, QString(), reason);
        return std::nullopt;
    }
    return parseProfile(*data, path, error);
}

} // namespace dwh
