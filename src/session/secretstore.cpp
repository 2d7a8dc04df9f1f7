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

/** Why a keychain job failed, in words a user can act on ("Unknown error" says nothing). */
QString errorText(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return SecretStore::tr("no system keychain is available (on Linux: a Secret Service such as "
                               "GNOME Keyring or KWallet must be running and unlocked)");
    case QKeychain::AccessDenied:
        return SecretStore::tr("the system keychain denied access");
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("access to the system keychain was declined");
    case QKeychain::EntryNotFound:
        return SecretStore::tr("nothing is stored for this profile");
    case QKeychain::NotImplemented:
        return SecretStore::tr("this system has no keychain dwhealth can use");
    default:
        break;
    }
    const QString reason = job->errorString();
    return reason.isEmpty() || reason.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0
        ? SecretStore::tr("the system keychain gave no reason (code %1)").arg(int(job->error()))
        : reason;
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
        done(ok, ok ? read->binaryData() : QByteArray(), ok ? QString() : errorText(read));
    });
    job->start();
}

void SecretStore::write(const Profile &profile, const QByteArray &secret, QObject *context,
                        WriteCallback done, Kind kind)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile, kind);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, errorText(j));
    });
    job->start();
}

void SecretStore::remove(const Profile &profile, QObject *context, WriteCallback done, Kind kind)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profile, kind);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : errorText(j));
    });
    job->start();
}

} // namespace dwh::gui
