// SPDX-License-Identifier: MIT
// Which URLs the tool may talk to: https, plain http only to loopback hosts.
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace dwh {

namespace {
/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::UrlPolicy)
};
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString serviceUrlProblem(const QUrl &url)
{
    if (!url.isValid())
        return Tr::tr("is not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() || url.host().isEmpty())
        return Tr::tr("must be an absolute URL such as https://contoso.crm.dynamics.com");
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return Tr::tr("uses plain http:// to a host that is not loopback; use https://");
    } else if (scheme != QLatin1String("https")) {
        return Tr::tr("must use https://");
    }
    if (!url.userInfo().isEmpty())
        return Tr::tr("must not contain a user name or password");
    if (url.hasQuery() || url.hasFragment())
        return Tr::tr("must not contain a query or fragment");
    return QString();
}

QStringList knownEntraAuthorityHosts()
{
    return {QStringLiteral("login.microsoftonline.com"), QStringLiteral("login.microsoftonline.us"),
            QStringLiteral("login.partner.microsoftonline.cn"),
            QStringLiteral("login.chinacloudapi.cn")};
}

bool isKnownEntraAuthority(const QUrl &authority)
{
    if (!authority.isValid() || !authority.userInfo().isEmpty())
        return false;
    const QString host = authority.host().toLower();
    const QString scheme = authority.scheme().toLower();
    if (isLoopbackHost(host))
        return scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (scheme != QLatin1String("https"))
        return false;
    if (authority.port() != -1 && authority.port() != 443)
        return false;
    return knownEntraAuthorityHosts().contains(host);
}

QUrl withoutTrailingSlash(const QUrl &url)
{
    QUrl copy = url;
    QString path = copy.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    copy.setPath(path);
    return copy;
}

} // namespace dwh
