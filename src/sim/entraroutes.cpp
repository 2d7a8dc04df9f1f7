// SPDX-License-Identifier: MIT
#include "entraroutes.h"

#include <QJsonObject>

namespace dwh::sim {

namespace {
const QString powerPlatformResource = QStringLiteral("https://api.powerplatform.com");
}

EntraRoutes::EntraRoutes(SimState &state) : m_state(state)
{
    m_endpoints.insert(QStringLiteral("token"), &EntraRoutes::token);
    m_grants.insert(QStringLiteral("client_credentials"), &EntraRoutes::clientCredentials);
}

SimResponse EntraRoutes::handle(const SimRequest &request)
{
    // /{tenant}/oauth2/v2.0/{endpoint}
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != 4 || parts[1] != QLatin1String("oauth2") || parts[2] != QLatin1String("v2.0")
        || !m_endpoints.contains(parts[3])) {
        return Errors::entra(404, QStringLiteral("invalid_request"), 900561,
                             QStringLiteral("The endpoint only accepts POST requests. Received a %1 request "
                                            "for an unknown path.").arg(QString::fromLatin1(request.method)));
    }
    const QString tenant = parts[0];
    if (tenant.compare(m_state.tenantId, Qt::CaseInsensitive) != 0) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 90002,
                             QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct "
                                            "tenant ID and are signing into the correct cloud. Check with your "
                                            "subscription administrator, this may happen if there are no active "
                                            "subscriptions for the tenant.").arg(tenant));
    }
    return (this->*m_endpoints.value(parts[3]))(request, tenant);
}

SimResponse EntraRoutes::token(const SimRequest &request, const QString &tenant)
{
    if (request.method != "POST") {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900561,
                             QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                                 .arg(QString::fromLatin1(request.method)));
    }
    // application/x-www-form-urlencoded: '+' is a space.
    QByteArray body = request.body;
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    }
    if (!m_grants.contains(grant)) {
        return Errors::entra(400, QStringLiteral("unsupported_grant_type"), 70003,
                             QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
    }
    return (this->*m_grants.value(grant))(form, tenant);
}

SimResponse EntraRoutes::clientCredentials(const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (clientId.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    }
    if (clientId.compare(m_state.clientId, Qt::CaseInsensitive) != 0) {
        return Errors::entra(400, QStringLiteral("unauthorized_client"), 700016,
                             QStringLiteral("Application with identifier '%1' was not found in the directory "
                                            "'%2'. This can happen if the application has not been installed by "
                                            "the administrator of the tenant or consented to by any user in the "
                                            "tenant. You may have sent your authentication request to the wrong "
                                            "tenant.").arg(clientId, tenant));
    }
    QString audience;
    SimResponse error;
    if (!checkScope(scope, &audience, &error))
        return error;
    if (secret.isEmpty()) {
        return Errors::entra(401, QStringLiteral("invalid_client"), 7000218,
                             QStringLiteral("The request body must contain the following parameter: "
                                            "'client_assertion' or 'client_secret'."));
    }
    if (secret != m_state.clientSecret) {
        return Errors::entra(401, QStringLiteral("invalid_client"), 7000215,
                             QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the "
                                            "request is the client secret value, not the client secret ID, for a "
                                            "secret added to app '%1'.").arg(clientId));
    }
    return issue(audience, clientId);
}

bool EntraRoutes::checkScope(const QString &scope, QString *audience,
                             SimResponse *error) const
{
    if (scope.trimmed().isEmpty()) {
        *error = Errors::entra(400, QStringLiteral("invalid_scope"), 70011,
                               QStringLiteral("The provided request must include a 'scope' input parameter."));
        return false;
    }
    const QString s = scope.trimmed();
    if (s.contains(u' ') || !s.endsWith(QLatin1String("/.default"))) {
        *error = Errors::entra(400, QStringLiteral("invalid_scope"), 70011,
                               QStringLiteral("The provided value for the input parameter 'scope' is not valid. "
                                              "The scope %1 is not valid. Client credential flows must have a "
                                              "scope value with /.default suffixed to the resource identifier "
                                              "(application ID URI).").arg(s));
        return false;
    }
    const QString resource = TokenStore::normalizeAudience(s.chopped(int(qstrlen("/.default"))));
    const QStringList known{TokenStore::normalizeAudience(m_state.dataverseUrl.toString()),
                            TokenStore::normalizeAudience(m_state.foUrl.toString()),
                            TokenStore::normalizeAudience(powerPlatformResource)};
    if (!known.contains(resource)) {
        *error = Errors::entra(400, QStringLiteral("invalid_resource"), 500011,
                               QStringLiteral("The resource principal named %1 was not found in the tenant named "
                                              "%2. This can happen if the application has not been installed by "
                                              "the administrator of the tenant or consented to by any user in the "
                                              "tenant. You might have sent your authentication request to the "
                                              "wrong tenant.").arg(s.chopped(int(qstrlen("/.default"))), m_state.tenantId));
        return false;
    }
    *audience = resource;
    return true;
}

SimResponse EntraRoutes::issue(const QString &audience, const QString &clientId)
{
    const QString token = m_state.tokens.issue(audience, clientId, m_state.tokenLifetimeSeconds);
    SimResponse r = SimResponse::json(200,
                                      {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("expires_in"), m_state.tokenLifetimeSeconds},
                                       {QStringLiteral("ext_expires_in"), m_state.tokenLifetimeSeconds},
                                       {QStringLiteral("access_token"), token}},
                                      ContentType::plainJson);
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    return r;
}

} // namespace dwh::sim
