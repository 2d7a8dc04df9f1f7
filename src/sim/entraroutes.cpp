// SPDX-License-Identifier: MIT
#include "entraroutes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dwh::sim {

namespace {

const QString powerPlatformResource = QStringLiteral("https://api.powerplatform.com");
// The Power Platform admin API (api.bap.microsoft.com) takes tokens of the Power Apps service.
const QString powerAppsResource = QStringLiteral("https://service.powerapps.com");
const QString deviceCodeGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QStringList openIdScopes{QStringLiteral("openid"), QStringLiteral("profile"),
                               QStringLiteral("offline_access"), QStringLiteral("email")};

/** application/x-www-form-urlencoded: '+' is a space. */
QUrlQuery formOf(const SimRequest &request)
{
    QByteArray body = request.body;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString value(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** http://localhost[:port][/path] or http://127.0.0.1[:port][/path], nothing else (RFC 8252 §7.3). */
bool isLoopbackRedirect(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    const QString host = url.host().toLower();
    return url.isValid() && url.scheme() == QLatin1String("http") && url.userInfo().isEmpty()
        && !url.hasQuery() && !url.hasFragment()
        && (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1"));
}

SimResponse html(int status, const QString &title, const QString &body)
{
    SimResponse r;
    r.status = status;
    r.body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                            "<body><h1>%1</h1>%2</body></html>")
                 .arg(title.toHtmlEscaped(), body)
                 .toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

} // namespace

SimResponse EntraRoutes::Error::toJson() const
{
    return Errors::entra(status, error, code, description);
}

EntraRoutes::EntraRoutes(SimState &state) : m_state(state)
{
    m_endpoints.insert(QStringLiteral("token"), &EntraRoutes::token);
    m_endpoints.insert(QStringLiteral("authorize"), &EntraRoutes::authorize);
    m_endpoints.insert(QStringLiteral("devicecode"), &EntraRoutes::deviceCode);
    m_grants.insert(QStringLiteral("client_credentials"), &EntraRoutes::clientCredentials);
    m_grants.insert(QStringLiteral("authorization_code"), &EntraRoutes::authorizationCode);
    m_grants.insert(QStringLiteral("refresh_token"), &EntraRoutes::refreshToken);
    m_grants.insert(deviceCodeGrantType, &EntraRoutes::deviceCodeGrant);
}

SimResponse EntraRoutes::handle(const SimRequest &request)
{
    // /{tenant}/oauth2/v2.0/{endpoint}
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts == QStringList{QStringLiteral("devicelogin")})
        return deviceLogin(request);
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
    const QUrlQuery form = formOf(request);
    const QString grant = value(form, "grant_type");
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

bool EntraRoutes::checkClient(const QString &clientId, const QString &tenant, Error *error) const
{
    if (clientId.isEmpty()) {
        *error = {400, QStringLiteral("invalid_request"), 900144,
                  QStringLiteral("The request body must contain the following parameter: 'client_id'.")};
        return false;
    }
    if (clientId.compare(m_state.clientId, Qt::CaseInsensitive) != 0) {
        *error = {400, QStringLiteral("unauthorized_client"), 700016,
                  QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This "
                                 "can happen if the application has not been installed by the administrator "
                                 "of the tenant or consented to by any user in the tenant. You may have sent "
                                 "your authentication request to the wrong tenant.").arg(clientId, tenant)};
        return false;
    }
    return true;
}

// --- Client credentials --------------------------------------------------------------------------

SimResponse EntraRoutes::clientCredentials(const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = value(form, "client_id");
    const QString secret = value(form, "client_secret");
    const QString scope = value(form, "scope");
    Error clientError;
    if (!checkClient(clientId, tenant, &clientError))
        return clientError.toJson();
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

bool EntraRoutes::knownResource(const QString &normalizedResource) const
{
    const QStringList known{TokenStore::normalizeAudience(m_state.dataverseUrl.toString()),
                            TokenStore::normalizeAudience(m_state.foUrl.toString()),
                            TokenStore::normalizeAudience(powerPlatformResource),
                            TokenStore::normalizeAudience(powerAppsResource)};
    return known.contains(normalizedResource);
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
    if (!knownResource(resource)) {
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

bool EntraRoutes::checkDelegatedScope(const QString &scope, DelegatedScope *out, Error *error) const
{
    const QStringList scopes = scope.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (scopes.isEmpty()) {
        *error = {400, QStringLiteral("invalid_request"), 900144,
                  QStringLiteral("The request body must contain the following parameter: 'scope'.")};
        return false;
    }
    DelegatedScope result;
    QString resource;
    for (const QString &s : scopes) {
        if (openIdScopes.contains(s)) {
            result.offlineAccess = result.offlineAccess || s == QLatin1String("offline_access");
            result.openId = result.openId || s == QLatin1String("openid");
            continue;
        }
        const int slash = s.lastIndexOf(u'/');
        const QString r = slash > 0 ? s.left(slash) : QString();
        if (r.isEmpty() || slash == s.size() - 1 || (!resource.isEmpty() && r != resource)) {
            *error = {400, QStringLiteral("invalid_scope"), 70011,
                      QStringLiteral("The provided value for the input parameter 'scope' is not valid. The scope "
                                     "'%1' is not valid: request the scopes of one resource at a time, plus "
                                     "openid, profile, email and offline_access.").arg(scope)};
            return false;
        }
        resource = r;
    }
    if (resource.isEmpty()) {
        *error = {400, QStringLiteral("invalid_scope"), 70011,
                  QStringLiteral("The provided value for the input parameter 'scope' is not valid. The scope "
                                 "'%1' names no resource.").arg(scope)};
        return false;
    }
    result.audience = TokenStore::normalizeAudience(resource);
    if (!knownResource(result.audience)) {
        *error = {400, QStringLiteral("invalid_resource"), 500011,
                  QStringLiteral("The resource principal named %1 was not found in the tenant named %2. This can "
                                 "happen if the application has not been installed by the administrator of the "
                                 "tenant or consented to by any user in the tenant. You might have sent your "
                                 "authentication request to the wrong tenant.").arg(resource, m_state.tenantId)};
        return false;
    }
    result.scopes = scopes;
    *out = result;
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

SimResponse EntraRoutes::issueDelegated(const QString &audience, const QString &clientId,
                                        const QStringList &scopes)
{
    QStringList granted;
    for (const QString &s : scopes) {
        if (!openIdScopes.contains(s))
            granted.append(s);
    }
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), granted.join(u' ')},
                     {QStringLiteral("expires_in"), m_state.tokenLifetimeSeconds},
                     {QStringLiteral("ext_expires_in"), m_state.tokenLifetimeSeconds},
                     {QStringLiteral("access_token"),
                      m_state.tokens.issue(audience, clientId, m_state.tokenLifetimeSeconds)}};
    if (scopes.contains(QStringLiteral("offline_access"))) {
        body.insert(QStringLiteral("refresh_token"),
                    m_state.tokens.issueRefreshToken(clientId, m_state.refreshTokenLifetimeSeconds));
    }
    if (scopes.contains(QStringLiteral("openid")))
        body.insert(QStringLiteral("id_token"), idToken(clientId));
    SimResponse r = SimResponse::json(200, body, ContentType::plainJson);
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    return r;
}

QString EntraRoutes::idToken(const QString &clientId) const
{
    // Shaped like an Entra ID v2 id_token; the signature is random (nothing verifies it here).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("alg"), QStringLiteral("RS256")}};
    const QJsonObject claims{
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("iss"), QStringLiteral("%1/%2/v2.0").arg(m_state.authorityUrl.toString(QUrl::StripTrailingSlash), m_state.tenantId)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + m_state.tokenLifetimeSeconds},
        {QStringLiteral("name"), QStringLiteral("Dual-write Administrator")},
        {QStringLiteral("preferred_username"), QStringLiteral("dwadmin@contoso.onmicrosoft.com")},
        {QStringLiteral("oid"), m_state.whoAmI.value(QStringLiteral("UserId")).toString()},
        {QStringLiteral("tid"), m_state.tenantId},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
    return QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                               + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
                               + base64Url(QCryptographicHash::hash(QByteArray::number(now) + clientId.toUtf8(),
                                                                    QCryptographicHash::Sha256)));
}

// --- Authorization code with PKCE ----------------------------------------------------------------

SimResponse EntraRoutes::authorize(const SimRequest &request, const QString &tenant)
{
    if (request.method != "GET") {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900561,
                             QStringLiteral("The endpoint only accepts GET requests. Received a %1 request.")
                                 .arg(QString::fromLatin1(request.method)));
    }
    const QUrlQuery &q = request.query;
    // Without a usable client or redirect URI Entra ID shows an error page: nothing is redirected.
    Error error;
    if (!checkClient(value(q, "client_id"), tenant, &error))
        return error.toJson();
    const QString redirectUri = value(q, "redirect_uri");
    if (redirectUri.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'redirect_uri'."));
    }
    if (!isLoopbackRedirect(redirectUri)) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 50011,
                             QStringLiteral("The redirect URI '%1' specified in the request does not match the "
                                            "redirect URIs configured for the application '%2'. Make sure the "
                                            "redirect URI sent in the request matches one added to your "
                                            "application in the Azure portal. Navigate to "
                                            "https://aka.ms/redirectUriMismatchError to learn more about how to "
                                            "fix this.").arg(redirectUri, m_state.clientId));
    }

    const QString state = value(q, "state");
    auto redirect = [&](const QList<QPair<QString, QString>> &params) {
        QList<QPair<QString, QString>> all = params;
        if (!state.isEmpty())
            all.append({QStringLiteral("state"), state});
        QByteArray query;
        for (const auto &p : all)
            query += (query.isEmpty() ? "" : "&") + p.first.toUtf8() + '=' + QUrl::toPercentEncoding(p.second);
        SimResponse r;
        r.status = 302;
        QByteArray location = redirectUri.toUtf8();
        if (QUrl(redirectUri).path().isEmpty())
            location += '/';
        r.setHeader("Location", location + '?' + query);
        r.setHeader("Cache-Control", "no-store, no-cache");
        return r;
    };
    auto redirectError = [&](const Error &e, const QString &subcode = QString()) {
        const QString traceId = newGuid();
        const QString correlationId = newGuid();
        const QString timestamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
        QList<QPair<QString, QString>> params{{QStringLiteral("error"), e.error}};
        if (!subcode.isEmpty())
            params.append({QStringLiteral("error_subcode"), subcode});
        params.append({QStringLiteral("error_description"),
                       QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                           .arg(e.code).arg(e.description, traceId, correlationId, timestamp)});
        params.append({QStringLiteral("error_uri"),
                       QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(e.code)});
        return redirect(params);
    };

    if (value(q, "response_type") != QLatin1String("code")) {
        return redirectError({400, QStringLiteral("unsupported_response_type"), 70005,
                              QStringLiteral("response_type '%1' is not enabled for the application.")
                                  .arg(value(q, "response_type"))});
    }
    // A '+' in a query string is a space too.
    DelegatedScope scope;
    if (!checkDelegatedScope(value(q, "scope").replace(u'+', u' '), &scope, &error))
        return redirectError(error);
    const QString challenge = value(q, "code_challenge");
    QString method = value(q, "code_challenge_method");
    if (challenge.isEmpty()) {
        return redirectError({400, QStringLiteral("invalid_request"), 9002325,
                              QStringLiteral("Proof Key for Code Exchange is required for this public client "
                                             "application: send code_challenge and code_challenge_method.")});
    }
    if (method.isEmpty())
        method = QStringLiteral("plain");  // RFC 7636 §4.3
    if (method != QLatin1String("S256") && method != QLatin1String("plain")) {
        return redirectError({400, QStringLiteral("invalid_request"), 501491,
                              QStringLiteral("Invalid code_challenge_method '%1': use S256 or plain.").arg(method)});
    }
    if (value(q, "prompt") == QLatin1String("none")) {
        return redirectError({400, QStringLiteral("login_required"), 50058,
                              QStringLiteral("A silent sign-in request was sent but no user is signed in.")});
    }
    if (m_state.userChallenge == UserChallenge::ConsentDeclined) {
        return redirectError({400, QStringLiteral("access_denied"), 65004,
                              QStringLiteral("User declined to consent to access the app.")},
                             QStringLiteral("cancel"));
    }
    TokenStore::AuthorizationCode grant;
    grant.clientId = value(q, "client_id");
    grant.redirectUri = redirectUri;
    grant.audience = scope.audience;
    grant.scopes = scope.scopes;
    grant.challenge = challenge;
    grant.challengeMethod = method;
    const QString code = m_state.tokens.issueCode(grant, m_state.authorizationCodeLifetimeSeconds);
    return redirect({{QStringLiteral("code"), code}, {QStringLiteral("session_state"), newGuid()}});
}

SimResponse EntraRoutes::authorizationCode(const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = value(form, "client_id");
    Error error;
    if (!checkClient(clientId, tenant, &error))
        return error.toJson();
    const QString code = value(form, "code");
    const QString redirectUri = value(form, "redirect_uri");
    if (code.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'code'."));
    }
    if (redirectUri.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'redirect_uri'."));
    }
    TokenStore::AuthorizationCode grant;
    switch (m_state.tokens.redeemCode(code, &grant)) {
    case TokenStore::CodeCheck::Unknown:
        return Errors::entra(400, QStringLiteral("invalid_grant"), 9002313,
                             QStringLiteral("Invalid request. Request is malformed or invalid."));
    case TokenStore::CodeCheck::AlreadyRedeemed:
        return Errors::entra(400, QStringLiteral("invalid_grant"), 54005,
                             QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a "
                                            "new valid code or use an existing refresh token."));
    case TokenStore::CodeCheck::Expired:
        return Errors::entra(400, QStringLiteral("invalid_grant"), 70008,
                             QStringLiteral("The provided authorization code or refresh token has expired due to "
                                            "inactivity. Send a new interactive authorization request for this "
                                            "user and resource."));
    case TokenStore::CodeCheck::Ok:
        break;
    }
    if (grant.clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        return Errors::entra(400, QStringLiteral("invalid_grant"), 70000,
                             QStringLiteral("The provided authorization code was issued to another application."));
    }
    if (grant.redirectUri != redirectUri) {
        return Errors::entra(400, QStringLiteral("invalid_grant"), 500112,
                             QStringLiteral("The reply address '%1' does not match the reply address '%2' provided "
                                            "when requesting Authorization code.").arg(redirectUri, grant.redirectUri));
    }
    const QString verifier = value(form, "code_verifier");
    if (verifier.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'code_verifier'."));
    }
    const QString expected = grant.challengeMethod == QLatin1String("S256")
        ? QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)))
        : verifier;
    if (expected != grant.challenge) {
        return Errors::entra(400, QStringLiteral("invalid_grant"), 501481,
                             QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the "
                                            "authorization request."));
    }
    // scope is optional here; when sent it must stay within the authorization request's resource.
    const QString scopeText = value(form, "scope");
    if (!scopeText.trimmed().isEmpty()) {
        DelegatedScope scope;
        if (!checkDelegatedScope(scopeText, &scope, &error))
            return error.toJson();
        if (scope.audience != grant.audience) {
            return Errors::entra(400, QStringLiteral("invalid_scope"), 70011,
                                 QStringLiteral("The provided value for the input parameter 'scope' is not valid. "
                                                "The scopes requested must be a subset of the scopes of the "
                                                "authorization request."));
        }
    }
    return issueDelegated(grant.audience, clientId, grant.scopes);
}

// --- Refresh tokens ------------------------------------------------------------------------------

SimResponse EntraRoutes::refreshToken(const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = value(form, "client_id");
    Error error;
    if (!checkClient(clientId, tenant, &error))
        return error.toJson();
    const QString refresh = value(form, "refresh_token");
    if (refresh.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'refresh_token'."));
    }
    DelegatedScope scope;
    if (!checkDelegatedScope(value(form, "scope"), &scope, &error))
        return error.toJson();
    if (m_state.userChallenge == UserChallenge::MfaRequired) {
        return Errors::entra(400, QStringLiteral("interaction_required"), 50076,
                             QStringLiteral("Due to a configuration change made by your administrator, or because "
                                            "you moved to a new location, you must use multi-factor "
                                            "authentication to access '%1'.").arg(scope.audience));
    }
    if (m_state.userChallenge == UserChallenge::ConsentRequired) {
        return Errors::entra(400, QStringLiteral("consent_required"), 65001,
                             QStringLiteral("The user or administrator has not consented to use the application "
                                            "with ID '%1' named 'dwhealth'. Send an interactive authorization "
                                            "request for this user and resource.").arg(clientId));
    }
    switch (m_state.tokens.redeemRefreshToken(refresh, clientId)) {
    case TokenStore::RefreshCheck::Unknown:
        return Errors::entra(400, QStringLiteral("invalid_grant"), 9002313,
                             QStringLiteral("Invalid request. Request is malformed or invalid."));
    case TokenStore::RefreshCheck::WrongClient:
        return Errors::entra(400, QStringLiteral("invalid_grant"), 70000,
                             QStringLiteral("The provided refresh token was issued to another application."));
    case TokenStore::RefreshCheck::Replaced:
        return Errors::entra(400, QStringLiteral("invalid_grant"), 50173,
                             QStringLiteral("The provided grant has expired due to it being revoked, a fresh auth "
                                            "token is needed. The refresh token was replaced by a newer one."));
    case TokenStore::RefreshCheck::Expired:
        return Errors::entra(400, QStringLiteral("invalid_grant"), 700082,
                             QStringLiteral("The refresh token has expired due to inactivity."));
    case TokenStore::RefreshCheck::Ok:
        break;
    }
    QStringList scopes = scope.scopes;
    if (!scopes.contains(QStringLiteral("offline_access")))
        scopes.append(QStringLiteral("offline_access"));  // a refresh always brings its replacement
    return issueDelegated(scope.audience, clientId, scopes);
}

// --- Device code ---------------------------------------------------------------------------------

SimResponse EntraRoutes::deviceCode(const SimRequest &request, const QString &tenant)
{
    if (request.method != "POST") {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900561,
                             QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                                 .arg(QString::fromLatin1(request.method)));
    }
    const QUrlQuery form = formOf(request);
    const QString clientId = value(form, "client_id");
    Error error;
    if (!checkClient(clientId, tenant, &error))
        return error.toJson();
    DelegatedScope scope;
    if (!checkDelegatedScope(value(form, "scope"), &scope, &error))
        return error.toJson();
    const TokenStore::DeviceCode &code =
        m_state.tokens.issueDeviceCode(clientId, scope.audience, scope.scopes, m_state.deviceCodeLifetimeSeconds,
                                       m_state.deviceCodeIntervalSeconds);
    // Entra ID answers https://microsoft.com/devicelogin; the simulator points at its own page.
    const QString verificationUri = m_state.authorityUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/devicelogin");
    SimResponse r = SimResponse::json(
        200,
        {{QStringLiteral("user_code"), code.userCode},
         {QStringLiteral("device_code"), code.deviceCode},
         {QStringLiteral("verification_uri"), verificationUri},
         {QStringLiteral("expires_in"), m_state.deviceCodeLifetimeSeconds},
         {QStringLiteral("interval"), m_state.deviceCodeIntervalSeconds},
         {QStringLiteral("message"),
          QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
              .arg(verificationUri, code.userCode)}},
        ContentType::plainJson);
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

SimResponse EntraRoutes::deviceCodeGrant(const QUrlQuery &form, const QString &tenant)
{
    const QString clientId = value(form, "client_id");
    Error error;
    if (!checkClient(clientId, tenant, &error))
        return error.toJson();
    const QString deviceCodeValue = value(form, "device_code");
    if (deviceCodeValue.isEmpty()) {
        return Errors::entra(400, QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request body must contain the following parameter: 'device_code'."));
    }
    TokenStore::DeviceCode *code = m_state.tokens.deviceCode(deviceCodeValue);
    if (!code || code->clientId.compare(clientId, Qt::CaseInsensitive) != 0
        || code->status == TokenStore::DeviceCode::Status::Redeemed) {
        return Errors::entra(400, QStringLiteral("bad_verification_code"), 70018,
                             QStringLiteral("The provided value for the input parameter 'device_code' is not valid."));
    }
    if (code->expiresAt <= QDateTime::currentDateTimeUtc())
        return Errors::entra(400, QStringLiteral("expired_token"), 70019, QStringLiteral("Verification code expired."));

    // RFC 8628 §3.5: polling faster than `interval` answers slow_down and adds 5 s to it. (Entra ID
    // documents only the other four errors; the AADSTS number is the pending one's.)
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool tooFast = code->lastPollMs != 0 && now - code->lastPollMs < code->intervalSeconds * 1000LL - 250;
    code->lastPollMs = now;
    if (tooFast || code->slowDownNext) {
        code->slowDownNext = false;
        code->intervalSeconds += 5;
        return Errors::entra(400, QStringLiteral("slow_down"), 70016,
                             QStringLiteral("OAuth 2.0 device flow error. Polling too frequently: wait %1 seconds "
                                            "between requests.").arg(code->intervalSeconds));
    }
    if (code->status == TokenStore::DeviceCode::Status::Pending && m_state.deviceCodeAutoApprovePolls >= 0
        && code->pendingPolls >= m_state.deviceCodeAutoApprovePolls) {
        code->status = TokenStore::DeviceCode::Status::Approved;
    }
    if (code->status == TokenStore::DeviceCode::Status::Declined
        || (code->status == TokenStore::DeviceCode::Status::Approved
            && m_state.userChallenge == UserChallenge::ConsentDeclined)) {
        return Errors::entra(400, QStringLiteral("authorization_declined"), 65004,
                             QStringLiteral("User declined to consent to access the app."));
    }
    if (code->status == TokenStore::DeviceCode::Status::Pending) {
        ++code->pendingPolls;
        return Errors::entra(400, QStringLiteral("authorization_pending"), 70016,
                             QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
    }
    code->status = TokenStore::DeviceCode::Status::Redeemed;
    return issueDelegated(code->audience, clientId, code->scopes);
}

SimResponse EntraRoutes::deviceLogin(const SimRequest &request)
{
    const QString title = QStringLiteral("Enter code");
    const QString form = QStringLiteral("<form method=\"get\" action=\"/devicelogin\"><p>Enter the code displayed "
                                        "on your app or device.</p><input name=\"otc\" autofocus> "
                                        "<button type=\"submit\">Next</button></form>");
    const QString userCode = value(request.query, "otc").trimmed();
    if (userCode.isEmpty())
        return html(200, title, form);
    TokenStore::DeviceCode *code = m_state.tokens.deviceCodeByUserCode(userCode);
    if (!code || code->status != TokenStore::DeviceCode::Status::Pending
        || code->expiresAt <= QDateTime::currentDateTimeUtc()) {
        return html(200, title, QStringLiteral("<p>The code '%1' is not valid or has expired. Check the code and "
                                               "try again.</p>").arg(userCode.toHtmlEscaped()) + form);
    }
    if (value(request.query, "action") == QLatin1String("decline")) {
        code->status = TokenStore::DeviceCode::Status::Declined;
        return html(200, QStringLiteral("Sign-in declined"), QStringLiteral("<p>You declined the sign-in on the other device.</p>"));
    }
    code->status = TokenStore::DeviceCode::Status::Approved;
    return html(200, QStringLiteral("dwhealth"),
                QStringLiteral("<p>You have signed in to dwhealth on your device. You may now close this window.</p>"));
}

} // namespace dwh::sim
