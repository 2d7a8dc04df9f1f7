// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh {

/** The English descriptions of resources/scenarios/*.json, as listed for lupdate in the
 *  generated scenariotexts.cpp (context dwh::Scenarios). */
QStringList scenarioSourceTexts();

} // namespace dwh
