// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "httpheaders.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace dwh {

/**
 * Readable messages for everything that can go wrong on the wire. Pure functions; every message
 * names the service (serviceDisplayName) and the fault, and never contains a token or a secret.
 */

/**
 * The fault an error body describes, without the service or status: "0x80072322: Number of
 * requests exceeded …", "AADSTS7000215: Invalid client secret provided. …". Understands the
 * Dataverse, F&O, Power Platform and Entra error shapes; empty when the body says nothing usable.
 */
QString errorBodyFault(Service service, const QByteArray &body);

/**
 * The message for a non-success HTTP answer, e.g. "Dataverse answered 403 Forbidden:
 * 0x80040220: Principal user is missing prvReadSolution privilege.", "Dataverse refused the
 * access token (401): …", "Microsoft Entra ID refused the sign-in: AADSTS7000215: … (HTTP 401,
 * invalid_client)", "Dataverse returned an HTML page instead of JSON (status 502)".
 */
QString httpErrorMessage(Service service, int status, const HttpHeaders &headers,
                         const QByteArray &body);

/** True when `body` is an HTML page (a sign-in or error page from a proxy), not JSON. */
bool isHtmlBody(const QByteArray &body);

/** A redirect the client does not follow: names the host of the Location header. */
QString redirectMessage(Service service, int status, const QByteArray &location);

/** A transport failure (no HTTP answer): connection refused, host not found, TLS, … */
QString networkErrorMessage(Service service, QNetworkReply::NetworkError error,
                            const QString &hostAndPort, const QString &detail);

/** The connection closed before the whole answer came: "Dataverse (host:port) closed the
 *  connection before the answer was complete (got 120 of 240 bytes)"; `expected` < 0 if unknown. */
QString incompleteAnswerMessage(Service service, const QString &hostAndPort, qint64 received,
                                qint64 expected);

/** A 2xx answer whose Content-Type is not JSON: "Dataverse: malformed answer: an HTML page
 *  instead of JSON (status 200)", or "…: labelled text/plain instead of JSON …" for another body. */
QString contentTypeMessage(Service service, int status, const QByteArray &contentType,
                           const QByteArray &body);

/** "Dataverse did not answer: timed out after 30 s". */
QString timeoutMessage(Service service, int timeoutMs);

/** The answer grew past the size the client accepts. */
QString tooLargeMessage(Service service, qint64 maxBytes);

/**
 * Retries spent on 429/503: "Dataverse throttled the request (429, Retry-After 30 s) 4 times;
 * gave up". `retryAfter` is the raw header of the last answer (empty when absent).
 */
QString gaveUpMessage(Service service, int status, const QByteArray &retryAfter, int answers,
                      bool waitBudgetExceeded, const QString &lastFault);

/** The text a request that was cancelled fails with. */
QString cancelledMessage();

/** A URL the client refuses to use, with the reason from serviceUrlProblem(). */
QString refusedUrlMessage(Service service, const QString &url, const QString &problem);

} // namespace dwh
