// SPDX-License-Identifier: MIT
#pragma once

#include "pdfoptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dwh {

struct Report;

/** How a report is written, beyond its format. */
struct RenderOptions
{
    bool redact = false;           // write a redactReport() copy
    QStringList redactValues;      // with redact: the profile's tenant id, environment id, client id
    PdfOptions document;           // pdf and html: cover and page size
    /** pdf: the steps of a check that name its records (check id → steps, see recordFixSteps()
     *  in src/remediation), shown instead of its documented generic steps. */
    QHash<QString, QStringList> recordFixSteps;
    /** The report's JSON with live secrets redacted (liveReportJson()), when the caller built it
     *  already for other uses (the history): json without `redact` writes it as it is. */
    std::optional<QJsonObject> liveJson;
};

/** The report's JSON with live secrets redacted: the form the JSON writer and the history
 *  share, built once per run. */
QJsonObject liveReportJson(const Report &report);

/** The report formats this build can write. */
QStringList reportFormats();

/** Formats that are not text (pdf): not for a terminal. */
bool isBinaryFormat(const QString &format);

/** Renders `report` in `format` ("json"); empty and `error` set for an unknown format. */
QByteArray renderReport(const Report &report, const QString &format, QString *error);
QByteArray renderReport(const Report &report, const QString &format, const RenderOptions &options,
                        QString *error);

/** Renders and writes to `path` (stdout when empty), atomically for files. */
bool writeReport(const Report &report, const QString &format, const QString &path, QString *error);
bool writeReport(const Report &report, const QString &format, const RenderOptions &options,
                 const QString &path, QString *error);

} // namespace dwh
