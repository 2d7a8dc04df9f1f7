// SPDX-License-Identifier: MIT
#include "matching.h"

#include <QSet>

namespace dwh {

QString recordIdKey(const QString &id)
{
    QString s = id.trimmed().toLower();
    if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
        s = s.mid(1, s.size() - 2);
    return s;
}

QString codeKey(const QString &code)
{
    return code.trimmed().toCaseFolded();
}

bool sameCode(const QString &a, const QString &b)
{
    return codeKey(a) == codeKey(b);
}

QString environmentKey(const QString &url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return QString();
    // F&O stores ExternalEnvironmentUrl as typed; a bare host means https.
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QString();
    const QString scheme = parsed.scheme().toLower();
    int defaultPort = -1;
    if (scheme == QLatin1String("https"))
        defaultPort = 443;
    else if (scheme == QLatin1String("http"))
        defaultPort = 80;
    const int port = parsed.port(defaultPort);
    return QStringLiteral("%1://%2:%3").arg(scheme, parsed.host().toLower()).arg(port);
}

bool sameEnvironmentUrl(const QString &a, const QString &b)
{
    const QString ka = environmentKey(a);
    return !ka.isEmpty() && ka == environmentKey(b);
}

bool sameEnvironmentUrl(const QUrl &a, const QUrl &b)
{
    return sameEnvironmentUrl(a.toString(), b.toString());
}

std::optional<QList<qint64>> parseVersion(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QList<qint64> segments;
    for (const QString &part : trimmed.split(QLatin1Char('.'))) {
        if (part.isEmpty())
            return std::nullopt;
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        segments << value;
    }
    return segments;
}

VersionOrder compareVersions(const QString &a, const QString &b)
{
    const auto va = parseVersion(a);
    const auto vb = parseVersion(b);
    if (!va || !vb)
        return VersionOrder::Invalid;
    const int n = qMax(va->size(), vb->size());
    for (int i = 0; i < n; ++i) {
        const qint64 x = va->value(i, 0);
        const qint64 y = vb->value(i, 0);
        if (x != y)
            return x < y ? VersionOrder::Less : VersionOrder::Greater;
    }
    return VersionOrder::Equal;
}

bool isCloudHostedFoUrl(const QUrl &foUrl)
{
    const QString host = foUrl.host().toLower();
    return host.endsWith(QLatin1String(".cloudax.dynamics.com"));
}

QString systemAdministratorRoleTemplateId()
{
    return QStringLiteral("627090ff-40a3-4053-8790-584edc5be201");
}

bool isSystemAdministratorRole(const QJsonObject &roleRow)
{
    const QString templateId = roleRow.value(QStringLiteral("_roletemplateid_value")).toString();
    if (templateId.trimmed().compare(systemAdministratorRoleTemplateId(), Qt::CaseInsensitive) == 0)
        return true;
    // Roles copied into a child business unit keep the template id; a row without one can only
    // be recognised by its (English, system-defined) name.
    return roleRow.value(QStringLiteral("name")).toString().trimmed().compare(
               QLatin1String("System Administrator"), Qt::CaseInsensitive) == 0;
}

namespace {

/** The entity set names Dataverse may derive from a logical name. */
QStringList pluralForms(const QString &singular)
{
    QStringList forms{singular + QLatin1Char('s'), singular + QLatin1String("es")};
    if (singular.endsWith(QLatin1Char('y')))
        forms << singular.chopped(1) + QLatin1String("ies");
    return forms;
}

} // namespace

bool sameTableName(const QString &a, const QString &b)
{
    const QString x = a.trimmed().toLower();
    const QString y = b.trimmed().toLower();
    if (x.isEmpty() || y.isEmpty())
        return false;
    return x == y || pluralForms(x).contains(y) || pluralForms(y).contains(x);
}

QStringList tableNameForms(const QString &name)
{
    const QString x = name.trimmed().toLower();
    if (x.isEmpty())
        return {};
    return QStringList{x} + pluralForms(x);
}

bool LegalEntitySelection::contains(const QString &code) const
{
    const QString key = codeKey(code);
    if (!keys.isEmpty() || codes.isEmpty())
        return keys.contains(key);
    for (const QString &c : codes) {
        if (codeKey(c) == key)
            return true;
    }
    return false;
}

QString LegalEntitySelection::sourceName() const
{
    return source == Source::Profile ? QStringLiteral("profile") : QStringLiteral("dataverse");
}

QStringList uniqueCodes(const QStringList &codes)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &code : codes) {
        const QString key = codeKey(code);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        out << code.trimmed();
    }
    return out;
}

LegalEntitySelection selectedLegalEntities(const Snapshot &snapshot, const LinkContext &context)
{
    LegalEntitySelection selection;
    if (context.legalEntitiesFromProfile) {
        selection.known = true;
        selection.source = LegalEntitySelection::Source::Profile;
        selection.codes = uniqueCodes(context.selectedLegalEntities);
        for (const QString &c : std::as_const(selection.codes))
            selection.keys.insert(codeKey(c));
        return selection;
    }
    // Read from dv.companies once per snapshot: four checks ask for it.
    return snapshot.derived<LegalEntitySelection>(
        QStringLiteral("selectedLegalEntities.dataverse"), [&snapshot] {
            LegalEntitySelection selection;
            selection.source = LegalEntitySelection::Source::Dataverse;
            const DatasetResult &companies = snapshot.get(Dataset::DvCompanies);
            if (!companies.ok()) {
                selection.error = companies.error;
                return selection;
            }
            selection.known = true;
            QStringList codes;
            const QString enabled = QStringLiteral("cdm_isenabledfordualwrite");
            const QString code = QStringLiteral("cdm_companycode");
            for (const QJsonObject &row : companies.rows) {
                if (row.value(enabled).toBool(false))
                    codes << row.value(code).toString();
            }
            selection.codes = uniqueCodes(codes);
            for (const QString &c : std::as_const(selection.codes))
                selection.keys.insert(codeKey(c));
            return selection;
        });
}

} // namespace dwh
