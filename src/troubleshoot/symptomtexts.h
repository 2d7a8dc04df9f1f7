// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace dwh {

/** The English texts of symptoms.json that are handed out translated (context dwh::Symptoms),
 *  as listed for lupdate in the generated symptomtexts.cpp. */
QStringList symptomSourceTexts();

} // namespace dwh
