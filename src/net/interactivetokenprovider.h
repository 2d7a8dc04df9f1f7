// SPDX-License-Identifier: MIT
#pragma once

#include "delegatedtokenprovider.h"
#include "profile.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QOAuth2AuthorizationCodeFlow;

namespace dwh {

class LoopbackReplyHandler;

/**
 * Interactive sign-in: the authorization code flow with PKCE in the system browser (Entra ID v2,
 * RFC 8252 for native apps). Qt's QOAuth2AuthorizationCodeFlow builds the authorize request and
 * redeems the code; a LoopbackReplyHandler on 127.0.0.1 receives the redirect. Qt 6.4 has no PKCE,
 * so the S256 code_challenge and the code_verifier go in through setModifyParametersFunction().
 * The `state` of the answer is checked here too: Qt 6.4 only logs a warning on a mismatch.
 *
 * The browser opens through an injectable opener (default QDesktopServices::openUrl, which
 * returns false without a QGuiApplication); browserSignInStarted() carries the URL so a CLI can
 * print it. After the one prompt, every other resource is served by a refresh token (see
 * DelegatedTokenProvider).
 */
class InteractiveTokenProvider final : public DelegatedTokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractiveTokenProvider)
public:
    /** Returns true when a browser was asked to open `url`. */
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    /** Signs in at `profile`'s authority and tenant as delegatedClientId(profile). */
    explicit InteractiveTokenProvider(const Profile &profile, QObject *parent = nullptr);
    /** `tokenEndpoint` is `{authority}/{tenant}/oauth2/v2.0/token`. */
    InteractiveTokenProvider(const QUrl &tokenEndpoint, const QString &clientId, QObject *parent = nullptr);
    ~InteractiveTokenProvider() override;

    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    /** How long the user has to finish in the browser (default 5 minutes). */
    void setSignInTimeoutMs(int ms) { m_signInTimeoutMs = ms; }

signals:
    /** The authorize URL was handed to the browser; `opened` false: show it so the user opens it. */
    void browserSignInStarted(const QUrl &url, bool opened);

protected:
    void beginSignIn(const QString &scope) override;
    void cancelSignIn() override;

private:
    void onAuthorizeUrl(const QUrl &url);
    void onCallback(const QVariantMap &data);
    void onTokenReply(const HttpResult &result);
    void onTimeout();
    void fail(const QString &error, bool rejected);
    void endAttempt();

    BrowserOpener m_opener;
    int m_signInTimeoutMs = 5 * 60 * 1000;
    QTimer m_timer;
    QElapsedTimer m_redeemClock;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    QString m_scope;
    QByteArray m_verifier;   // secret until the code is redeemed
    QString m_state;
    bool m_redeeming = false;
};

} // namespace dwh
