// SPDX-License-Identifier: MIT
#include "dataverseroutes.h"

#include "tablequery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dwh::sim {

namespace {

const QString apiPrefix = QStringLiteral("/api/data/v9.2/");
const QString whoAmIName = QStringLiteral("WhoAmI");
const QString userRolesNav = QStringLiteral("systemuserroles_association");

// The paging cookie: opaque to clients, shaped like Dataverse's.
QString makeSkipToken(int page, int offset, const QString &keyColumn, const QString &first, const QString &last)
{
    const QString inner = QStringLiteral("<cookie page=\"%1\" offset=\"%2\"><%3 last=\"{%4}\" first=\"{%5}\" /></cookie>")
                              .arg(page - 1).arg(offset).arg(keyColumn, last.toUpper(), first.toUpper());
    return QStringLiteral("<cookie pagenumber=\"%1\" pagingcookie=\"%2\" istracking=\"False\" />")
        .arg(page).arg(QString::fromLatin1(QUrl::toPercentEncoding(inner)));
}

bool parseSkipToken(const QString &token, int *page, int *offset)
{
    const QString inner = QUrl::fromPercentEncoding(token.toUtf8());
    static const QRegularExpression pageRe(QStringLiteral("pagenumber=\"(\\d{1,9})\""));
    static const QRegularExpression offsetRe(QStringLiteral("offset=\"(\\d{1,9})\""));
    const auto p = pageRe.match(inner);
    const auto o = offsetRe.match(inner);
    if (!p.hasMatch() || !o.hasMatch())
        return false;
    *page = p.captured(1).toInt();
    *offset = o.captured(1).toInt();
    return true;
}

QString stripQuotes(const QString &s)
{
    return s.size() >= 2 && s.startsWith(u'\'') && s.endsWith(u'\'') ? s.mid(1, s.size() - 2).replace(
               QStringLiteral("''"), QStringLiteral("'"))
                                                                     : s;
}

} // namespace

DataverseRoutes::DataverseRoutes(SimState &state) : m_state(state) {}

QString DataverseRoutes::apiBase() const
{
    return m_state.dataverseUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/data/v9.2");
}

SimResponse DataverseRoutes::ok(int status, const QJsonObject &body) const
{
    SimResponse r = SimResponse::json(status, body, ContentType::dataverse);
    r.setHeader("OData-Version", "4.0");
    return r;
}

SimResponse DataverseRoutes::badRequest(const QString &message)
{
    return Errors::dataverse(400, QStringLiteral("0x80060888"), message);
}

SimResponse DataverseRoutes::notFound(const QString &logicalName, const QString &key)
{
    return Errors::dataverse(404, QStringLiteral("0x80040217"),
                             QStringLiteral("%1 With Id = %2 Does Not Exist").arg(logicalName, key));
}

SimResponse DataverseRoutes::unauthorized(const SimRequest &request, const QString &message) const
{
    Q_UNUSED(request)
    SimResponse r = Errors::dataverse(401, QStringLiteral("0x80072560"), message);
    r.setHeader("WWW-Authenticate",
                QStringLiteral("Bearer authorization_uri=https://login.microsoftonline.com/%1/oauth2/authorize, "
                               "resource_id=%2")
                    .arg(m_state.tenantId, m_state.dataverseUrl.toString(QUrl::StripTrailingSlash))
                    .toUtf8());
    return r;
}

bool DataverseRoutes::throttled(SimResponse *out)
{
    if (m_state.dataverseInFlight > m_state.concurrencyLimit) {
        *out = Errors::dataverseConcurrencyLimit(m_state.concurrencyLimit, 1);
        return true;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto &times = m_state.dataverseRequestTimes;
    while (!times.empty() && times.front() <= now - 300000)
        times.pop_front();
    if (int(times.size()) >= m_state.requestBudget) {
        const qint64 wait = times.empty() ? 1 : (times.front() + 300000 - now + 999) / 1000;
        *out = Errors::dataverseRequestLimit(m_state.requestBudget, int(qMax<qint64>(1, wait)));
        return true;
    }
    times.push_back(now);
    return false;
}

SimResponse DataverseRoutes::handle(const SimRequest &request)
{
    QString audience;
    switch (m_state.tokens.check(request.header("Authorization"), m_state.dataverseUrl.toString(), &audience)) {
    case TokenStore::Check::Ok:
        break;
    case TokenStore::Check::Missing:
        return unauthorized(request, QStringLiteral("Bearer token is missing. The request must carry an "
                                                    "Authorization header with a bearer token."));
    case TokenStore::Check::Unknown:
        return unauthorized(request, QStringLiteral("The access token is invalid: its signature could not be "
                                                    "validated."));
    case TokenStore::Check::Expired:
        return unauthorized(request, QStringLiteral("The access token has expired. Acquire a new token and "
                                                    "retry the request."));
    case TokenStore::Check::WrongAudience:
        return unauthorized(request, QStringLiteral("The access token was issued for audience '%1', not for "
                                                    "this organization (%2).")
                                         .arg(audience, m_state.dataverseUrl.toString(QUrl::StripTrailingSlash)));
    }
    SimResponse limited;
    if (throttled(&limited))
        return limited;
    SimResponse r = dispatch(request);
    const int remaining = qMax(0, m_state.requestBudget - int(m_state.dataverseRequestTimes.size()));
    r.setHeader("x-ms-ratelimit-burst-remaining-xrm-requests", QByteArray::number(remaining));
    r.setHeader("x-ms-service-request-id", newGuid().toLatin1());
    return r;
}

bool DataverseRoutes::parseTarget(const QString &rest, Target *out, QString *badSegment) const
{
    static const QRegularExpression segRe(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(?:\\((.*)\\))?$"));
    QStringList segs = rest.split(u'/');
    if (segs.size() == 3 && segs[2] == QLatin1String("$ref")) {
        segs.removeLast();
        out->reference = true;
    }
    if (segs.isEmpty() || segs.size() > 2) {
        *badSegment = rest;
        return false;
    }
    const auto m = segRe.match(segs[0]);
    if (!m.hasMatch()) {
        *badSegment = segs[0];
        return false;
    }
    out->set = m.captured(1);
    out->key = m.captured(2);
    if (out->set == whoAmIName) {
        if (segs.size() > 1 || !out->key.isEmpty()) {
            *badSegment = rest;
            return false;
        }
        return true;
    }
    if (!Schema::dataverse().entitySet(out->set)) {
        *badSegment = out->set;
        return false;
    }
    if (out->reference) {
        // Only single-valued navigation properties (lookups) of a record have a `$ref` here.
        if (segs.size() != 2 || out->key.isEmpty() || !Schema::dataverse().navigation(out->set, segs[1])) {
            *badSegment = segs.size() == 2 ? segs[1] : rest;
            return false;
        }
        out->navigation = segs[1];
        return true;
    }
    if (segs.size() == 2) {
        if (out->set != QLatin1String("systemusers") || out->key.isEmpty() || segs[1] != userRolesNav) {
            *badSegment = segs[1];
            return false;
        }
        out->navigation = segs[1];
    }
    return true;
}

SimResponse DataverseRoutes::dispatch(const SimRequest &request)
{
    if (!request.path.startsWith(apiPrefix)) {
        return Errors::dataverse(404, QStringLiteral("0x8006088a"),
                                 QStringLiteral("Resource not found for the segment '%1'.")
                                     .arg(request.path.section(u'/', 1, 1, QString::SectionSkipEmpty)));
    }
    Target target;
    QString bad;
    if (!parseTarget(request.path.mid(apiPrefix.size()), &target, &bad))
        return Errors::dataverse(404, QStringLiteral("0x8006088a"),
                                 QStringLiteral("Resource not found for the segment '%1'.").arg(bad));
    const QByteArray &m = request.method;
    if (target.set == whoAmIName) {
        if (m != "GET")
            return Errors::dataverse(405, QStringLiteral("0x80060888"),
                                     QStringLiteral("The requested resource does not support http method '%1'.")
                                         .arg(QString::fromLatin1(m)));
        return whoAmI();
    }
    if (target.reference) {
        if (m != "DELETE")
            return Errors::dataverse(405, QStringLiteral("0x80060888"),
                                     QStringLiteral("The requested resource does not support http method '%1'.")
                                         .arg(QString::fromLatin1(m)));
        return removeReference(target.set, target.key, target.navigation);
    }
    if (!target.navigation.isEmpty()) {
        if (m != "GET")
            return Errors::dataverse(405, QStringLiteral("0x80060888"),
                                     QStringLiteral("The requested resource does not support http method '%1'.")
                                         .arg(QString::fromLatin1(m)));
        return userRoles(request, target.key);
    }
    if (target.key.isEmpty()) {
        if (m == "GET")
            return readCollection(request, target.set, target.set, m_state.dataverse.value(target.set));
        if (m == "POST")
            return create(request, target.set);
    } else {
        if (m == "GET")
            return readSingle(request, target.set, target.key);
        if (m == "PATCH")
            return update(request, target.set, target.key);
        if (m == "DELETE")
            return remove(target.set, target.key);
    }
    return Errors::dataverse(405, QStringLiteral("0x80060888"),
                             QStringLiteral("The requested resource does not support http method '%1'.")
                                 .arg(QString::fromLatin1(m)));
}

SimResponse DataverseRoutes::whoAmI() const
{
    QJsonObject body = m_state.whoAmI;
    body.insert(QStringLiteral("@odata.context"),
                apiBase() + QStringLiteral("/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse"));
    return ok(200, body);
}

QJsonObject DataverseRoutes::withEtag(const QJsonObject &projected, const QJsonObject &row) const
{
    QJsonObject out = projected;
    const qint64 version = qint64(row.value(QStringLiteral("versionnumber")).toDouble());
    out.insert(QStringLiteral("@odata.etag"), QStringLiteral("W/\"%1\"").arg(version));
    return out;
}

SimResponse DataverseRoutes::readCollection(const SimRequest &request, const QString &set,
                                            const QString &contextSet, const QList<QJsonObject> &source)
{
    ODataQuery query;
    QString error;
    if (!ODataQuery::parse(request.query, ODataQuery::Dialect{}, &query, &error))
        return badRequest(error);
    const TableQuery tq(Schema::dataverse(), m_state.dataverse, contextSet, query);
    if (!tq.validate(&error))
        return badRequest(error);
    const Preferences prefs = Preferences::parse(request.headerValues("Prefer"));

    const QList<QJsonObject> rows = tq.matchingRows(source);
    int offset = 0;
    int page = 1;
    if (!query.skipToken.isEmpty() && !parseSkipToken(query.skipToken, &page, &offset))
        return badRequest(QStringLiteral("The $skiptoken '%1' is not valid.").arg(query.skipToken));
    int pageSize = MaxPageSize;
    int limit = int(rows.size());
    if (prefs.maxPageSize > 0)
        pageSize = qMin(prefs.maxPageSize, MaxPageSize);
    else if (query.top >= 0)
        limit = qMin(limit, query.top);   // $top is ignored when odata.maxpagesize is given
    offset = qMin(offset, limit);
    const int end = qMin(limit, offset + pageSize);

    QJsonArray value;
    for (int i = offset; i < end; ++i)
        value.append(withEtag(tq.project(rows[i]), rows[i]));
    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"),
                apiBase() + QStringLiteral("/$metadata#") + set + tq.contextSelection());
    if (query.count)
        body.insert(QStringLiteral("@odata.count"), qMin(int(rows.size()), 5000));
    body.insert(QStringLiteral("value"), value);
    if (end < limit) {
        const QString key = Schema::dataverse().entitySet(set)->key;
        const QString token = makeSkipToken(page + 1, end, key, rows[offset].value(key).toString(),
                                            rows[end - 1].value(key).toString());
        body.insert(QStringLiteral("@odata.nextLink"),
                    urlWithQueryParam(request.url, QStringLiteral("$skiptoken"), token));
    }
    SimResponse r = ok(200, body);
    if (prefs.maxPageSize > 0)
        r.setHeader("Preference-Applied", "odata.maxpagesize=" + QByteArray::number(pageSize));
    return r;
}

int DataverseRoutes::findRow(const QString &set, const QString &key) const
{
    const EntitySetInfo *info = Schema::dataverse().entitySet(set);
    const QList<QJsonObject> rows = m_state.dataverse.value(set);
    QString column = info->key;
    QString value = key.trimmed();
    static const QRegularExpression alt(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.+)$"));
    if (const auto m = alt.match(value); m.hasMatch()) {
        column = m.captured(1);
        value = stripQuotes(m.captured(2).trimmed());
    }
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].value(column).toVariant().toString().compare(value, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

SimResponse DataverseRoutes::readSingle(const SimRequest &request, const QString &set, const QString &key)
{
    ODataQuery query;
    QString error;
    if (!ODataQuery::parse(request.query, ODataQuery::Dialect{}, &query, &error))
        return badRequest(error);
    const TableQuery tq(Schema::dataverse(), m_state.dataverse, set, query);
    if (!tq.validate(&error))
        return badRequest(error);
    const int i = findRow(set, key);
    if (i < 0)
        return notFound(Schema::dataverse().entitySet(set)->typeName, key);
    const QJsonObject &row = m_state.dataverse[set][i];
    QJsonObject body = withEtag(tq.project(row), row);
    body.insert(QStringLiteral("@odata.context"),
                apiBase() + QStringLiteral("/$metadata#") + set + tq.contextSelection() + QStringLiteral("/$entity"));
    return ok(200, body);
}

SimResponse DataverseRoutes::userRoles(const SimRequest &request, const QString &userKey)
{
    const int u = findRow(QStringLiteral("systemusers"), userKey);
    if (u < 0)
        return notFound(QStringLiteral("systemuser"), userKey);
    const QString userId = m_state.dataverse[QStringLiteral("systemusers")][u]
                               .value(QStringLiteral("systemuserid")).toString();
    QList<QJsonObject> roles;
    for (const QJsonObject &link : m_state.systemUserRoles) {
        if (link.value(QStringLiteral("systemuserid")).toString().compare(userId, Qt::CaseInsensitive) != 0)
            continue;
        const int r = findRow(QStringLiteral("roles"), link.value(QStringLiteral("roleid")).toString());
        if (r >= 0)
            roles.append(m_state.dataverse[QStringLiteral("roles")][r]);
    }
    return readCollection(request, QStringLiteral("roles"), QStringLiteral("roles"), roles);
}

bool DataverseRoutes::applyBody(const QString &set, const QJsonObject &body, QJsonObject *row,
                                QString *error) const
{
    static const QRegularExpression bindRe(QStringLiteral("^(?:.*/)?([A-Za-z_][A-Za-z0-9_]*)\\(([^)]*)\\)$"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString name = it.key();
        if (name.endsWith(QLatin1String("@odata.bind"))) {
            const QString navName = name.chopped(int(qstrlen("@odata.bind")));
            const NavigationInfo *nav = Schema::dataverse().navigation(set, navName);
            const auto m = bindRe.match(it.value().toString());
            if (!nav) {
                *error = QStringLiteral("An undeclared property '%1' which only has property annotations in "
                                        "the payload but no property value was found in the payload.").arg(navName);
                return false;
            }
            if (!m.hasMatch() || m.captured(1) != nav->targetSet) {
                *error = QStringLiteral("The value '%1' of '%2' is not a valid reference to %3.")
                             .arg(it.value().toString(), name, nav->targetSet);
                return false;
            }
            if (findRow(nav->targetSet, m.captured(2)) < 0) {
                *error = QStringLiteral("%1 With Id = %2 Does Not Exist")
                             .arg(Schema::dataverse().entitySet(nav->targetSet)->typeName, m.captured(2));
                return false;
            }
            row->insert(nav->lookupColumn, m.captured(2).toLower());
        } else if (name.startsWith(u'@') || name.contains(u'@')) {
            continue;   // instance annotations
        } else {
            row->insert(name, it.value());
        }
    }
    return true;
}

SimResponse DataverseRoutes::create(const SimRequest &request, const QString &set)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Errors::dataverse(400, QStringLiteral("0x80048d19"),
                                 QStringLiteral("Error identified in Payload provided by the user for Entity :'%1'.")
                                     .arg(Schema::dataverse().entitySet(set)->typeName));
    const EntitySetInfo *info = Schema::dataverse().entitySet(set);
    QJsonObject row;
    QString error;
    if (!applyBody(set, doc.object(), &row, &error))
        return Errors::dataverse(400, QStringLiteral("0x80048d19"), error);
    QString id = row.value(info->key).toString().toLower();
    if (id.isEmpty())
        id = newGuid();
    if (findRow(set, id) >= 0)
        return Errors::dataverse(412, QStringLiteral("0x80040237"),
                                 QStringLiteral("A record with matching key values already exists."));
    row.insert(info->key, id);
    row.insert(QStringLiteral("versionnumber"), double(m_state.bumpVersion()));
    m_state.dataverse[set].append(row);
    const QByteArray entityId = (apiBase() + u'/' + set + u'(' + id + u')').toUtf8();
    if (Preferences::parse(request.headerValues("Prefer")).returnRepresentation) {
        QJsonObject body = withEtag(row, row);
        body.insert(QStringLiteral("@odata.context"), apiBase() + QStringLiteral("/$metadata#") + set + QStringLiteral("/$entity"));
        SimResponse r = ok(201, body);
        r.setHeader("OData-EntityId", entityId);
        r.setHeader("Preference-Applied", "return=representation");
        return r;
    }
    SimResponse r = SimResponse::noContent(204);
    r.setHeader("OData-Version", "4.0");
    r.setHeader("OData-EntityId", entityId);
    return r;
}

SimResponse DataverseRoutes::update(const SimRequest &request, const QString &set, const QString &key)
{
    const EntitySetInfo *info = Schema::dataverse().entitySet(set);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Errors::dataverse(400, QStringLiteral("0x80048d19"),
                                 QStringLiteral("Error identified in Payload provided by the user for Entity :'%1'.")
                                     .arg(info->typeName));
    int i = findRow(set, key);
    if (i < 0 && request.header("If-Match").trimmed() == "*")
        return notFound(info->typeName, key);
    QJsonObject row = i >= 0 ? m_state.dataverse[set][i] : QJsonObject{{info->key, key.toLower()}};
    QString error;
    if (!applyBody(set, doc.object(), &row, &error))
        return Errors::dataverse(400, QStringLiteral("0x80048d19"), error);
    row.insert(info->key, i >= 0 ? m_state.dataverse[set][i].value(info->key) : QJsonValue(key.toLower()));
    row.insert(QStringLiteral("versionnumber"), double(m_state.bumpVersion()));
    if (i >= 0)
        m_state.dataverse[set][i] = row;
    else
        m_state.dataverse[set].append(row);
    if (Preferences::parse(request.headerValues("Prefer")).returnRepresentation) {
        QJsonObject body = withEtag(row, row);
        body.insert(QStringLiteral("@odata.context"), apiBase() + QStringLiteral("/$metadata#") + set + QStringLiteral("/$entity"));
        return ok(200, body);
    }
    SimResponse r = SimResponse::noContent(204);
    r.setHeader("OData-Version", "4.0");
    r.setHeader("OData-EntityId", (apiBase() + u'/' + set + u'(' + row.value(info->key).toString() + u')').toUtf8());
    return r;
}

SimResponse DataverseRoutes::remove(const QString &set, const QString &key)
{
    const int i = findRow(set, key);
    if (i < 0)
        return notFound(Schema::dataverse().entitySet(set)->typeName, key);
    m_state.dataverse[set].removeAt(i);
    SimResponse r = SimResponse::noContent(204);
    r.setHeader("OData-Version", "4.0");
    return r;
}

SimResponse DataverseRoutes::removeReference(const QString &set, const QString &key, const QString &navigation)
{
    const int i = findRow(set, key);
    if (i < 0)
        return notFound(Schema::dataverse().entitySet(set)->typeName, key);
    QJsonObject &row = m_state.dataverse[set][i];
    if (set == QLatin1String("cdm_companies") && navigation == QLatin1String("cdm_defaultowningteam")
        && row.value(QStringLiteral("cdm_isenabledfordualwrite")).toBool()) {
        // The dual-write plug-in refuses to clear the team of a company enabled for dual-write
        // (domain.md §3.1, company-data.md). The behaviour is documented; this wording is ours.
        return Errors::dataverse(400, QStringLiteral("0x80040265"),
                                 QStringLiteral("The default owning team of company %1 can't be cleared while "
                                                "the company is enabled for dual-write.")
                                     .arg(row.value(QStringLiteral("cdm_companycode")).toString()));
    }
    row.insert(Schema::dataverse().navigation(set, navigation)->lookupColumn, QJsonValue::Null);
    row.insert(QStringLiteral("versionnumber"), double(m_state.bumpVersion()));
    SimResponse r = SimResponse::noContent(204);
    r.setHeader("OData-Version", "4.0");
    return r;
}

} // namespace dwh::sim
