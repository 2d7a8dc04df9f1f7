// SPDX-License-Identifier: MIT
#pragma once

#include "simhttp.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace dwh::sim {

/**
 * The answers an evidence bundle's HAR trace recorded, served again by the simulator: every
 * request recorded (same listener, method, path and query) gets the recorded answers in the
 * recorded order (a 429 with Retry-After, then the retry's 200), the last one again once they are
 * used up. The recorded hosts and tenant are written as scenario placeholders ({dataverseUrl},
 * {tenantId}, …) when the trace is read and replaced by the simulator's own when it listens, so
 * an `@odata.nextLink` chain leads back to it.
 *
 * Untrusted input: an entry that is not a well-formed HAR entry (method, http(s) URL, status 0
 * or 100–599, headers as name/value strings, text or valid base64 content) is skipped and
 * counted; a body is served as recorded whatever it holds (a cut-off JSON stays cut off).
 */
class RecordedTrace final
{
public:
    struct Answer
    {
        int status = 0;        // 0: the recorded exchange got no answer (connection lost, timeout)
        HeaderPairs headers;   // without Content-Length, Transfer-Encoding, Connection
        QByteArray body;
    };
    enum class Outcome {
        Route,    // not recorded (or its entity set was written since): the routes answer
        Answer,   // the recorded answer
        NoAnswer  // recorded without an answer: the connection is closed
    };

    /** Reads `har` ({"log": {"entries": […]}}); `profile` is the recorded run's (facts.json). */
    static RecordedTrace fromHar(const QJsonObject &har, const QJsonObject &profile);

    /** The listener a HAR `_service` is served on ("powerPlatformAdmin" → "powerPlatform"). */
    static QString listenerOf(const QString &harService);

    int entryCount() const { return m_entryCount; }
    int skippedCount() const { return m_skipped; }
    /** The usable entries' request URLs, bodies and statuses, placeholders not yet replaced. */
    struct Exchange
    {
        QString listener;
        QString method;
        QString pathAndQuery;  // encoded, placeholders in it
        Answer answer;
    };
    const QList<Exchange> &exchanges() const { return m_exchanges; }

    /** Replaces the placeholders by the listening URLs, tenant and client (once started). */
    void materialize(const QHash<QString, QString> &placeholders);

    /** What to do with `request`; `out` set for Outcome::Answer (consumes one recorded answer). */
    Outcome take(const SimRequest &request, SimResponse *out);
    /** A write (POST/PATCH/PUT/DELETE) on the request's entity set: its reads go to the routes. */
    void noteWrite(const SimRequest &request);

    /** The entity set a Dataverse or F&O path addresses ("teams" of …/teams(…)/…), or empty. */
    static QString entitySetOf(const QString &listener, const QString &decodedPath);

private:
    struct Queue
    {
        QList<Answer> answers;
        int next = 0;
    };
    static QString key(const QString &listener, const QString &method, const QString &pathAndQuery);

    QList<Exchange> m_exchanges;          // as recorded, with placeholders
    QHash<QString, Queue> m_queues;       // key → answers (materialized)
    QSet<QString> m_written;              // "listener set" written since the start
    int m_entryCount = 0;
    int m_skipped = 0;
};

} // namespace dwh::sim
