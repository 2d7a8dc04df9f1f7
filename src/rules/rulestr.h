// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace dwh {

/** Translation context of every user-facing rule text: "dwh::Rules" (Rules::tr("…")). */
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Rules)
};

} // namespace dwh
