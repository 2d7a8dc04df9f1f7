// SPDX-License-Identifier: MIT
// libFuzzer target: the profile loader (src/core/profile.h parseProfile). Any bytes give a
// profile or an error naming what is wrong, never a crash; a profile that loads is written back
// by toJson() into a profile that loads again with the same addresses.
#include "profile.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    dwh::ProfileError error;
    const std::optional<dwh::Profile> profile =
        dwh::parseProfile(json, QStringLiteral("fuzz.json"), &error);
    if (!profile) {
        if (error.message.isEmpty() || error.toString().isEmpty())
            abort();  // a refusal always says why
        return 0;
    }
    (void)profile->tokenEndpoint();
    (void)profile->powerPlatformBase();
    for (dwh::Service s : {dwh::Service::Entra, dwh::Service::Dataverse,
                           dwh::Service::FinanceAndOperations, dwh::Service::PowerPlatform}) {
        (void)profile->baseUrl(s);
        (void)profile->tokenScope(s);
    }
    (void)dwh::powerPlatformHostFor(profile->environmentId);

    dwh::ProfileError again;
    const QByteArray written = QJsonDocument(profile->toJson()).toJson();
    const std::optional<dwh::Profile> reread =
        dwh::parseProfile(written, QStringLiteral("fuzz-roundtrip.json"), &again);
    if (!reread || reread->dataverseUrl != profile->dataverseUrl
        || reread->foUrl != profile->foUrl || reread->tenantId != profile->tenantId
        || reread->legalEntities != profile->legalEntities) {
        abort();  // toJson() wrote a profile the loader reads differently
    }
    return 0;
}
