// SPDX-License-Identifier: MIT
#include "fnoroutes.h"

#include "tablequery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dwh::sim {

namespace {

const QString dataPrefix = QStringLiteral("/data/");

SimResponse queryError(const QString &detail)
{
    return Errors::financeAndOperations(400, QStringLiteral("An error has occurred."),
                                        QStringLiteral("The query specified in the URI is not valid. ") + detail,
                                        QStringLiteral("Microsoft.OData.ODataException"));
}

} // namespace

FnoRoutes::FnoRoutes(SimState &state) : m_state(state) {}

QString FnoRoutes::dataBase() const
{
    return m_state.foUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/data");
}

SimResponse FnoRoutes::ok(int status, const QJsonObject &body) const
{
    SimResponse r = SimResponse::json(status, body, ContentType::financeAndOperations);
    r.setHeader("OData-Version", "4.0");
    return r;
}

SimResponse FnoRoutes::noRoute(const SimRequest &request) const
{
    return Errors::financeAndOperations(
        404, QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                 .arg(request.url.toString(QUrl::FullyEncoded)),
        QStringLiteral("No routing convention was found to select an action for the OData path with template "
                       "'~/entityset'."),
        QString());
}

SimResponse FnoRoutes::handle(const SimRequest &request)
{
    switch (m_state.tokens.check(request.header("Authorization"), m_state.foUrl.toString())) {
    case TokenStore::Check::Ok:
        break;
    default: {
        SimResponse r = Errors::financeAndOperations(401, QStringLiteral("Authorization has been denied for this request."),
                                                     QString(), QString());
        r.setHeader("WWW-Authenticate",
                    QStringLiteral("Bearer authorization_uri=\"https://login.microsoftonline.com/%1/oauth2/authorize\"")
                        .arg(m_state.tenantId).toUtf8());
        return r;
    }
    }
    if (!request.path.startsWith(dataPrefix))
        return noRoute(request);
    static const QRegularExpression segRe(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(?:\\((.*)\\))?$"));
    const auto m = segRe.match(request.path.mid(dataPrefix.size()));
    if (!m.hasMatch() || !Schema::financeAndOperations().entitySet(m.captured(1)))
        return noRoute(request);
    const QString set = m.captured(1);
    const QString key = m.captured(2);
    const QByteArray &method = request.method;
    if (key.isEmpty() && method == "GET")
        return readCollection(request, set);
    if (key.isEmpty() && method == "POST")
        return create(request, set);
    if (!key.isEmpty() && method == "GET")
        return readSingle(request, set, key);
    if (!key.isEmpty() && method == "DELETE")
        return remove(set, key);
    return Errors::financeAndOperations(405, QStringLiteral("The requested resource does not support http method '%1'.")
                                                 .arg(QString::fromLatin1(method)),
                                        QString(), QString());
}

QJsonObject FnoRoutes::withEtag(const QJsonObject &projected, const QJsonObject &row, const QString &set) const
{
    // F&O etags are base64 of "1,<RecId>"; derive a stable RecId from the key.
    const QString key = row.value(Schema::financeAndOperations().entitySet(set)->key).toString();
    const qint64 recId = 5637144576LL + qint64(qHash(key.toLower()) % 1000000u);
    QJsonObject out = projected;
    out.insert(QStringLiteral("@odata.etag"),
               QStringLiteral("W/\"%1\"").arg(QString::fromLatin1(QByteArray("1," + QByteArray::number(recId)).toBase64())));
    return out;
}

SimResponse FnoRoutes::readCollection(const SimRequest &request, const QString &set)
{
    ODataQuery query;
    QString error;
    ODataQuery::Dialect dialect;
    dialect.allowSkip = true;
    dialect.allowExpand = false;
    dialect.wildcardEquals = true;
    if (!ODataQuery::parse(request.query, dialect, &query, &error))
        return queryError(error);
    const TableQuery tq(Schema::financeAndOperations(), m_state.financeAndOperations, set, query);
    if (!tq.validate(&error))
        return queryError(error);
    const Preferences prefs = Preferences::parse(request.headerValues("Prefer"));
    const int pageSize = prefs.maxPageSize > 0 ? qMin(prefs.maxPageSize, MaxPageSize) : MaxPageSize;

    const QList<QJsonObject> rows = tq.matchingRows();
    const int total = int(rows.size());
    const int start = qMin(query.skip, total);
    const int limit = query.top >= 0 ? qMin(total, start + query.top) : total;
    const int end = qMin(limit, start + pageSize);

    QJsonArray value;
    for (int i = start; i < end; ++i)
        value.append(withEtag(tq.project(rows[i]), rows[i], set));
    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"), dataBase() + QStringLiteral("/$metadata#") + set + tq.contextSelection());
    if (query.count)
        body.insert(QStringLiteral("@odata.count"), total);
    body.insert(QStringLiteral("value"), value);
    if (end < limit) {
        QString link = urlWithQueryParam(request.url, QStringLiteral("$skip"), QString::number(end));
        if (query.top >= 0)
            link = urlWithQueryParam(QUrl(link, QUrl::StrictMode), QStringLiteral("$top"), QString::number(limit - end));
        body.insert(QStringLiteral("@odata.nextLink"), link);
    }
    SimResponse r = ok(200, body);
    if (prefs.maxPageSize > 0)
        r.setHeader("Preference-Applied", "odata.maxpagesize=" + QByteArray::number(pageSize));
    return r;
}

int FnoRoutes::findRow(const QString &set, const QString &keyText) const
{
    const EntitySetInfo *info = Schema::financeAndOperations().entitySet(set);
    QString wanted;
    static const QRegularExpression partRe(QStringLiteral("^\\s*(?:([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*)?'((?:[^']|'')*)'\\s*$"));
    for (const QString &part : keyText.split(u',')) {
        const auto m = partRe.match(part);
        if (!m.hasMatch())
            return -1;
        if (m.captured(1).isEmpty() || m.captured(1) == info->key)
            wanted = m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
        else if (m.captured(1) != QLatin1String("dataAreaId"))
            return -1;
    }
    const QList<QJsonObject> rows = m_state.financeAndOperations.value(set);
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].value(info->key).toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

SimResponse FnoRoutes::readSingle(const SimRequest &request, const QString &set, const QString &key)
{
    ODataQuery query;
    QString error;
    ODataQuery::Dialect dialect;
    dialect.allowExpand = false;
    if (!ODataQuery::parse(request.query, dialect, &query, &error))
        return queryError(error);
    const TableQuery tq(Schema::financeAndOperations(), m_state.financeAndOperations, set, query);
    if (!tq.validate(&error))
        return queryError(error);
    const int i = findRow(set, key);
    if (i < 0)
        return Errors::financeAndOperations(404, QStringLiteral("Resource not found for the segment '%1(%2)'.").arg(set, key),
                                            QString(), QString());
    const QJsonObject &row = m_state.financeAndOperations[set][i];
    QJsonObject body = withEtag(tq.project(row), row, set);
    body.insert(QStringLiteral("@odata.context"),
                dataBase() + QStringLiteral("/$metadata#") + set + tq.contextSelection() + QStringLiteral("/$entity"));
    return ok(200, body);
}

SimResponse FnoRoutes::create(const SimRequest &request, const QString &set)
{
    const EntitySetInfo *info = Schema::financeAndOperations().entitySet(set);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Errors::financeAndOperations(400, QStringLiteral("An error has occurred."),
                                            QStringLiteral("The request body is not a valid JSON entity: %1.").arg(pe.errorString()),
                                            QStringLiteral("Microsoft.OData.ODataException"));
    QJsonObject row;
    const QJsonObject in = doc.object();
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!it.key().startsWith(u'@'))
            row.insert(it.key(), it.value());
    const QString key = row.value(info->key).toString();
    if (key.isEmpty())
        return Errors::financeAndOperations(400, QStringLiteral("An error has occurred."),
                                            QStringLiteral("The key field '%1' must have a value.").arg(info->key),
                                            QStringLiteral("Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataWriteException"));
    if (findRow(set, u'\'' + QString(key).replace(u'\'', QStringLiteral("''")) + u'\'') >= 0)
        return Errors::financeAndOperations(400, QStringLiteral("An error has occurred."),
                                            QStringLiteral("Write failed for table row of type '%1'. Infolog: Cannot create a record in %1. "
                                                           "The record already exists.").arg(info->typeName),
                                            QStringLiteral("Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataWriteException"));
    m_state.financeAndOperations[set].append(row);
    QJsonObject body = withEtag(row, row, set);
    body.insert(QStringLiteral("@odata.context"), dataBase() + QStringLiteral("/$metadata#") + set + QStringLiteral("/$entity"));
    SimResponse r = ok(201, body);
    r.setHeader("Location", (dataBase() + u'/' + set + QStringLiteral("(") + info->key + QStringLiteral("='")
                             + QString::fromLatin1(QUrl::toPercentEncoding(key)) + QStringLiteral("')")).toUtf8());
    return r;
}

SimResponse FnoRoutes::remove(const QString &set, const QString &key)
{
    const int i = findRow(set, key);
    if (i < 0)
        return Errors::financeAndOperations(404, QStringLiteral("Resource not found for the segment '%1(%2)'.").arg(set, key),
                                            QString(), QString());
    m_state.financeAndOperations[set].removeAt(i);
    SimResponse r = SimResponse::noContent(204);
    r.setHeader("OData-Version", "4.0");
    return r;
}

} // namespace dwh::sim
