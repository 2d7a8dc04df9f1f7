// SPDX-License-Identifier: MIT
#include "linkcontext.h"

#include "profile.h"

namespace dwh {

LinkContext LinkContext::fromProfile(const Profile &profile)
{
    LinkContext c;
    c.dataverseUrl = profile.dataverseUrl;
    c.foUrl = profile.foUrl;
    c.environmentId = profile.environmentId;
    c.selectedLegalEntities = profile.legalEntities;
    c.legalEntitiesFromProfile = profile.legalEntitiesSet;
    if (profile.authMode == AuthMode::ClientSecret)
        c.applicationClientId = profile.clientId.trimmed();
    return c;
}

} // namespace dwh
