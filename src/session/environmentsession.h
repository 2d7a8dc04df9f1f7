// SPDX-License-Identifier: MIT
// EnvironmentSession: the environment a command talks to (profile file, saved profile or demo),
// its authority policy, client secret and token provider.
#pragma once

#include "profile.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace dwh {
class TokenProvider;
namespace sim {
class Simulator;
}
} // namespace dwh

namespace dwh::session {

/** Which environment to open, and how to sign in to it. Exactly one source is set. */
struct EnvironmentRequest
{
    QString profilePath;       // a profile file (--profile FILE)
    QString profileName;       // a profile the wizard saved (--profile-name NAME)
    bool demo = false;         // the embedded simulator (--demo)
    QString scenario = QStringLiteral("healthy");  // with demo: the simulator's scenario
    int latencyMs = 0;         // with demo: added before every answer
    bool secretFromStdin = false;    // --client-secret-stdin
    QStringList allowedAuthorities;  // --allow-authority HOST
    int timeoutMs = 30000;     // each token request
};

/**
 * Opens the environment a command talks to: loads the profile from a file or the wizard's saved
 * profiles (SavedProfiles), or starts the embedded simulator; refuses an authority that is not
 * Entra ID's (authorityProblem(); for a saved profile the hosts the user allowed for it in the
 * wizard count as allowed) before any secret is read; takes the client secret from standard
 * input or DWHEALTH_CLIENT_SECRET when given, else for a saved profile from the system keychain;
 * then builds the token provider. Qt Core only: the CLI's commands (fix, restore, maps, errors)
 * use it; the caller decides how a secret is read from standard input (setSecretReader()) and
 * how delegated sign-ins talk to the user (setTokenFactory()).
 *
 * open() answers once, later (from the event loop): opened(), or failed() with a sentence naming
 * what was wrong and whether it was the input (Usage: exit 2) or the run (Incomplete: exit 3).
 * warning() may come before either (a profile's warnings, an authority let through).
 */
class EnvironmentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSession)
public:
    enum class Failure { Usage, Incomplete };
    Q_ENUM(Failure)

    /** Reads an explicitly given secret: from standard input when `fromStdin`, else from
     *  DWHEALTH_CLIENT_SECRET; empty with `error` when there is none. */
    using SecretReader = std::function<QByteArray(bool fromStdin, QString *error)>;
    /** Builds the token provider for `profile` with `secret` (empty for delegated sign-ins). */
    using TokenFactory =
        std::function<std::unique_ptr<TokenProvider>(const Profile &profile, const QByteArray &secret)>;

    explicit EnvironmentSession(QObject *parent = nullptr);
    ~EnvironmentSession() override;

    /** Default: DWHEALTH_CLIENT_SECRET only (standard input is refused). */
    void setSecretReader(SecretReader reader);
    /** Default: createTokenProvider() with the request's timeout. */
    void setTokenFactory(TokenFactory factory);

    /** Opens `request`'s environment; opened() or failed() follows once. Call once. */
    void open(const EnvironmentRequest &request);

    bool isOpen() const { return m_tokens != nullptr; }
    /** The opened profile (never holds a secret). */
    const Profile &profile() const { return m_profile; }
    /** The sign-in of the opened profile; owned by the session. */
    TokenProvider *tokens() const { return m_tokens.get(); }
    /** The running simulator with demo, else nullptr. */
    sim::Simulator *simulator() const { return m_simulator.get(); }
    /** The authorities trusted with the secret: the request's and, for a saved profile, the
     *  wizard's. */
    QStringList allowedAuthorities() const { return m_allowed; }

signals:
    void opened();
    void failed(dwh::session::EnvironmentSession::Failure failure, const QString &message);
    void warning(const QString &message);

private:
    void openDemo();
    void openFile();
    void openSaved();
    /** The authority policy and the profile's warnings; false after fail(). */
    bool admit(const QString &source);
    /** Signs in with `secret` (wiped after use) and answers opened(). */
    void finish(QByteArray secret);
    void fail(Failure failure, const QString &message);

    EnvironmentRequest m_request;
    SecretReader m_readSecret;
    TokenFactory m_makeTokens;
    Profile m_profile;
    QStringList m_allowed;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<TokenProvider> m_tokens;
    bool m_started = false;
};

} // namespace dwh::session
