// SPDX-License-Identifier: MIT
// libFuzzer target: backup files as restore reads them (src/remediation backup.h fromJson,
// backupcheck.h checkBackup, restoreplan.h planRestore). Any bytes give a backup or an error naming
// what is wrong, never a crash; what checkBackup accepts only addresses the profile's own hosts,
// and a backup written back by toJson() reads again as intact.
#include "backup.h"
#include "backupcheck.h"
#include "backupdigest.h"
#include "profile.h"
#include "restoreplan.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    QString error;
    const std::optional<dwh::Backup> backup = dwh::Backup::fromJson(doc.object(), &error);
    if (!backup) {
        if (error.isEmpty())
            abort();  // a refusal always says why
        return 0;
    }
    (void)dwh::BackupDigest::stateName(backup->digest);
    (void)dwh::planRestore(*backup);  // the unchecked plan must not crash either

    dwh::Profile profile;
    profile.dataverseUrl = QUrl(QStringLiteral("https://contoso-uat.crm4.dynamics.com"));
    profile.foUrl = QUrl(QStringLiteral("https://contoso-uat.sandbox.operations.dynamics.com"));
    const std::optional<dwh::Backup> checked = dwh::checkBackup(*backup, profile, &error);
    if (!checked) {
        if (error.isEmpty())
            abort();
        return 0;
    }
    const dwh::RestorePlan plan = dwh::planRestore(*checked);
    for (const dwh::WriteAction &a : plan.actions) {
        const QUrl expected = a.record.service == dwh::Service::Dataverse ? profile.dataverseUrl
                                                                           : profile.foUrl;
        if (!sameOrigin(a.url, expected) || !sameOrigin(a.record.url, expected))
            abort();  // an accepted backup wrote somewhere else
        (void)a.payload();
    }
    const QJsonObject written = checked->toJson();
    if (dwh::BackupDigest::verify(written) != dwh::BackupDigest::State::Intact)
        abort();
    QString again;
    if (!dwh::Backup::fromJson(written, &again))
        abort();  // toJson() wrote a backup fromJson refuses
    return 0;
}
