// SPDX-License-Identifier: MIT
#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace dwh::pkce {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // system(): the operating system's cryptographically secure generator.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

} // namespace

QByteArray newVerifier()
{
    return base64Url(randomBytes(32));
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray newState()
{
    return base64Url(randomBytes(16));
}

} // namespace dwh::pkce
