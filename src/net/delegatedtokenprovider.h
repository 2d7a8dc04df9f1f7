// SPDX-License-Identifier: MIT
#pragma once

#include "delegatedtokenform.h"
#include "tokencache.h"
#include "tokenprovider.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace dwh {

class HttpExchange;
struct HttpResult;

/**
 * What interactive and device code sign-in share: a signed-in user's tokens. The first request
 * for a scope signs the user in (beginSignIn(), one prompt); every other scope is then served by
 * one refresh_token redemption ("<resource>/.default offline_access"), without a prompt, and the
 * refresh token is replaced by the one each answer brings. Tokens are cached in memory until 5
 * minutes before they expire (half their lifetime when shorter), so a long run refreshes once near
 * expiry, not once per request. One exchange runs at a time, so a refresh always uses the newest
 * refresh token; concurrent requests for a scope share it.
 *
 * When a refresh is refused because the user must act (interaction_required, e.g. MFA;
 * consent_required; invalid_grant, e.g. an expired refresh token), the scope is signed in once
 * more. Refresh tokens stay in memory only (never on disk) and, like access tokens and device
 * codes, never reach an error, evidence or log.
 */
class DelegatedTokenProvider : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelegatedTokenProvider)
public:
    ~DelegatedTokenProvider() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void requestToken(const QString &scope, QObject *context, TokenResult::Callback done) override;
    void invalidate(const QString &scope) override;
    int requestCount() const override { return m_requests; }

    /** Forgets every token and the refresh token, stops a sign-in; waiting requests fail. */
    void signOut();
    bool isSignedIn() const { return !m_refreshToken.isEmpty(); }

    /**
     * The current refresh token (a secret), for a caller that keeps it in the system keychain
     * when the user opted in; empty when not signed in. Never log or display it.
     */
    QString refreshToken() const { return m_refreshToken; }
    /** Resumes a remembered sign-in: the next request redeems `token` instead of prompting.
     *  Ignored when already signed in. A refused token (invalid_grant) prompts once. */
    void restoreRefreshToken(const QString &token);

signals:
    void signedOut();
    /** A new refresh token replaced the old one (after a sign-in or a refresh). */
    void refreshTokenChanged();

protected:
    DelegatedTokenProvider(const QUrl &tokenEndpoint, const QString &clientId, QObject *parent);

    /**
     * Signs the user in for `scope` ("<resource>/.default"). Ends, later, with exactly one of
     * signInSucceeded() or signInFailed(), unless cancelSignIn() comes first.
     */
    virtual void beginSignIn(const QString &scope) = 0;
    /** Stops a sign-in in progress; it then reports nothing. */
    virtual void cancelSignIn() = 0;

    void signInSucceeded(const QString &scope, const DelegatedTokenAnswer &answer, const Evidence &evidence);
    void signInFailed(const TokenResult &failure);

    /** A POST of `form` to the endpoint `name` ("token", "devicecode"); the evidence names only its path. */
    HttpExchange *postForm(const QString &name, const QByteArray &form);
    /** `{authority}/{tenant}/oauth2/v2.0/{name}`. */
    QUrl endpoint(const QString &name) const;
    QString clientId() const { return m_clientId; }
    int timeoutMs() const { return m_timeoutMs; }
    void countRequest() { ++m_requests; }

    /** The failure for a token endpoint answer that is not a success. */
    static TokenResult failureFrom(const HttpResult &result);

private:
    enum class Busy { Idle, SignIn, Refresh };

    void pump();
    void startRefresh(const QString &scope);
    void onRefreshFinished(const QString &scope, const HttpResult &result);
    void store(const QString &scope, const DelegatedTokenAnswer &answer);
    void deliverTo(const QString &scope, const TokenResult &result);
    void failAll(const TokenResult &result);
    void wipeRefreshToken();

    QUrl m_tokenEndpoint;
    QString m_clientId;
    int m_timeoutMs = 30000;
    int m_requests = 0;
    QNetworkAccessManager *m_manager;
    QString m_refreshToken;                 // secret, memory only
    TokenCache m_tokens;                    // access tokens and waiting callers, per scope
    QStringList m_queue;                    // scopes with waiters, not yet being served
    QSet<QString> m_reprompted;             // scopes signed in again after a refused refresh
    Busy m_busy = Busy::Idle;
    QString m_busyScope;
    QPointer<HttpExchange> m_refresh;
};

} // namespace dwh
