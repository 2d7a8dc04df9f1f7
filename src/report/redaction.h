// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace dwh {

struct Report;

/** What a redacted value reads as. */
inline constexpr const char RedactedText[] = "[redacted]";

/// A copy of `report` fit to share outside the customer: in the profile URLs, messages, step notes,
/// details, evidence and fix texts,
/// - URLs keep their scheme and the public service suffix only (`https://***.crm4.dynamics.com`);
///   public documentation and sign-in hosts (learn.microsoft.com, …) stay as they are,
/// - e-mail addresses read `[redacted]`,
/// - user names and user ids (`details` keys such as userId, systemUserId, fullName, displayName)
///   read `[redacted]`, and so does every other occurrence of the same value,
/// - each of `knownValues` (the profile's tenant id, environment id, client id: the report does
///   not hold them, but server messages may) reads `[redacted]`.
/// Check ids, codes, titles, statuses and documentation links are kept.
Report redactReport(const Report &report, const QStringList &knownValues = {});

/// One URL as redactReport() writes it: `https://***.crm4.dynamics.com`.
QString redactUrl(const QString &url);

} // namespace dwh
