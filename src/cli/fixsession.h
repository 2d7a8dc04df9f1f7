// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"
#include "signin.h"

#include <QString>

#include <memory>

namespace dwh {
class TokenProvider;
namespace sim {
class Simulator;
}
} // namespace dwh

namespace dwh::cli {

/** The environment `fix` and `restore` talk to: the profile, its sign-in, the demo simulator. */
struct FixSession
{
    std::unique_ptr<sim::Simulator> simulator;  // --demo only
    Profile profile;
    std::unique_ptr<TokenProvider> tokens;

    FixSession();
    ~FixSession();

    /**
     * Loads the profile (or starts the simulator for `demo`) and reads the client secret
     * (env DWHEALTH_CLIENT_SECRET or stdin). False with `exitCode` and `error` on failure.
     */
    bool open(const QString &profilePath, bool demo, const QString &scenario, bool secretFromStdin,
              int *exitCode, QString *error, const SignInOptions &signIn = {});
};

/** Where the backup goes: an existing, writable directory; else the reason (exit 2). */
QString backupDirProblem(const QString &directory);

} // namespace dwh::cli
