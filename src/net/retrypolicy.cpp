// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include "collector.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace dwh {

namespace {

// A wait longer than a day is as good as "never"; clamping keeps the arithmetic far from overflow.
constexpr qint64 MAX_WAIT_MS = 24LL * 3600 * 1000;

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    // RFC 9110 §5.6.7: IMF-fixdate, then the obsolete RFC 850 and asctime forms.
    QDateTime parsed =
        c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid()) {
        parsed = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    }
    if (!parsed.isValid()) {
        // RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT": the two-digit year makes Qt pick 19xx,
        // where the weekday would not match, so parse without it.
        const qsizetype comma = text.indexOf(QLatin1String(", "));
        if (comma > 0) {
            parsed = c.toDateTime(text.mid(comma + 2),
                                  QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
            if (parsed.isValid() && parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
        }
    }
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        if (trimmed.size() > 9)
            return MAX_WAIT_MS;
        return std::min(trimmed.toLongLong() * 1000, MAX_WAIT_MS);
    }
    const std::optional<QDateTime> date = parseHttpDate(trimmed);
    if (!date)
        return std::nullopt;
    const qint64 ms = now.msecsTo(*date);
    return std::clamp<qint64>(ms, 0, MAX_WAIT_MS);
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 503;
}

bool mayResend(const QByteArray &verb, int status)
{
    const bool read = verb == "GET" || verb == "HEAD" || verb == "OPTIONS";
    if (read)
        return isRetryableStatus(status) || status == 401;
    return status == 429 || status == 401;
}

RetryDecision decideRetry(int status, std::optional<qint64> retryAfterMs, int retriesSoFar,
                          qint64 waitedMs, const RequestLimits &limits)
{
    RetryDecision decision;
    if (!isRetryableStatus(status))
        return decision;
    const qint64 wait = retryAfterMs ? *retryAfterMs
                                     : qint64(1000) << std::clamp(retriesSoFar, 0, 16);
    if (retriesSoFar >= limits.maxRetries)
        return decision;
    if (waitedMs + wait > limits.maxRetryWaitMs) {
        decision.waitBudgetExceeded = true;
        return decision;
    }
    decision.retry = true;
    decision.waitMs = wait;
    return decision;
}

} // namespace dwh
