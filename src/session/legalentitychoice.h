// SPDX-License-Identifier: MIT
// One F&O legal entity as the connection test read it: what the wizard's pick list offers.
#pragma once

#include <QString>

namespace dwh::gui {

/** One F&O legal entity as the connection test read it (LegalEntities: LegalEntityId, Name). */
struct LegalEntityChoice
{
    QString code;
    QString name;
};

} // namespace dwh::gui
