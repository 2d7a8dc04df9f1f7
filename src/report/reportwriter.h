// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dwh {

struct Report;

/** The report formats this build can write. */
QStringList reportFormats();

/** Renders `report` in `format` ("json"); empty and `error` set for an unknown format. */
QByteArray renderReport(const Report &report, const QString &format, QString *error);

/** Renders and writes to `path` (stdout when empty), atomically for files. */
bool writeReport(const Report &report, const QString &format, const QString &path, QString *error);

} // namespace dwh
