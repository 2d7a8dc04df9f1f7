// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh {

/** The English descriptions of the JSON files in resources/scenarios, as listed for lupdate in the
 *  generated scenariotexts.cpp (context dwh::Scenarios). */
QStringList scenarioSourceTexts();

} // namespace dwh
