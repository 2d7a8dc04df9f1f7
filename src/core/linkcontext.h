// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace dwh {

struct Profile;

/** What the rules know about the link being checked, besides the fetched facts. */
struct LinkContext
{
    QUrl dataverseUrl;
    QUrl foUrl;
    QString environmentId;
    QStringList selectedLegalEntities;  // from the profile, when set there
    bool legalEntitiesFromProfile = false;
    /** The signed-in identity: the app registration's client id when it signs in as an
     *  application (clientSecret); empty for a delegated (user) sign-in. */
    QString applicationClientId;

    static LinkContext fromProfile(const Profile &profile);
};

} // namespace dwh
