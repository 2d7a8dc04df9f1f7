// SPDX-License-Identifier: MIT
#include "redaction.h"

#include "report.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace dwh {

namespace {

const QString Redacted = QString::fromLatin1(RedactedText);

// Keys of `details` whose values name or identify a person (or the signed-in identity).
bool isPersonalKey(const QString &key)
{
    static const QSet<QString> keys{
        QStringLiteral("userid"), QStringLiteral("systemuserid"), QStringLiteral("fullname"),
        QStringLiteral("displayname"), QStringLiteral("domainname"), QStringLiteral("username"),
        QStringLiteral("userprincipalname"), QStringLiteral("upn"), QStringLiteral("email"),
        QStringLiteral("internalemailaddress"), QStringLiteral("createdby"),
        QStringLiteral("modifiedby"), QStringLiteral("tenantid"), QStringLiteral("organizationid"),
        QStringLiteral("environmentid"), QStringLiteral("objectid")};
    return keys.contains(key.toLower());
}

// Hosts that name no customer: documentation and sign-in.
bool isPublicHost(const QString &host)
{
    static const QSet<QString> hosts{
        QStringLiteral("learn.microsoft.com"), QStringLiteral("docs.microsoft.com"),
        QStringLiteral("go.microsoft.com"), QStringLiteral("aka.ms"),
        QStringLiteral("login.microsoftonline.com"), QStringLiteral("api.powerplatform.com")};
    return hosts.contains(host);
}

// The service suffix a customer host keeps: "crm4.dynamics.com", "sandbox.operations.dynamics.com".
QString serviceSuffix(const QString &host)
{
    static const QRegularExpression suffix(QStringLiteral(
        "\\.((?:sandbox\\.)?operations(?:\\.[a-z]+)?\\.dynamics\\.com|cloudax\\.dynamics\\.com|"
        "sandbox\\.ax\\.dynamics\\.com|crm\\d*\\.dynamics\\.com|environment\\.api\\.powerplatform\\.com|"
        "dynamics\\.com|powerplatform\\.com)$"));
    const QRegularExpressionMatch m = suffix.match(host);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString maskedHost(const QString &host)
{
    const QString suffix = serviceSuffix(host);
    return suffix.isEmpty() ? QStringLiteral("***") : QStringLiteral("***.") + suffix;
}

const QRegularExpression &urlPattern()
{
    // scheme, host (with optional user info and port), then path/query up to white space.
    static const QRegularExpression re(
        QStringLiteral("\\b(https?)://(?:[^\\s/@\"'<>]*@)?([A-Za-z0-9.-]+)(?::\\d+)?([^\\s\"'<>]*)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/** A customer host named without a scheme: "host contoso-uat.crm4.dynamics.com was not found",
 *  "Dataverse (contoso-uat.crm4.dynamics.com:443) closed the connection". */
const QRegularExpression &bareHostPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9.*-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:dynamics\\.com|"
                       "powerplatform\\.com)(?![A-Za-z0-9-])"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/** A value that is a host name (the profile's service hosts), not an id. */
bool looksLikeHost(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+$"));
    return re.match(value).hasMatch() && value.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    return re;
}

class Redactor
{
public:
    explicit Redactor(QStringList values)
    {
        values.removeIf([](const QString &v) { return v.trimmed().size() < 3; });
        // A host in the values (the profile's service hosts) also goes percent-encoded.
        QStringList hosts;
        for (const QString &v : std::as_const(values)) {
            if (looksLikeHost(v))
                hosts << v.toLower();
        }
        static const QRegularExpression guid(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        for (const QString &v : QStringList(values)) {
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(v));
            if (encoded != v)
                values << encoded;
            if (guid.match(v).hasMatch()) {
                // Without dashes, and as the Power Platform host spells an environment id.
                QString hex = v;
                hex.remove(QLatin1Char('-'));
                values << hex << hex.left(30) + QLatin1Char('.') + hex.right(2);
            }
            // The customer's part of a service host ("contoso-uat" of contoso-uat.crm4.…).
            const QString suffix = looksLikeHost(v) ? serviceSuffix(v.toLower()) : QString();
            if (!suffix.isEmpty()) {
                const QString label = v.left(v.size() - suffix.size() - 1);
                if (label.size() >= 4)
                    values << label;
            }
        }
        values.removeDuplicates();
        // Longest first, so that a value containing another is replaced whole.
        std::sort(values.begin(), values.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m_values = values;
        m_hosts = hosts;
    }

    QString text(QString s) const
    {
        if (s.isEmpty())
            return s;
        s = replaceUrls(s);
        for (const QString &v : m_values) {
            // A host reads as its URL does ("***.crm4.dynamics.com"); anything else "[redacted]".
            s.replace(v, m_hosts.contains(v.toLower()) ? maskedHost(v.toLower()) : Redacted,
                      Qt::CaseInsensitive);
        }
        s = replaceBareHosts(s);
        s.replace(emailPattern(), Redacted);
        return s;
    }

    QJsonValue value(const QJsonValue &v) const
    {
        if (v.isString())
            return text(v.toString());
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &item : v.toArray())
                out.append(value(item));
            return out;
        }
        if (v.isObject())
            return object(v.toObject());
        return v;
    }

    QJsonObject object(const QJsonObject &o) const
    {
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool personal = isPersonalKey(it.key()) && !it.value().isNull()
                && !it.value().isArray() && !it.value().isObject();
            out.insert(it.key(), personal ? QJsonValue(Redacted) : value(it.value()));
        }
        return out;
    }

private:
    static QString replaceUrls(const QString &s)
    {
        QString out;
        qsizetype last = 0;
        for (auto it = urlPattern().globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(s).mid(last, m.capturedStart() - last);
            out += redactUrl(m.captured(0));
            last = m.capturedEnd();
        }
        out += QStringView(s).mid(last);
        return out;
    }

    static QString replaceBareHosts(const QString &s)
    {
        QString out;
        qsizetype last = 0;
        for (auto it = bareHostPattern().globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString host = m.captured(0).toLower();
            out += QStringView(s).mid(last, m.capturedStart() - last);
            out += isPublicHost(host) ? m.captured(0) : maskedHost(host);
            last = m.capturedEnd();
        }
        out += QStringView(s).mid(last);
        return out;
    }

    QStringList m_values;
    QStringList m_hosts;
};

// The values of personal keys anywhere in `v`, so their other occurrences are masked too.
void collectPersonal(const QJsonValue &v, QStringList *out)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectPersonal(item, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isPersonalKey(it.key()) && it.value().isString()
                && it.value().toString().trimmed().size() >= 3)
                *out << it.value().toString();
            else
                collectPersonal(it.value(), out);
        }
    }
}

} // namespace

QString redactUrl(const QString &url)
{
    const QRegularExpressionMatch m = urlPattern().match(url);
    if (!m.hasMatch())
        return url;
    QString host = m.captured(2).toLower();
    QString rest = m.captured(3);
    while (host.endsWith(QLatin1Char('.'))) {  // "… at https://x.crm4.dynamics.com."
        host.chop(1);
        rest.prepend(QLatin1Char('.'));
    }
    if (isPublicHost(host))
        return url;
    // Sentence punctuation after a URL stays; the path and query go with the host.
    static const QRegularExpression trailing(QStringLiteral("[.,;:!?)\\]]+$"));
    const QString tail = trailing.match(rest).captured(0);
    QString out = url;
    out.replace(m.capturedStart(), m.capturedLength(),
                m.captured(1).toLower() + QStringLiteral("://") + maskedHost(host) + tail);
    return out;
}

Report redactReport(const Report &report, const QStringList &knownValues)
{
    QStringList values = knownValues;
    for (const StepResult &step : report.steps) {
        for (const CheckResult &c : step.checks)
            collectPersonal(c.details, &values);
    }
    const Redactor r(values);

    Report out = report;
    out.dataverseUrl = r.text(report.dataverseUrl);
    out.foUrl = r.text(report.foUrl);
    out.profileName = r.text(report.profileName);
    for (StepResult &step : out.steps) {
        step.note = r.text(step.note);
        for (CheckResult &c : step.checks) {
            c.message = r.text(c.message);
            c.details = r.object(c.details);
            for (Evidence &e : c.evidence) {
                e.request = r.text(e.request);
                e.error = r.text(e.error);
            }
            c.remediation.summary = r.text(c.remediation.summary);
            for (QString &s : c.remediation.steps)
                s = r.text(s);
        }
    }
    return out;
}

} // namespace dwh
