// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace dwh {

/** Translation context of the troubleshooter's own texts: "dwh::Troubleshoot". */
class Troubleshoot
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Troubleshoot)
};

/** Translation context of the texts of resources/troubleshoot/symptoms.json: "dwh::Symptoms".
 *  The JSON holds the English source texts; they are translated when handed out. */
class Symptoms
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Symptoms)
};

} // namespace dwh
