// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include "profile.h"
#include "publicclient.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace dwh::gui {

namespace {

const QString SERVICE = QStringLiteral("dwhealth");

template<typename Job>
Job *makeJob(const Profile &profile, SecretStore::Kind kind)
{
    auto *job = new Job(SERVICE);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // fail loudly rather than write plain text
    job->setKey(SecretStore::keyFor(profile, kind));
    return job;
}

} // namespace

QString SecretStore::keyFor(const Profile &profile, Kind kind)
{
    if (kind == Kind::ClientSecret)
        return profile.tokenEndpoint().toString() + QLatin1Char('|') + profile.clientId;
    return profile.tokenEndpoint().toString() + QLatin1Char('|') + delegatedClientId(profile)
        + QStringLiteral("|refreshToken");
}

SecretStore::Kind SecretStore::kindFor(const Profile &profile)
{
    return profile.authMode == AuthMode::ClientSecret ? Kind::ClientSecret : Kind::RefreshToken;
}

void SecretStore::read(const Profile &profile, QObject *context, ReadCallback done, Kind kind)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profile, kind);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const bool ok = read->error() == QKeychain::NoError;
        done(ok, ok ? read->binaryData() : QByteArray(), ok ? QString() : read->errorString());
    });
    job->start();
}

void SecretStore::write(const Profile &profile, const QByteArray &secret, QObject *context,
                        WriteCallback done, Kind kind)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile, kind);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void SecretStore::remove(const Profile &profile, QObject *context, WriteCallback done, Kind kind)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profile, kind);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, j->errorString());
    });
    job->start();
}

} // namespace dwh::gui
