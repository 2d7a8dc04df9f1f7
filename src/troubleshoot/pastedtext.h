// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace dwh {

/** One line of what was pasted, decoded, with where it came from. */
struct PastedLine
{
    QString text;   // decoded: JSON escapes (\" \\ \/ \uXXXX, and \n inside escaped text) resolved
    QString where;  // "line 12", "HAR entry 3 (POST /api/…), response 403: error.message", "error.message"
};

/** What was pasted: a plain log, a HAR file (browser network trace) or a JSON error body. */
struct PastedText
{
    enum class Kind { Text, Har, Json };
    Kind kind = Kind::Text;
    QList<PastedLine> lines;

    /** The decoded lines joined by line breaks (what the version parser reads). */
    QString joined() const;
};

/**
 * Splits pasted input into decoded lines. A HAR document (`{"log":{"entries":[…]}}`) yields the
 * response bodies of its entries (base64 bodies decoded; JSON bodies walked string by string,
 * JSON nested inside strings too), and the status line of a failed exchange that has no body;
 * request headers, cookies and query strings are never read, and values of token or secret keys
 * are skipped. Any other JSON document is walked the same way. Plain text is split into lines,
 * and JSON-escaped text inside a line (`\"message\":\"…\"`) is unescaped. Pure: no I/O.
 */
PastedText readPastedText(const QString &raw);

} // namespace dwh
