// SPDX-License-Identifier: MIT
#include "fixsession.h"

#include "clistr.h"
#include "signin.h"

#include "clientsecrettokenprovider.h"
#include "clioptions.h"
#include "secretsource.h"
#include "simulator.h"
#include "terminalout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace dwh::cli {

FixSession::FixSession() = default;
FixSession::~FixSession() = default;

bool FixSession::open(const QString &profilePath, bool demo, const QString &scenario,
                      bool secretFromStdin, int *exitCode, QString *error,
                      const SignInOptions &signIn)
{
    QByteArray secret;
    ProfileError profileError;
    if (demo) {
        simulator = std::make_unique<sim::Simulator>();
        QString why;
        if (!simulator->loadScenario(scenario, &why)) {
            *exitCode = ExitUsage;
            *error = CliTexts::tr("--scenario: %1").arg(why);
            return false;
        }
        if (!simulator->start(&why)) {
            *exitCode = ExitIncomplete;
            *error = CliTexts::tr("the simulator could not start: %1").arg(why);
            return false;
        }
        const auto p = parseProfile(QJsonDocument(simulator->profileJson()).toJson(),
                                    CliTexts::tr("<simulator profile>"), &profileError);
        if (!p) {
            *exitCode = ExitIncomplete;
            *error = profileError.toString();
            return false;
        }
        profile = *p;
        secret = sim::Simulator::clientSecret().toUtf8();
    } else {
        const auto p = loadProfileFile(profilePath, &profileError);
        if (!p) {
            *exitCode = ExitUsage;
            *error = profileError.toString();
            return false;
        }
        profile = *p;
        for (const QString &warning : profile.warnings) {
            errLine(QStringLiteral("%1: warning: %2").arg(profilePath, warning));
        }
        const QString authority = authorityProblem(profile, signIn.allowedAuthorities);
        if (!authority.isEmpty()) {
            *exitCode = ExitUsage;
            *error = QStringLiteral("%1: %2").arg(profilePath, authority);
            return false;
        }
        if (const QString warning = authorityWarning(profile); !warning.isEmpty())
            errLine(warning);
        if (needsClientSecret(profile)) {
            secret = readClientSecret(secretFromStdin, error);
            if (secret.isEmpty()) {
                *exitCode = ExitUsage;
                return false;
            }
        }
    }
    tokens = makeTokenProvider(profile, secret, signIn);
    secret.fill('\0');
    return true;
}

QString backupDirProblem(const QString &directory)
{
    const QFileInfo info(directory.isEmpty() ? QStringLiteral(".") : directory);
    if (!info.exists())
        return CliTexts::tr("--backup-dir %1: the directory does not exist").arg(directory);
    if (!info.isDir())
        return CliTexts::tr("--backup-dir %1: not a directory").arg(directory);
    if (!info.isWritable())
        return CliTexts::tr("--backup-dir %1: the directory is not writable").arg(info.absoluteFilePath());
    return QString();
}

} // namespace dwh::cli
