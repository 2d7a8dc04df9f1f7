// SPDX-License-Identifier: MIT
// Anonymises an evidence bundle: consistent stand-ins for every identifying value, same findings.
#include "anonymiser.h"

#include "simulatedenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace dwh {

namespace {

/** Microsoft's fixed ids: the rules and the services know them by these values. */
const QSet<QString> &keptIds()
{
    static const QSet<QString> ids{
        QStringLiteral("00000000-0000-0000-0000-000000000000"),
        QStringLiteral("00000007-0000-0000-c000-000000000000"),  // Dataverse
        QStringLiteral("00000015-0000-0000-c000-000000000000"),  // finance and operations
        QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"),  // Azure CLI
        QStringLiteral("2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b"),  // dual-write (legacy)
        QStringLiteral("33976c19-1db5-4c02-810e-c243db79efde"),  // dual-write
        QStringLiteral("6f7d0213-62b1-43a8-b7f4-ff2bb8b7b452"),  // dual-write
        QStringLiteral("627090ff-40a3-4053-8790-584edc5be201"),  // System Administrator template
        QStringLiteral("475226c6-020e-4fb2-8a90-7a972cbfc1d4"),  // PowerApps service
        QStringLiteral("8578e004-a5c6-46e7-913e-12f58912df43"),  // Power Platform API
        simulatorTenantId().toLower()};
    return ids;
}

/** Hosts every tenant shares. */
bool keptHost(const QString &host)
{
    static const QSet<QString> hosts{
        QStringLiteral("login.microsoftonline.com"), QStringLiteral("login.microsoftonline.us"),
        QStringLiteral("login.partner.microsoftonline.cn"), QStringLiteral("login.chinacloudapi.cn"),
        QStringLiteral("api.bap.microsoft.com"), QStringLiteral("api.powerplatform.com"),
        QStringLiteral("api.powerapps.com"), QStringLiteral("api.flow.microsoft.com"),
        QStringLiteral("graph.microsoft.com"), QStringLiteral("management.azure.com"),
        QStringLiteral("globaldisco.crm.dynamics.com"), QStringLiteral("learn.microsoft.com"),
        QStringLiteral("go.microsoft.com"), QStringLiteral("aka.ms"), QStringLiteral("localhost"),
        QStringLiteral("example.com")};
    static const QRegularExpression ip(QStringLiteral("^[0-9.]+$|^\\[.*\\]$"));
    return hosts.contains(host.toLower()) || ip.match(host).hasMatch()
           || host.endsWith(QLatin1String(".example.com"), Qt::CaseInsensitive)
           || host.endsWith(QLatin1String(".microsoft.com"), Qt::CaseInsensitive);
}

const QStringList microsoftSuffixes{
    QStringLiteral(".dynamics.com"), QStringLiteral(".dynamics.cn"), QStringLiteral(".dynamics365.com"),
    QStringLiteral(".microsoftonline.com"), QStringLiteral(".onmicrosoft.com"),
    QStringLiteral(".powerplatform.com"), QStringLiteral(".powerapps.com"),
    QStringLiteral(".windows.net"), QStringLiteral(".azure.com"), QStringLiteral(".microsoftdynamics.us"),
    QStringLiteral(".appsplatform.us")};

/** Row fields that hold a name a customer can be recognised by. */
const QSet<QString> &nameKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("fullname"), QStringLiteral("firstname"), QStringLiteral("lastname"),
        QStringLiteral("yomifullname"), QStringLiteral("nickname"), QStringLiteral("domainname"),
        QStringLiteral("internalemailaddress"), QStringLiteral("personalemailaddress"),
        QStringLiteral("windowsliveid"), QStringLiteral("name"), QStringLiteral("cdm_name"),
        QStringLiteral("friendlyname"), QStringLiteral("Name"), QStringLiteral("UserId"),
        QStringLiteral("UserName"), QStringLiteral("NetworkAlias"), QStringLiteral("Email"),
        QStringLiteral("displayName"), QStringLiteral("userPrincipalName"), QStringLiteral("email"),
        QStringLiteral("domainName"), QStringLiteral("uniqueName"), QStringLiteral("friendlyName"),
        QStringLiteral("profileName"), QStringLiteral("customer"), QStringLiteral("consultant")};
    return keys;
}

/** Row fields that hold a legal-entity (company) code. */
const QSet<QString> &codeKeys()
{
    static const QSet<QString> keys{QStringLiteral("cdm_companycode"), QStringLiteral("LegalEntityId"),
                                    QStringLiteral("DataArea"), QStringLiteral("dataAreaId"),
                                    QStringLiteral("DataAreaId")};
    return keys;
}

/** Microsoft's own names, which stay: plug-ins, steps, solution unique names, versions. */
bool fixedName(const QString &value, const QSet<QString> &reserved)
{
    static const QRegularExpression number(QStringLiteral("^[0-9.,:\\- ]*$"));
    // Microsoft's security role names (security-roles article), which the role checks judge by
    // name: "System Administrator", "Dual-write app user", "Dual-write runtime user".
    QString folded = value.toLower();
    folded.remove(u' ');
    folded.remove(u'-');
    if (folded == QLatin1String("systemadministrator") || folded.startsWith(QLatin1String("dualwrite")))
        return true;
    return value.size() < 2 || reserved.contains(value.toLower()) || number.match(value).hasMatch()
           || value.startsWith(QLatin1String("Microsoft."), Qt::CaseInsensitive)
           || value.startsWith(QLatin1String("msdyn_"), Qt::CaseInsensitive)
           || value.startsWith(QLatin1String("/providers/"), Qt::CaseInsensitive)
           || value.contains(QLatin1String("DualWrite"), Qt::CaseInsensitive)
           || value.startsWith(u'-') || value.contains(u'"') || value.contains(u'\\')
           || value.compare(QLatin1String("dat"), Qt::CaseInsensitive) == 0;
}

class Collector
{
public:
    QSet<QString> reserved;  // every key (lowercase): never replaced, so no key is touched
    QStringList names;
    QStringList codes;

    /** `harFrame`: the HAR's own structure (header and query `name`s are no names), whose
     *  bodies (`text`) are walked as data. */
    void walk(const QJsonValue &v, const QString &key = QString(), bool harFrame = false)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                reserved.insert(it.key().toLower());
                walk(it.value(), it.key(), harFrame);
            }
        } else if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                walk(e, key, harFrame);
        } else if (v.isString()) {
            const QString s = v.toString();
            if (harFrame) {
                if (key == QLatin1String("text"))
                    walkText(s, key);
                else if (key == QLatin1String("name"))
                    reserved.insert(s.toLower());  // a header or query parameter name
                else if (key == QLatin1String("url"))
                    for (const QString &segment : QUrl(s).path().split(u'/', Qt::SkipEmptyParts))
                        reserved.insert(segment.toLower());  // "admin" of …/scopes/admin/… stays
            } else if (key == QLatin1String("uniquename")) {
                reserved.insert(s.toLower());  // a solution's unique name: Microsoft's, kept
            } else if (codeKeys().contains(key))
                codes << s;
            else if (nameKeys().contains(key))
                names << s;
            else if (key == QLatin1String("text") || key == QLatin1String("legalEntities"))
                walkText(s, key);
        }
    }

    /** A HAR body (JSON in a string) or the profile's legal entities. */
    void walkText(const QString &s, const QString &key)
    {
        if (key == QLatin1String("legalEntities")) {
            codes << s;
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
        if (doc.isObject())
            walk(doc.object());
        else if (doc.isArray())
            walk(doc.array());
    }
};

class Replacer
{
public:
    QHash<QString, QString> replaced;  // exact original → stand-in

    QString guid(const QString &m)
    {
        if (keptIds().contains(m.toLower()))
            return m;
        return variant(m, [this] {
            return QStringLiteral("a0000000-0000-4000-8000-%1").arg(++m_ids, 12, 10, QLatin1Char('0'));
        });
    }
    QString hex32(const QString &m)
    {
        return variant(m, [this] { return QStringLiteral("b000000000004000800%1").arg(++m_ids, 13, 10, QLatin1Char('0')); });
    }
    QString email(const QString &m)
    {
        return variant(m, [this] { return QStringLiteral("user%1@example.com").arg(++m_people); });
    }
    QString host(const QString &m)
    {
        if (keptHost(m))
            return m;
        return variant(m, [this, m] {
            const QString lower = m.toLower();
            for (const QString &suffix : microsoftSuffixes) {
                if (lower.endsWith(suffix))
                    return QStringLiteral("customer%1").arg(++m_hosts) + lower.mid(lower.indexOf(u'.'));
            }
            return QStringLiteral("host%1.example.com").arg(++m_hosts);
        });
    }
    QString name(const QString &m)
    {
        return variant(m, [this] { return QStringLiteral("Name %1").arg(++m_names); });
    }
    QString code(const QString &m)
    {
        return variant(m, [this] { return QStringLiteral("Q%1").arg(++m_codes, 3, 10, QLatin1Char('0')); });
    }

private:
    /** The stand-in of `m`: one per value ignoring case, its case variants kept apart. */
    template <typename Make>
    QString variant(const QString &m, Make make)
    {
        if (const auto it = replaced.constFind(m); it != replaced.cend())
            return *it;
        const QString key = m.toLower();
        auto base = m_base.find(key);
        if (base == m_base.end())
            base = m_base.insert(key, {make(), 0});
        QString out;
        if (m == m.toUpper() && m != m.toLower())
            out = base->first.toUpper();
        else if (m == m.toLower() && m != m.toUpper())
            out = base->first.toLower();
        else if (base->second++ == 0)
            out = base->first;
        else {
            out = base->first;  // another mixed-case spelling: a stand-in differing in case too
            const int flip = std::min<int>(base->second - 1, int(out.size()) - 1);
            out[flip] = out[flip].isUpper() ? out[flip].toLower() : out[flip].toUpper();
        }
        replaced.insert(m, out);
        return out;
    }

    QHash<QString, QPair<QString, int>> m_base;
    int m_ids = 0;
    int m_people = 0;
    int m_hosts = 0;
    int m_names = 0;
    int m_codes = 0;
};

template <typename Fn>
QString replaceAll(const QString &text, const QRegularExpression &re, Fn fn)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += fn(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

/** Replaces each of `values` (whole words, any case, also percent-encoded) by `standIn`. */
template <typename Fn>
void replaceWords(QStringList *texts, QStringList values, Fn standIn)
{
    values.removeDuplicates();
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QHash<QString, QString> byLower;  // lowercase (plain or encoded) → the original spelling
    QStringList alternatives;
    for (const QString &v : std::as_const(values)) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(v));
        for (const QString &form : {v, encoded}) {
            if (!byLower.contains(form.toLower())) {
                byLower.insert(form.toLower(), form == v ? v : QStringLiteral("%") + v);
                alternatives << QRegularExpression::escape(form);
            }
        }
    }
    // In slices, so that the pattern stays small for a tenant with thousands of names.
    for (qsizetype start = 0; start < alternatives.size(); start += 400) {
        const QRegularExpression re(
            QStringLiteral("(?<![A-Za-z0-9])(?:%1)(?![A-Za-z0-9])")
                .arg(alternatives.mid(start, 400).join(u'|')),
            QRegularExpression::CaseInsensitiveOption);
        for (QString &text : *texts) {
            text = replaceAll(text, re, [&](const QRegularExpressionMatch &m) {
                const QString found = m.captured(0);
                const QString original = byLower.value(found.toLower());
                if (original.startsWith(u'%')) {  // the percent-encoded spelling
                    const QString decoded = QUrl::fromPercentEncoding(found.toLatin1());
                    return QString::fromLatin1(QUrl::toPercentEncoding(standIn(decoded)));
                }
                return standIn(found);
            });
        }
    }
}

} // namespace

EvidenceBundle Anonymiser::anonymise(const EvidenceBundle &bundle, QHash<QString, QString> *replaced)
{
    Collector collector;
    collector.walk(bundle.report);
    collector.walk(bundle.trace, QString(), true);
    collector.walk(bundle.facts);
    QStringList names;
    for (const QString &n : std::as_const(collector.names)) {
        if (!fixedName(n, collector.reserved))
            names << n;
    }
    QStringList codes;
    QSet<QString> codeSet;
    for (const QString &c : std::as_const(collector.codes)) {
        if (!fixedName(c, collector.reserved)) {
            codes << c;
            codeSet.insert(c.toLower());
        }
    }
    // A value that is also a code is replaced as a code, so the two stay equal.
    names.removeIf([&codeSet](const QString &n) { return codeSet.contains(n.toLower()); });

    QStringList texts{QString::fromUtf8(QJsonDocument(bundle.report).toJson(QJsonDocument::Compact)),
                      QString::fromUtf8(QJsonDocument(bundle.trace).toJson(QJsonDocument::Compact)),
                      QString::fromUtf8(QJsonDocument(bundle.facts).toJson(QJsonDocument::Compact))};
    Replacer r;
    static const QRegularExpression email(QStringLiteral(
        "[A-Za-z0-9._+-]+(?:@|%40)(?!odata\\.|Microsoft\\.)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral("(?<=://)[A-Za-z0-9.-]+"));
    static const QRegularExpression guid(QStringLiteral(
        "(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])"));
    static const QRegularExpression hex32(QStringLiteral("(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])"));
    QStringList hosts;
    for (QString &text : texts) {
        text = replaceAll(text, email, [&r](const QRegularExpressionMatch &m) {
            const QString found = m.captured(0);
            return found.contains(QLatin1String("%40"))
                       ? r.email(QUrl::fromPercentEncoding(found.toLatin1())).replace(u'@', QLatin1String("%40"))
                       : r.email(found);
        });
        for (auto it = url.globalMatch(text); it.hasNext();) {
            const QString host = it.next().captured(0);
            if (!keptHost(host))
                hosts << host;
        }
    }
    // Host names wherever they stand (with or without a scheme), then ids, then names.
    replaceWords(&texts, hosts, [&r](const QString &m) { return r.host(m); });
    for (QString &text : texts) {
        text = replaceAll(text, guid, [&r](const QRegularExpressionMatch &m) { return r.guid(m.captured(0)); });
        text = replaceAll(text, hex32, [&r](const QRegularExpressionMatch &m) { return r.hex32(m.captured(0)); });
    }
    // Names first: a name that holds a code ("Contoso USMF") goes whole.
    replaceWords(&texts, names, [&r](const QString &m) { return r.name(m); });
    replaceWords(&texts, codes, [&r](const QString &m) { return r.code(m); });

    EvidenceBundle out;
    out.report = QJsonDocument::fromJson(texts[0].toUtf8()).object();
    out.trace = QJsonDocument::fromJson(texts[1].toUtf8()).object();
    out.facts = QJsonDocument::fromJson(texts[2].toUtf8()).object();
    if (replaced)
        *replaced = r.replaced;
    return out;
}

} // namespace dwh
