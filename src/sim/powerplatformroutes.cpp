// SPDX-License-Identifier: MIT
#include "powerplatformroutes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace dwh::sim {

namespace {

const QString powerPlatformAudience = QStringLiteral("https://api.powerplatform.com");
const QString powerAppsAudience = QStringLiteral("https://service.powerapps.com");
const QStringList supportedVersions{QStringLiteral("1"), QStringLiteral("2022-03-01-preview")};

QString connectorOf(const QJsonObject &connection)
{
    // "/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps"
    return connection.value(QStringLiteral("properties")).toObject()
        .value(QStringLiteral("apiId")).toString().section(u'/', -1);
}

QString environmentOf(const QJsonObject &connection)
{
    return connection.value(QStringLiteral("properties")).toObject()
        .value(QStringLiteral("environment")).toObject().value(QStringLiteral("name")).toString();
}

} // namespace

PowerPlatformRoutes::PowerPlatformRoutes(SimState &state) : m_state(state) {}

QList<QJsonObject> PowerPlatformRoutes::connectionsOf(const QString &connector) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &c : m_state.connections) {
        if (environmentOf(c).compare(m_state.environmentId, Qt::CaseInsensitive) != 0)
            continue;
        if (!connector.isEmpty() && connectorOf(c).compare(connector, Qt::CaseInsensitive) != 0)
            continue;
        out.append(c);
    }
    return out;
}

SimResponse PowerPlatformRoutes::handleAdmin(const SimRequest &request)
{
    QString audience;
    switch (m_state.tokens.check(request.header("Authorization"), powerAppsAudience, &audience)) {
    case TokenStore::Check::Ok:
        break;
    case TokenStore::Check::Missing:
    case TokenStore::Check::Unknown:
    case TokenStore::Check::Expired:
        return Errors::powerPlatform(401, QStringLiteral("InvalidAuthenticationToken"),
                                     QStringLiteral("The access token is invalid."));
    case TokenStore::Check::WrongAudience:
        return Errors::powerPlatform(401, QStringLiteral("InvalidAuthenticationTokenAudience"),
                                     QStringLiteral("The access token has been obtained for the wrong audience or "
                                                    "resource '%1'. It should exactly match '%2'.")
                                         .arg(audience, powerAppsAudience));
    }
    static const QRegularExpression routeRe(QStringLiteral(
        "^/providers/Microsoft\\.BusinessAppPlatform/scopes/admin/environments/([A-Za-z0-9\\-]+)/?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = routeRe.match(request.path);
    if (!m.hasMatch())
        return Errors::powerPlatform(404, QStringLiteral("NotFound"),
                                     QStringLiteral("The requested resource '%1' was not found.").arg(request.path));
    if (request.query.queryItemValue(QStringLiteral("api-version"), QUrl::FullyDecoded).isEmpty())
        return Errors::powerPlatform(400, QStringLiteral("MissingApiVersionParameter"),
                                     QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    if (request.method != "GET")
        return Errors::powerPlatform(405, QStringLiteral("MethodNotAllowed"),
                                     QStringLiteral("The HTTP method '%1' is not supported.").arg(QString::fromLatin1(request.method)));
    if (m.captured(1).compare(m_state.environmentId, Qt::CaseInsensitive) != 0 || m_state.adminEnvironment.isEmpty())
        return Errors::powerPlatform(404, QStringLiteral("EnvironmentNotFound"),
                                     QStringLiteral("The environment '%1' could not be found.").arg(m.captured(1)));
    return SimResponse::json(200, m_state.adminEnvironment, ContentType::plainJson);
}

SimResponse PowerPlatformRoutes::handle(const SimRequest &request)
{
    if (request.path.startsWith(QLatin1String("/providers/"), Qt::CaseInsensitive))
        return handleAdmin(request);
    QString audience;
    switch (m_state.tokens.check(request.header("Authorization"), powerPlatformAudience, &audience)) {
    case TokenStore::Check::Ok:
        break;
    case TokenStore::Check::Missing:
        return Errors::powerPlatform(401, QStringLiteral("MissingAuthenticationToken"),
                                     QStringLiteral("The request is missing the 'Authorization' header with a bearer token."));
    case TokenStore::Check::Expired:
        return Errors::powerPlatform(401, QStringLiteral("ExpiredAuthenticationToken"),
                                     QStringLiteral("The access token has expired."));
    case TokenStore::Check::WrongAudience:
        return Errors::powerPlatform(401, QStringLiteral("InvalidAuthenticationTokenAudience"),
                                     QStringLiteral("The access token has been obtained for the wrong audience or "
                                                    "resource '%1'. It should exactly match '%2'.")
                                         .arg(audience, powerPlatformAudience));
    case TokenStore::Check::Unknown:
        return Errors::powerPlatform(401, QStringLiteral("InvalidAuthenticationToken"),
                                     QStringLiteral("The access token is invalid."));
    }

    static const QRegularExpression routeRe(QStringLiteral(
        "^/connectivity/(?:connectors/([A-Za-z0-9_]+)/)?connections(?:/([A-Za-z0-9_\\-]+))?/?$"));
    const auto m = routeRe.match(request.path);
    if (!m.hasMatch() || (!m.captured(2).isEmpty() && m.captured(1).isEmpty()))
        return Errors::powerPlatform(404, QStringLiteral("NotFound"),
                                     QStringLiteral("The requested resource '%1' was not found.").arg(request.path));
    const QString version = request.query.queryItemValue(QStringLiteral("api-version"), QUrl::FullyDecoded);
    if (version.isEmpty())
        return Errors::powerPlatform(400, QStringLiteral("MissingApiVersionParameter"),
                                     QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    if (!supportedVersions.contains(version))
        return Errors::powerPlatform(400, QStringLiteral("InvalidApiVersionParameter"),
                                     QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                                         .arg(version, supportedVersions.join(QStringLiteral(","))));
    const QString connector = m.captured(1);
    const QString id = m.captured(2);
    if (id.isEmpty()) {
        if (request.method != "GET")
            return Errors::powerPlatform(405, QStringLiteral("MethodNotAllowed"),
                                         QStringLiteral("The HTTP method '%1' is not supported.").arg(QString::fromLatin1(request.method)));
        QJsonArray value;
        for (const QJsonObject &c : connectionsOf(connector))
            value.append(c);
        return SimResponse::json(200, {{QStringLiteral("value"), value}}, ContentType::plainJson);
    }
    for (int i = 0; i < m_state.connections.size(); ++i) {
        const QJsonObject &c = m_state.connections[i];
        if (c.value(QStringLiteral("name")).toString() != id || !connectionsOf(connector).contains(c))
            continue;
        if (request.method == "GET")
            return SimResponse::json(200, c, ContentType::plainJson);
        if (request.method == "DELETE") {
            m_state.connections.removeAt(i);
            return SimResponse::noContent(200);
        }
        return Errors::powerPlatform(405, QStringLiteral("MethodNotAllowed"),
                                     QStringLiteral("The HTTP method '%1' is not supported.").arg(QString::fromLatin1(request.method)));
    }
    return Errors::powerPlatform(404, QStringLiteral("ConnectionNotFound"),
                                 QStringLiteral("Could not find connection '%1' for API '%2'.").arg(id, connector));
}

} // namespace dwh::sim
