// SPDX-License-Identifier: MIT
#pragma once

#include "delegatedtokenprovider.h"
#include "profile.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace dwh {

/** What the user needs to sign in on another device, as Entra ID gave it. */
struct DeviceCodePrompt
{
    QString userCode;           // e.g. "FJ7QK2LXM"
    QUrl verificationUri;       // e.g. https://microsoft.com/devicelogin
    QString message;            // Entra ID's own sentence with both, ready to show
    QDateTime expiresAt;        // UTC, for a countdown
    int expiresInSeconds = 0;
};

/**
 * Device code sign-in (Entra ID v2, RFC 8628): `POST /devicecode`, then deviceCodeReady() (the
 * wizard shows the code with a countdown, the CLI prints it on stderr) and a poll of the token
 * endpoint every `interval` seconds (5 more after each slow_down) until the user has signed in.
 * authorization_pending keeps polling; expired_token, authorization_declined and
 * bad_verification_code stop with a message naming the AADSTS code. Up to three network faults
 * in a row are retried at the next poll. The device code is a credential: it is only ever sent
 * to the token endpoint. After the one sign-in, every other resource is served by a refresh
 * token (see DelegatedTokenProvider).
 */
class DeviceCodeTokenProvider final : public DelegatedTokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeTokenProvider)
public:
    /** Signs in at `profile`'s authority and tenant as delegatedClientId(profile). */
    explicit DeviceCodeTokenProvider(const Profile &profile, QObject *parent = nullptr);
    /** `tokenEndpoint` is `{authority}/{tenant}/oauth2/v2.0/token`. */
    DeviceCodeTokenProvider(const QUrl &tokenEndpoint, const QString &clientId, QObject *parent = nullptr);
    ~DeviceCodeTokenProvider() override;

signals:
    /** Show this to the user until deviceCodeFinished(). */
    void deviceCodeReady(const dwh::DeviceCodePrompt &prompt);
    /** The sign-in on the other device ended (signed in, refused, expired or cancelled). */
    void deviceCodeFinished();

protected:
    void beginSignIn(const QString &scope) override;
    void cancelSignIn() override;

private:
    void onStarted(const HttpResult &result);
    void poll();
    void onPolled(const HttpResult &result);
    void schedulePoll();
    void fail(const TokenResult &failure);
    void endAttempt();

    QString m_scope;
    QString m_deviceCode;     // secret
    int m_intervalMs = 5000;
    int m_networkFaults = 0;
    int m_lifetimeSeconds = 0;
    QDeadlineTimer m_deadline;
    QTimer m_pollTimer;
    QPointer<HttpExchange> m_exchange;
    bool m_active = false;
};

} // namespace dwh
