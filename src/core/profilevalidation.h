// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace dwh {

struct Profile;

/** One thing wrong with a profile: the field as its JSON path and what is wrong with it. */
struct ProfileProblem
{
    QString field;    // "tenantId", "dataverse.url", "dualWrite.legalEntities[2]", …
    QString message;  // follows the field: "is missing", "\"abc\" is not a GUID", …
};

/**
 * Every rule a usable profile follows, in one place: the profile parser (a file, a bundle's
 * facts, the simulator's profile), the wizard's credentials page (inline, next to each field)
 * and so the CLI apply these and no others. Problems come in the profile file's field order:
 * - tenantId: required; a GUID or a domain such as contoso.onmicrosoft.com;
 * - authority, dataverse.url, financeAndOperations.url, powerPlatform.url,
 *   powerPlatform.adminUrl: the URL policy (serviceUrlProblem: https, plain http only to
 *   loopback, no user info, query or fragment) and a full host name (or a loopback host);
 *   Dataverse and finance and operations are required, the others optional;
 * - auth.clientId: required for clientSecret; a GUID when given;
 * - dataverse.environmentId: required unless powerPlatform.url is set; a GUID when given;
 * - dualWrite.legalEntities[i]: not empty.
 * Empty list: the profile is usable. Pure.
 */
QList<ProfileProblem> validateProfile(const Profile &profile);

/** The first problem of `field` in `problems`; empty when it has none. */
QString problemOf(const QList<ProfileProblem> &problems, const QString &field);

} // namespace dwh
