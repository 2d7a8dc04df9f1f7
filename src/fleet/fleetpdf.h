// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace dwh::fleet {

struct FleetSummary;

/** The fleet summary as a PDF (the HTML page laid out on A4 by QTextDocument). Needs a
 *  QGuiApplication (the CLI runs one, offscreen). */
QByteArray fleetPdf(const FleetSummary &summary);

} // namespace dwh::fleet
