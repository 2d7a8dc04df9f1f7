// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace dwh {

struct RequestLimits;

/**
 * The wait a `Retry-After` header asks for, in milliseconds: delta-seconds ("30") or an HTTP-date
 * (IMF-fixdate, RFC 850 or asctime) relative to `now` (a date in the past means 0). Nothing for an
 * absent or unreadable value.
 */
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/** Whether a request that got `status` should be tried again, and after how long. */
struct RetryDecision
{
    bool retry = false;
    qint64 waitMs = 0;           // the wait before the next attempt, when retry is true
    bool waitBudgetExceeded = false;  // gave up because the wait would pass maxRetryWaitMs
};

/** True for the statuses the client retries: 429 Too Many Requests and 503 Service Unavailable. */
bool isRetryableStatus(int status);

/**
 * Whether a request sent with `verb` that got the HTTP answer `status` may be sent again. A read
 * may be retried on any retryable status. A write (anything but GET/HEAD/OPTIONS) only when the
 * answer says the service did not process it: 429 (service protection: the request is refused,
 * not run) and 401 (not authenticated). Never after a 503 or any other 5xx, which a gateway may
 * send after the service applied the write, and never without an answer (timeout, reset).
 */
bool mayResend(const QByteArray &verb, int status);

/**
 * Decides the next step after a retryable answer. `retryAfterMs` is the parsed Retry-After (honoured
 * exactly); without one the wait doubles from 1 s (1, 2, 4 … s). `retriesSoFar` and `waitedMs`
 * count what this request already spent; past `limits.maxRetries` or `limits.maxRetryWaitMs` it
 * gives up.
 */
RetryDecision decideRetry(int status, std::optional<qint64> retryAfterMs, int retriesSoFar,
                          qint64 waitedMs, const RequestLimits &limits);

} // namespace dwh
