// SPDX-License-Identifier: MIT
// The Microsoft Entra applications dual-write signs in as in Dataverse (the prerequisites article):
// their application users are judged by DWHC0301 and DWHC0403.
#pragma once

#include <QList>
#include <QString>

namespace dwh {

struct DualWriteApp
{
    QString id;    // the Entra application (client) id
    QString name;  // its display name, translated
};

/** Finance and operations apps (00000015-…) and Dynamics Data Integration (2e49aa60-…). */
QList<DualWriteApp> dualWriteApps();

} // namespace dwh
