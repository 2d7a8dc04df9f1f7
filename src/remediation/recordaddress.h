// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace dwh {

/**
 * The URLs of the records remediation reads and writes (docs/wire.md "Writes"). Pure functions:
 * the key goes into the path percent-encoded, with the OData syntax characters `'(),=` kept, so
 * `ProjectName='O''Brien x'` is sent as `ProjectName='O''Brien%20x'`.
 */
namespace RecordAddress {

/** A Dataverse GUID in its canonical 8-4-4-4-12 form, without braces (any case). */
bool isGuid(const QString &text);
/** An OData string literal: the text in single quotes, each quote doubled. */
QString quoted(const QString &text);

/** `{dv}/api/data/v9.2/{entitySet}` */
QUrl dataverseCollection(const QUrl &base, const QString &entitySet);
/** `{dv}/api/data/v9.2/{entitySet}({id})` */
QUrl dataverseRecord(const QUrl &base, const QString &entitySet, const QString &id);
/** `{dv}/api/data/v9.2/{entitySet}({id})/{navigation}/$ref` */
QUrl dataverseReference(const QUrl &base, const QString &entitySet, const QString &id,
                        const QString &navigation);
/** `{fo}/data/{entitySet}` */
QUrl foCollection(const QUrl &base, const QString &entitySet);
/** `{fo}/data/{entitySet}({keyName}='{value}')` */
QUrl foRecord(const QUrl &base, const QString &entitySet, const QString &keyName,
              const QString &value);
/** `url` with `?cross-company=true` (F&O reads see every company's rows). */
QUrl crossCompany(const QUrl &url);

} // namespace RecordAddress

} // namespace dwh
