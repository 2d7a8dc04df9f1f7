// SPDX-License-Identifier: MIT
// EnvironmentSession: opens a profile file, a saved profile or the demo simulator for a command.
#include "environmentsession.h"

#include "authoritypolicy.h"
#include "profilestore.h"
#include "savedprofiles.h"
#include "simulator.h"
#include "tokenprovider.h"
#include "tokenproviderfactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMetaObject>

namespace dwh::session {

namespace {

/** The command line's texts (the catalogues' context "dwh::cli"): these messages name its
 *  options and were the CLI's before they moved here. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::cli)
};

const char SecretVariable[] = "DWHEALTH_CLIENT_SECRET";

QByteArray secretFromEnvironment(bool fromStdin, QString *error)
{
    if (fromStdin) {
        *error = Tr::tr("no client secret was given on standard input");
        return QByteArray();
    }
    QByteArray secret = qgetenv(SecretVariable);
    if (secret.isEmpty())
        *error = Tr::tr("no client secret: set DWHEALTH_CLIENT_SECRET or use --client-secret-stdin");
    return secret;
}

} // namespace

EnvironmentSession::EnvironmentSession(QObject *parent)
    : QObject(parent)
    , m_readSecret(&secretFromEnvironment)
{
}

EnvironmentSession::~EnvironmentSession() = default;  // the tokens go before the simulator

void EnvironmentSession::setSecretReader(SecretReader reader)
{
    m_readSecret = std::move(reader);
}

void EnvironmentSession::setTokenFactory(TokenFactory factory)
{
    m_makeTokens = std::move(factory);
}

void EnvironmentSession::open(const EnvironmentRequest &request)
{
    if (m_started) {
        qWarning("dwh::session::EnvironmentSession::open() called twice; ignored");
        return;
    }
    m_started = true;
    m_request = request;
    m_allowed = request.allowedAuthorities;
    if (request.demo)
        openDemo();
    else if (!request.profileName.isEmpty())
        openSaved();
    else
        openFile();
}

void EnvironmentSession::openDemo()
{
    m_simulator = std::make_unique<sim::Simulator>();
    QString why;
    if (!m_simulator->loadScenario(m_request.scenario, &why))
        return fail(Failure::Usage, Tr::tr("--scenario: %1").arg(why));
    m_simulator->setLatencyMs(m_request.latencyMs);
    if (!m_simulator->start(&why))
        return fail(Failure::Incomplete, Tr::tr("the simulator could not start: %1").arg(why));
    ProfileError profileError;
    const std::optional<Profile> profile =
        parseProfile(QJsonDocument(m_simulator->profileJson()).toJson(),
                     Tr::tr("<simulator profile>"), &profileError);
    if (!profile)
        return fail(Failure::Incomplete, profileError.toString());
    m_profile = *profile;
    finish(sim::Simulator::clientSecret().toUtf8());
}

void EnvironmentSession::openFile()
{
    ProfileError profileError;
    const std::optional<Profile> profile = loadProfileFile(m_request.profilePath, &profileError);
    if (!profile)
        return fail(Failure::Usage, profileError.toString());
    m_profile = *profile;
    if (!admit(m_request.profilePath))
        return;
    QByteArray secret;
    if (needsClientSecret(m_profile)) {
        QString error;
        secret = m_readSecret(m_request.secretFromStdin, &error);
        if (secret.isEmpty())
            return fail(Failure::Usage, error);
    }
    finish(std::move(secret));  // moved: finish() wipes the only copy
}

void EnvironmentSession::openSaved()
{
    const QString &name = m_request.profileName;
    QString error;
    const std::optional<Profile> profile = gui::SavedProfiles::load(name, &error);
    if (!profile)
        return fail(Failure::Usage, error);
    m_profile = *profile;
    // The hosts the user allowed for this profile in the wizard count as --allow-authority.
    for (const QString &host : gui::ProfileStore::allowedAuthorities(name)) {
        if (!m_allowed.contains(host))
            m_allowed << host;
    }
    if (!admit(name))
        return;
    if (!needsClientSecret(m_profile))
        return finish(QByteArray());
    // An explicit secret (standard input or DWHEALTH_CLIENT_SECRET) wins over the keychain.
    if (m_request.secretFromStdin || !qEnvironmentVariableIsEmpty(SecretVariable)) {
        QByteArray secret = m_readSecret(m_request.secretFromStdin, &error);
        if (secret.isEmpty())
            return fail(Failure::Usage, error);
        return finish(std::move(secret));
    }
    // The keychain answers from the event loop; the session opens from there.
    gui::SavedProfiles::readSecret(m_profile, this,
                                   [this](bool ok, QByteArray secret, const QString &why) {
                                       if (!ok)
                                           return fail(Failure::Usage, why);
                                       finish(std::move(secret));
                                   });
}

bool EnvironmentSession::admit(const QString &source)
{
    for (const QString &warning : m_profile.warnings)
        emit this->warning(QStringLiteral("%1: warning: %2").arg(source, warning));
    // Before the secret is even read: it never goes to a host that is not Entra ID's.
    const QString problem = authorityProblem(m_profile, m_allowed);
    if (!problem.isEmpty()) {
        fail(Failure::Usage, QStringLiteral("%1: %2").arg(source, problem));
        return false;
    }
    if (const QString warning = authorityWarning(m_profile); !warning.isEmpty())
        emit this->warning(warning);
    return true;
}

void EnvironmentSession::finish(QByteArray secret)
{
    m_tokens = m_makeTokens ? m_makeTokens(m_profile, secret)
                            : createTokenProvider(m_profile, secret, m_request.timeoutMs);
    secret.fill('\0');
    // Answer after open() returned, as the keychain path does.
    QMetaObject::invokeMethod(this, [this] { emit opened(); }, Qt::QueuedConnection);
}

void EnvironmentSession::fail(Failure failure, const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, failure, message] { emit failed(failure, message); }, Qt::QueuedConnection);
}

} // namespace dwh::session
