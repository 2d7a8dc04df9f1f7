// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace dwh::sim {

namespace {

const std::array<std::pair<Fault::Kind, const char *>, 13> kindNames{{
    {Fault::Kind::Status, "status"},
    {Fault::Kind::Malformed, "malformed"},
    {Fault::Kind::Hang, "hang"},
    {Fault::Kind::Truncated, "truncated"},
    {Fault::Kind::Html, "html"},
    {Fault::Kind::WrongContentType, "wrongContentType"},
    {Fault::Kind::Latency, "latency"},
    {Fault::Kind::HugeBody, "hugeBody"},
    {Fault::Kind::NextLinkElsewhere, "nextLinkElsewhere"},
    {Fault::Kind::NextLinkLoop, "nextLinkLoop"},
    {Fault::Kind::ConnectionClose, "connectionClose"},
    {Fault::Kind::AppliedThenReset, "appliedThenReset"},
    {Fault::Kind::EchoCredential, "echoCredential"},
}};

const QStringList serviceNames{ServiceName::entra, ServiceName::dataverse, ServiceName::financeAndOperations,
                               ServiceName::powerPlatform};

QByteArray hugeBody()
{
    constexpr int target = 48 * 1024 * 1024;
    const QByteArray row = "{\"name\":\"" + QByteArray(1000, 'x') + "\"},";
    QByteArray body;
    body.reserve(target + 2048);
    body += "{\"@odata.context\":\"$metadata#padding\",\"value\":[";
    while (body.size() < target)
        body += row;
    body.chop(1);
    body += "]}";
    return body;
}

SimResponse withNextLink(const SimResponse &normal, const QString &link)
{
    QJsonParseError pe;
    QJsonObject body = QJsonDocument::fromJson(normal.body, &pe).object();
    if (pe.error != QJsonParseError::NoError || !body.contains(QStringLiteral("value")))
        return normal;
    body.insert(QStringLiteral("@odata.nextLink"), link);
    SimResponse r = normal;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

/** A careless service or proxy that repeats the credential it was sent in its error. */
SimResponse echoCredential(const Fault &fault, const SimRequest &request)
{
    if (fault.service == ServiceName::entra) {
        const QString form = QString::fromLatin1(request.body);
        const QString secret =
            QUrlQuery(form).queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        return Errors::entra(fault.status, QStringLiteral("invalid_client"), 7000215,
                             QStringLiteral("Invalid client secret provided: '%1' (form: %2).")
                                 .arg(secret, form));
    }
    const QByteArray authorization = request.header("Authorization");
    const QString token = QString::fromLatin1(authorization.mid(7));
    const QString message =
        QStringLiteral("The token %1 is not valid for this request (Authorization: %2).")
            .arg(token, QString::fromLatin1(authorization));
    SimResponse r;
    if (fault.service == ServiceName::dataverse)
        r = Errors::dataverse(fault.status, QStringLiteral("0x80040220"), message);
    else if (fault.service == ServiceName::financeAndOperations)
        r = Errors::financeAndOperations(fault.status, message, message,
                                         QStringLiteral("System.UnauthorizedAccessException"));
    else
        r = Errors::powerPlatform(fault.status, QStringLiteral("Forbidden"), message);
    r.setHeader("X-Echo-Authorization", authorization);
    r.setHeader("WWW-Authenticate",
                "Bearer error=\"invalid_token\", error_description=\"token " + token.toLatin1() + "\"");
    return r;
}

} // namespace

QString FaultInjector::kindName(Fault::Kind kind)
{
    for (const auto &k : kindNames)
        if (k.first == kind)
            return QString::fromLatin1(k.second);
    return QString();
}

bool FaultInjector::kindFromName(const QString &name, Fault::Kind *out)
{
    for (const auto &k : kindNames) {
        if (name.compare(QLatin1String(k.second), Qt::CaseInsensitive) == 0) {
            *out = k.first;
            return true;
        }
    }
    return false;
}

bool Fault::fromJson(const QJsonObject &o, Fault *out, QString *error)
{
    static const QStringList known{QStringLiteral("service"), QStringLiteral("pathContains"), QStringLiteral("method"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("status"), QStringLiteral("retryAfterSeconds"),
                                   QStringLiteral("times"), QStringLiteral("latencyMs"),
                                   QStringLiteral("message")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("fault: unknown key \"%1\"").arg(it.key());
            return false;
        }
    }
    Fault f;
    f.service = o.value(QStringLiteral("service")).toString();
    if (!serviceNames.contains(f.service)) {
        *error = QStringLiteral("fault: \"service\" must be one of %1, not \"%2\"")
                     .arg(serviceNames.join(QStringLiteral(", ")), f.service);
        return false;
    }
    f.pathContains = o.value(QStringLiteral("pathContains")).toString();
    f.method = o.value(QStringLiteral("method")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("status"));
    if (!FaultInjector::kindFromName(kind, &f.kind)) {
        QStringList names;
        for (const auto &k : kindNames)
            names.append(QString::fromLatin1(k.second));
        *error = QStringLiteral("fault: unknown kind \"%1\" (one of %2)").arg(kind, names.join(QStringLiteral(", ")));
        return false;
    }
    f.status = o.value(QStringLiteral("status")).toInt(503);
    f.retryAfterSeconds = o.value(QStringLiteral("retryAfterSeconds")).toInt(-1);
    f.times = o.value(QStringLiteral("times")).toInt(-1);
    f.latencyMs = o.value(QStringLiteral("latencyMs")).toInt(0);
    f.message = o.value(QStringLiteral("message")).toString();
    if (f.status < 100 || f.status > 599 || f.latencyMs < 0 || f.times == 0 || f.times < -1) {
        *error = QStringLiteral("fault: status must be 100..599, latencyMs >= 0, times -1 or > 0");
        return false;
    }
    *out = f;
    return true;
}

void FaultInjector::add(const Fault &fault)
{
    m_faults.append(fault);
}

void FaultInjector::clear()
{
    m_faults.clear();
}

bool FaultInjector::take(const QString &service, const QString &method, const QString &pathAndQuery,
                         Fault *out)
{
    for (Fault &f : m_faults) {
        if (f.service != service || f.times == 0)
            continue;
        if (!f.method.isEmpty() && f.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!f.pathContains.isEmpty() && !pathAndQuery.contains(f.pathContains)
            && !QUrl::fromPercentEncoding(pathAndQuery.toUtf8()).contains(f.pathContains))
            continue;
        if (f.times > 0)
            --f.times;
        *out = f;
        return true;
    }
    return false;
}

SimResponse FaultInjector::apply(const Fault &fault, const SimResponse &normal, const SimRequest &request)
{
    SimResponse r = normal;
    switch (fault.kind) {
    case Fault::Kind::Status:
        r = Errors::forStatus(fault.service, fault.status);
        if (!fault.message.isEmpty() && fault.service == ServiceName::dataverse) {
            const QJsonObject error = QJsonDocument::fromJson(r.body).object()
                                          .value(QStringLiteral("error")).toObject();
            r = Errors::dataverse(fault.status, error.value(QStringLiteral("code")).toString(),
                                  fault.message);
        }
        break;
    case Fault::Kind::Malformed: {
        QByteArray body = normal.body.isEmpty() ? QByteArray("{\"value\":[{\"name\":") : normal.body;
        body.truncate(qMax(1, int(body.size() / 2)));
        r.status = 200;
        r.body = body;
        if (r.header("Content-Type").isEmpty())
            r.setHeader("Content-Type", ContentType::plainJson);
        break;
    }
    case Fault::Kind::Html:
        r.status = 200;
        r.headers.clear();
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        r.body = "<!DOCTYPE html><html><head><title>Sign in to your account</title></head>"
                 "<body><form method=\"post\" action=\"/common/login\"><input type=\"email\" name=\"loginfmt\">"
                 "</form></body></html>";
        break;
    case Fault::Kind::WrongContentType:
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        break;
    case Fault::Kind::HugeBody:
        r.status = 200;
        r.body = hugeBody();
        r.setHeader("Content-Type", ContentType::dataverse);
        break;
    case Fault::Kind::NextLinkElsewhere: {
        QUrl elsewhere = request.url;
        elsewhere.setScheme(QStringLiteral("https"));
        elsewhere.setHost(QStringLiteral("attacker.example.net"));
        elsewhere.setPort(-1);
        r = withNextLink(normal, elsewhere.toString(QUrl::FullyEncoded));
        break;
    }
    case Fault::Kind::NextLinkLoop:
        r = withNextLink(normal, request.url.toString(QUrl::FullyEncoded));
        break;
    case Fault::Kind::EchoCredential:
        r = echoCredential(fault, request);
        break;
    default:
        break;
    }
    if (fault.retryAfterSeconds >= 0)
        r.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    return r;
}

} // namespace dwh::sim
