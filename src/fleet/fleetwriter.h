// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dwh::fleet {

struct FleetSummary;

/** The formats of the fleet summary: json, html, md, pdf (JUnit is per environment only). */
QStringList fleetFormats();

/** `summary` in `format`; empty with `error` for a format that has no fleet summary. */
QByteArray renderFleet(const FleetSummary &summary, const QString &format, QString *error);

} // namespace dwh::fleet
