// SPDX-License-Identifier: MIT
// useCommandLine(): an EnvironmentSession with the CLI's secret reader, sign-in and stderr.
#include "clienvironment.h"

#include "clioptions.h"
#include "secretsource.h"
#include "signin.h"
#include "terminalout.h"
#include "tokenprovider.h"

namespace dwh::cli {

void useCommandLine(session::EnvironmentSession *session, int timeoutMs)
{
    session->setSecretReader(&readClientSecret);
    session->setTokenFactory([session, timeoutMs](const Profile &profile, const QByteArray &secret) {
        SignInOptions signIn;
        signIn.timeoutMs = timeoutMs;
        signIn.allowedAuthorities = session->allowedAuthorities();
        return makeTokenProvider(profile, secret, signIn);
    });
    QObject::connect(session, &session::EnvironmentSession::warning, session, &errLine);
}

int exitCodeOf(session::EnvironmentSession::Failure failure)
{
    return failure == session::EnvironmentSession::Failure::Usage ? ExitUsage : ExitIncomplete;
}

} // namespace dwh::cli
