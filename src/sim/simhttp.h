// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace dwh::sim {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

/** A request as the routes see it (copied out of QHttpServerRequest). */
struct SimRequest
{
    QString service;
    QByteArray method;     // "GET", "POST", ...
    QUrl url;              // as received, with the Host the client used
    QString path;          // decoded path, e.g. "/api/data/v9.2/teams"
    QUrlQuery query;
    HeaderPairs headers;
    QByteArray body;

    /** The first value of a header (case-insensitive name), or empty. */
    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
    /** Encoded path and query as sent, e.g. "/api/data/v9.2/teams?$select=name". */
    QString pathAndQuery() const;
};

/** A complete response; the simulator writes it (maybe later, maybe damaged by a fault). */
struct SimResponse
{
    int status = 200;
    HeaderPairs headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(int status, const QJsonObject &body, const QByteArray &contentType);
    static SimResponse noContent(int status = 204);
};

/** Content types of the real services. */
namespace ContentType {
inline constexpr char dataverse[] = "application/json; odata.metadata=minimal";
inline constexpr char financeAndOperations[] =
    "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
inline constexpr char plainJson[] = "application/json; charset=utf-8";
} // namespace ContentType

/** Service names as used in Fault::service and the statistics. */
namespace ServiceName {
inline const QString entra = QStringLiteral("entra");
inline const QString dataverse = QStringLiteral("dataverse");
inline const QString financeAndOperations = QStringLiteral("financeAndOperations");
inline const QString powerPlatform = QStringLiteral("powerPlatform");
} // namespace ServiceName

/** Error responses in each service's real format. */
namespace Errors {
SimResponse dataverse(int status, const QString &code, const QString &message);
SimResponse financeAndOperations(int status, const QString &message, const QString &innerMessage,
                                 const QString &innerType);
SimResponse powerPlatform(int status, const QString &code, const QString &message);
SimResponse entra(int status, const QString &error, int aadstsCode, const QString &description);
/** The generic error a service answers with `status` (for Status faults). */
SimResponse forStatus(const QString &service, int status);
/** The Dataverse service-protection 429 bodies (domain.md §6.1). */
SimResponse dataverseConcurrencyLimit(int limit, int retryAfterSeconds);
SimResponse dataverseRequestLimit(int budget, int retryAfterSeconds);
} // namespace Errors

/**
 * `url` (fully encoded) with query parameter `name` set to `value`: an existing parameter of that
 * name (encoded or not) is removed, the new one appended percent-encoded. Other parameters keep
 * their exact bytes. `value` empty and `remove` true: the parameter is only removed.
 */
QString urlWithQueryParam(const QUrl &url, const QString &name, const QString &value, bool remove = false);

/** A new random GUID in lowercase without braces. */
QString newGuid();

} // namespace dwh::sim
