// SPDX-License-Identifier: MIT
// The command line's settings of an EnvironmentSession: stdin secret, sign-in prompts, warnings.
#pragma once

#include "environmentsession.h"

namespace dwh::cli {

/**
 * Makes `session` behave as the command line does: a secret from standard input is read with
 * echo off (readClientSecret()), delegated sign-ins tell the user on stderr what to do
 * (makeTokenProvider(), each token request abandoned after `timeoutMs`), and warnings go to
 * stderr.
 */
void useCommandLine(session::EnvironmentSession *session, int timeoutMs);

/** The exit code of a session that could not open: 2 (usage) or 3 (incomplete). */
int exitCodeOf(session::EnvironmentSession::Failure failure);

} // namespace dwh::cli
