// SPDX-License-Identifier: MIT
// The answers of a recorded HAR trace, keyed by request, served again in the recorded order.
#include "recordedtrace.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace dwh::sim {

namespace {

const QString apiPrefix = QStringLiteral("/api/data/v9.2/");
const QString dataPrefix = QStringLiteral("/data/");

/** Headers the simulator's HTTP layer writes itself (the body is served decoded, whole). */
bool hopByHop(const QByteArray &name)
{
    static const QList<QByteArray> names{"content-length", "transfer-encoding", "connection",
                                         "content-encoding", "keep-alive"};
    return names.contains(name.toLower());
}

/** `text` with every occurrence of each `from` (case-insensitive) replaced by its placeholder. */
QString placeholderised(QString text, const QList<QPair<QString, QString>> &replacements)
{
    for (const auto &[from, to] : replacements) {
        if (!from.isEmpty())
            text.replace(from, to, Qt::CaseInsensitive);
    }
    return text;
}

QString substituted(QString text, const QHash<QString, QString> &placeholders)
{
    if (!text.contains(u'{'))
        return text;
    for (auto it = placeholders.begin(); it != placeholders.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

QString originOf(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
               ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                              | QUrl::RemoveUserInfo)
                     .toString(QUrl::StripTrailingSlash)
               : QString();
}

QString placeholderOf(const QString &listener)
{
    if (listener == ServiceName::entra) return QStringLiteral("{authorityUrl}");
    if (listener == ServiceName::dataverse) return QStringLiteral("{dataverseUrl}");
    if (listener == ServiceName::financeAndOperations) return QStringLiteral("{foUrl}");
    return QStringLiteral("{powerPlatformUrl}");
}

QString encodedPathAndQuery(const QUrl &url)
{
    QString s = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        s += u'?' + url.query(QUrl::FullyEncoded);
    return s;
}

/** A usable recorded exchange from one HAR entry; false when the entry is not well formed. */
bool readEntry(const QJsonValue &value, QString *listener, QString *method, QUrl *url,
               RecordedTrace::Answer *answer)
{
    if (!value.isObject())
        return false;
    const QJsonObject entry = value.toObject();
    const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
    const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
    const QJsonValue service = entry.value(QStringLiteral("_service"));
    const QJsonValue methodValue = request.value(QStringLiteral("method"));
    const QJsonValue status = response.value(QStringLiteral("status"));
    if (!service.isString() || !methodValue.isString() || !status.isDouble())
        return false;
    *listener = RecordedTrace::listenerOf(service.toString());
    if (listener->isEmpty())
        return false;
    *method = methodValue.toString().toUpper();
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"),
                                     QStringLiteral("PATCH"), QStringLiteral("PUT"),
                                     QStringLiteral("DELETE"), QStringLiteral("HEAD")};
    if (!methods.contains(*method))
        return false;
    *url = QUrl(request.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    if (!url->isValid() || (url->scheme() != QLatin1String("https") && url->scheme() != QLatin1String("http")))
        return false;
    const double code = status.toDouble();
    if (code != 0 && (code < 100 || code > 599 || code != double(int(code))))
        return false;
    answer->status = int(code);
    answer->headers.clear();
    for (const QJsonValue &h : response.value(QStringLiteral("headers")).toArray()) {
        const QJsonValue name = h.toObject().value(QStringLiteral("name"));
        const QJsonValue text = h.toObject().value(QStringLiteral("value"));
        if (!name.isString() || !text.isString() || name.toString().isEmpty())
            return false;
        const QByteArray n = name.toString().toLatin1();
        if (n.contains('\n') || n.contains('\r') || n.contains(':') || text.toString().contains(u'\n')
            || text.toString().contains(u'\r'))
            return false;  // no header injection from a crafted trace
        if (!hopByHop(n))
            answer->headers.append({n, text.toString().toLatin1()});
    }
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    const QJsonValue text = content.value(QStringLiteral("text"));
    if (!text.isUndefined() && !text.isString())
        return false;
    if (content.value(QStringLiteral("encoding")).toString() == QLatin1String("base64")) {
        const auto decoded = QByteArray::fromBase64Encoding(text.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        answer->body = *decoded;
    } else {
        answer->body = text.toString().toUtf8();
    }
    return true;
}

} // namespace

QString RecordedTrace::listenerOf(const QString &harService)
{
    if (harService == ServiceName::entra || harService == ServiceName::dataverse
        || harService == ServiceName::financeAndOperations || harService == ServiceName::powerPlatform)
        return harService;
    if (harService == QLatin1String("powerPlatformAdmin"))
        return ServiceName::powerPlatform;
    return QString();
}

QString RecordedTrace::entitySetOf(const QString &listener, const QString &decodedPath)
{
    QString rest;
    if (listener == ServiceName::dataverse && decodedPath.startsWith(apiPrefix))
        rest = decodedPath.mid(apiPrefix.size());
    else if (listener == ServiceName::financeAndOperations && decodedPath.startsWith(dataPrefix))
        rest = decodedPath.mid(dataPrefix.size());
    else if (listener == ServiceName::powerPlatform && decodedPath.startsWith(QLatin1String("/connectivity/"))
             && decodedPath.contains(QLatin1String("/connections")))
        return QStringLiteral("connections");
    else
        return QString();
    qsizetype end = rest.size();
    for (const QChar c : {QChar(u'('), QChar(u'/')}) {
        const qsizetype i = rest.indexOf(c);
        if (i >= 0)
            end = std::min(end, i);
    }
    return rest.left(end);
}

QString RecordedTrace::key(const QString &listener, const QString &method, const QString &pathAndQuery)
{
    return listener + u' ' + method + u' ' + pathAndQuery;
}

RecordedTrace RecordedTrace::fromHar(const QJsonObject &har, const QJsonObject &profile)
{
    RecordedTrace trace;
    const QJsonArray entries = har.value(QStringLiteral("log")).toObject()
                                   .value(QStringLiteral("entries")).toArray();
    trace.m_entryCount = int(entries.size());

    struct Raw
    {
        QString listener;
        QString method;
        QUrl url;
        Answer answer;
    };
    QList<Raw> raws;
    QHash<QString, QString> originToListener;  // recorded origin → listener
    for (const QJsonValue &value : entries) {
        Raw raw;
        if (!readEntry(value, &raw.listener, &raw.method, &raw.url, &raw.answer)) {
            ++trace.m_skipped;
            continue;
        }
        originToListener.insert(originOf(raw.url).toLower(), raw.listener);
        raws.append(raw);
    }
    // The profile's URLs too: a body may name a host no request of the trace went to.
    const auto profileUrl = [&profile](const QString &section, const QString &key) {
        return QUrl(profile.value(section).toObject().value(key).toString());
    };
    const QList<QPair<QUrl, QString>> profileOrigins{
        {QUrl(profile.value(QStringLiteral("authority")).toString()), ServiceName::entra},
        {profileUrl(QStringLiteral("dataverse"), QStringLiteral("url")), ServiceName::dataverse},
        {profileUrl(QStringLiteral("financeAndOperations"), QStringLiteral("url")),
         ServiceName::financeAndOperations},
        {profileUrl(QStringLiteral("powerPlatform"), QStringLiteral("url")), ServiceName::powerPlatform},
        {profileUrl(QStringLiteral("powerPlatform"), QStringLiteral("adminUrl")), ServiceName::powerPlatform}};
    for (const auto &[url, listener] : profileOrigins) {
        const QString origin = originOf(url).toLower();
        if (!origin.isEmpty() && !originToListener.contains(origin))
            originToListener.insert(origin, listener);
    }
    QList<QPair<QString, QString>> replacements;
    for (auto it = originToListener.begin(); it != originToListener.end(); ++it)
        replacements.append({it.key(), placeholderOf(it.value())});
    // Longest first, so "http://h:4001" never eats into "http://h:40012".
    std::sort(replacements.begin(), replacements.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    const QString tenant = profile.value(QStringLiteral("tenantId")).toString();
    if (!tenant.isEmpty())
        replacements.append({tenant, QStringLiteral("{tenantId}")});

    for (const Raw &raw : raws) {
        Exchange e;
        e.listener = raw.listener;
        e.method = raw.method;
        e.pathAndQuery = placeholderised(encodedPathAndQuery(raw.url), replacements);
        e.answer = raw.answer;
        e.answer.body = placeholderised(QString::fromUtf8(raw.answer.body), replacements).toUtf8();
        // A body that is not UTF-8 is served as recorded, byte for byte.
        if (QString::fromUtf8(raw.answer.body).toUtf8() != raw.answer.body)
            e.answer.body = raw.answer.body;
        for (auto &header : e.answer.headers)
            header.second = placeholderised(QString::fromLatin1(header.second), replacements).toLatin1();
        trace.m_exchanges.append(e);
    }
    return trace;
}

void RecordedTrace::materialize(const QHash<QString, QString> &placeholders)
{
    m_queues.clear();
    m_written.clear();
    for (const Exchange &e : std::as_const(m_exchanges)) {
        Answer answer = e.answer;
        if (QString::fromUtf8(answer.body).toUtf8() == answer.body)
            answer.body = substituted(QString::fromUtf8(answer.body), placeholders).toUtf8();
        for (auto &header : answer.headers)
            header.second = substituted(QString::fromLatin1(header.second), placeholders).toLatin1();
        const QUrl url(substituted(e.pathAndQuery, placeholders));
        m_queues[key(e.listener, e.method, encodedPathAndQuery(url))].answers.append(answer);
    }
}

RecordedTrace::Outcome RecordedTrace::take(const SimRequest &request, SimResponse *out)
{
    const QString method = QString::fromLatin1(request.method).toUpper();
    const QString set = entitySetOf(request.service, request.path);
    if (!set.isEmpty() && m_written.contains(request.service + u' ' + set))
        return Outcome::Route;  // changed since it was recorded: the routes answer from the rows
    const QUrl url(request.pathAndQuery());
    auto it = m_queues.find(key(request.service, method, encodedPathAndQuery(url)));
    if (it == m_queues.end() || it->answers.isEmpty())
        return Outcome::Route;
    const Answer &answer = it->answers.at(std::min(it->next, int(it->answers.size()) - 1));
    it->next = std::min(it->next + 1, int(it->answers.size()));
    // A token the sign-in got is not in the trace ([redacted]): the routes issue a real one.
    if (request.service == ServiceName::entra && answer.status >= 200 && answer.status < 300)
        return Outcome::Route;
    if (answer.status == 0)
        return Outcome::NoAnswer;
    out->status = answer.status;
    out->headers = answer.headers;
    out->body = answer.body;
    return Outcome::Answer;
}

void RecordedTrace::noteWrite(const SimRequest &request)
{
    const QString set = entitySetOf(request.service, request.path);
    if (!set.isEmpty())
        m_written.insert(request.service + u' ' + set);
}

} // namespace dwh::sim
