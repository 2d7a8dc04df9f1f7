// SPDX-License-Identifier: MIT
// One F&O legal entity as the connection test read it; the wizard's pick list shows them.
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
