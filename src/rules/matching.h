// SPDX-License-Identifier: MIT
#pragma once

#include "linkcontext.h"
#include "snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dwh {

/*
 * The matching rules of contract.md ("Matching rules"), as pure helpers. Every check compares
 * records through these functions, never with ad-hoc string compares.
 */

/** A Dataverse record id as a comparison key: trimmed, lower case, without braces
 *  ("{ABC-…}" = "abc-…"). */
QString recordIdKey(const QString &id);

/** A legal-entity/company code as a comparison key: trimmed and case-folded ("usmf" = "USMF"). */
QString codeKey(const QString &code);
bool sameCode(const QString &a, const QString &b);

/**
 * An environment URL as a comparison key: "scheme://host:port", lower case, the default port
 * made explicit; path, query, fragment and a trailing "/" ignored. A value without a scheme is
 * read as https. Empty when the value is not a usable URL (no host).
 */
QString environmentKey(const QString &url);
/** Same scheme, host and port (case-insensitive, trailing "/" and path ignored). An unusable
 *  URL equals nothing, not even itself. */
bool sameEnvironmentUrl(const QString &a, const QString &b);
bool sameEnvironmentUrl(const QUrl &a, const QUrl &b);

/** Result of comparing two dotted version numbers. */
enum class VersionOrder { Less, Equal, Greater, Invalid };

/** "2.0.133.0" → {2,0,133,0}; nothing for "", "2..1", "2.0.x", "-1" or a segment over 2^63. */
std::optional<QList<qint64>> parseVersion(const QString &text);
/**
 * Segment by segment, numerically; missing segments count as 0 ("2.0.133.0" == "2.0.133",
 * "2.0.2.10" < "2.0.133"). `Invalid` when either side does not parse: never treat that as a pass.
 */
VersionOrder compareVersions(const QString &a, const QString &b);

/** True when the F&O URL's host is under `cloudax.dynamics.com`: a customer-managed cloud-hosted
 *  environment (deployed from Lifecycle Services into the customer's Azure subscription; see
 *  docs/checks.md for the sources). */
bool isCloudHostedFoUrl(const QUrl &foUrl);

/** The role template id of Dataverse's System Administrator role (the same in every org). */
QString systemAdministratorRoleTemplateId();
/** A dv.userRoles row is System Administrator: `_roletemplateid_value` is the template id
 *  (case-insensitive), or, when the row carries no template id, its name is "System Administrator". */
bool isSystemAdministratorRole(const QJsonObject &roleRow);

/**
 * Dataverse table names: a logical name matches its entity set name ("account" ~ "accounts",
 * "currency" ~ "currencies", "msdyn_address" ~ "msdyn_addresses"); otherwise equal
 * case-insensitively after trimming.
 */
bool sameTableName(const QString &a, const QString &b);

/** The forms sameTableName() accepts for `name`: the trimmed lower-case name first, then the
 *  entity set names derived from it; empty for a blank name. sameTableName(a, b) holds exactly
 *  when tableNameForms(a).first() is in tableNameForms(b) or the other way round. */
QStringList tableNameForms(const QString &name);

/** Where the legal entities selected for dual-write come from. */
struct LegalEntitySelection
{
    enum class Source { Profile, Dataverse };

    bool known = false;        // false: dv.companies was needed and could not be read
    Source source = Source::Profile;
    QStringList codes;         // trimmed, as written, each once (compared with codeKey)
    QString error;             // when not known: why
    QSet<QString> keys;        // codeKey of each code, when selectedLegalEntities() built it

    bool contains(const QString &code) const;
    QString sourceName() const; // "profile" or "dataverse", for details
};

/**
 * The legal entities selected for dual-write: LinkContext.selectedLegalEntities when
 * `legalEntitiesFromProfile`, else the dv.companies rows with `cdm_isenabledfordualwrite` true.
 * Unknown when that dataset is needed and was not read.
 */
LegalEntitySelection selectedLegalEntities(const Snapshot &snapshot, const LinkContext &context);

/** `codes` each once, by codeKey, first spelling kept, blanks dropped, order kept. */
QStringList uniqueCodes(const QStringList &codes);

} // namespace dwh
