// SPDX-License-Identifier: MIT
// validateProfile(): the one set of rules for a usable profile (parser, wizard page, CLI).
#include "profilevalidation.h"

#include "profile.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dwh {

namespace {

/** The profile's texts: the parser's context, as its messages were before they moved here. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Profile)
};

bool isGuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

/** A full DNS host name: two labels at least, each of letters, digits and inner hyphens. */
bool isFullHostName(const QString &host)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

class Checker
{
public:
    void problem(const QString &field, const QString &message) { m_problems << ProfileProblem{field, message}; }

    void url(const QString &field, const QUrl &url, bool required)
    {
        if (url.isEmpty()) {
            if (required)
                problem(field, Tr::tr("is missing"));
            return;
        }
        if (const QString policy = serviceUrlProblem(url); !policy.isEmpty()) {
            problem(field, url.isValid() ? Tr::tr("\"%1\" %2").arg(url.toString(), policy) : policy);
            return;
        }
        if (!isLoopbackHost(url.host()) && !isFullHostName(url.host()))
            problem(field, Tr::tr("\"%1\": the host \"%2\" is not a full host name such as "
                                  "contoso.crm.dynamics.com")
                               .arg(url.toString(), url.host()));
    }

    void guid(const QString &field, const QString &value, bool required, const QString &missing)
    {
        if (value.trimmed().isEmpty()) {
            if (required)
                problem(field, missing);
            return;
        }
        if (!isGuid(value.trimmed()))
            problem(field, Tr::tr("\"%1\" is not a GUID").arg(value));
    }

    QList<ProfileProblem> problems() const { return m_problems; }

private:
    QList<ProfileProblem> m_problems;
};

} // namespace

QList<ProfileProblem> validateProfile(const Profile &p)
{
    Checker c;
    const QString tenant = p.tenantId.trimmed();
    if (tenant.isEmpty())
        c.problem(QStringLiteral("tenantId"), Tr::tr("is missing"));
    else if (!isGuid(tenant) && !isFullHostName(tenant))
        c.problem(QStringLiteral("tenantId"),
                  Tr::tr("\"%1\" is neither a tenant id (a GUID) nor a domain such as "
                         "contoso.onmicrosoft.com")
                      .arg(p.tenantId));
    c.url(QStringLiteral("authority"), p.authority, true);
    // Delegated sign-in without a client id uses the default public client (publicclient.h);
    // client credentials always need the app registration's id.
    c.guid(QStringLiteral("auth.clientId"), p.clientId, p.authMode == AuthMode::ClientSecret,
           Tr::tr("is missing"));
    c.url(QStringLiteral("dataverse.url"), p.dataverseUrl, true);
    c.url(QStringLiteral("financeAndOperations.url"), p.foUrl, true);
    c.url(QStringLiteral("powerPlatform.url"), p.powerPlatformUrl, false);
    c.url(QStringLiteral("powerPlatform.adminUrl"), p.powerPlatformAdminUrl, false);
    c.guid(QStringLiteral("dataverse.environmentId"), p.environmentId, p.powerPlatformUrl.isEmpty(),
           Tr::tr("is missing (needed to find the Power Platform API host; or set "
                  "powerPlatform.url)"));
    for (qsizetype i = 0; i < p.legalEntities.size(); ++i) {
        if (p.legalEntities.at(i).trimmed().isEmpty())
            c.problem(QStringLiteral("dualWrite.legalEntities[%1]").arg(i),
                      Tr::tr("must be a non-empty legal entity code"));
    }
    return c.problems();
}

QString problemOf(const QList<ProfileProblem> &problems, const QString &field)
{
    for (const ProfileProblem &p : problems) {
        if (p.field == field)
            return p.message;
    }
    return QString();
}

} // namespace dwh
