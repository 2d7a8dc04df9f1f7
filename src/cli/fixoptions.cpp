// SPDX-License-Identifier: MIT
// The option rows and values that `fix` and `restore` share (fixcommand.cpp, restorecommand.cpp).
#include "fixoptions.h"

#include "clicommand.h"
#include "clistr.h"

#include <QCommandLineParser>

namespace dwh::cli {

QList<CliOption> writeOptionRows()
{
    return {
        {QStringLiteral("profile"), QStringLiteral("FILE"),
         CliTexts::tr("the profile (JSON, never a secret) of the environment to write to")},
        profileNameRow(),
        {QStringLiteral("apply"), QString(),
         CliTexts::tr("make the writes (without it: a dry run that writes nothing)")},
        {QStringLiteral("yes"), QString(),
         CliTexts::tr("confirm --apply without the prompt (needed when stdin is not a terminal; a "
                      "terminal asks for the host name)")},
        {QStringLiteral("backup-dir"), QStringLiteral("DIR"),
         CliTexts::tr("where the backup file goes (default: current directory)")},
        {QStringLiteral("format"), QStringLiteral("text|json"),
         CliTexts::tr("output on stdout (default text)")},
        {QStringLiteral("client-secret-stdin"), QString(),
         CliTexts::tr("read the client secret from standard input (otherwise from the "
                      "DWHEALTH_CLIENT_SECRET variable)")},
        {QStringLiteral("timeout"), QStringLiteral("S"),
         CliTexts::tr("seconds per HTTP exchange and per sign-in request (default 30)")},
        {QStringLiteral("allow-authority"), QStringLiteral("HOST"),
         CliTexts::tr("send the client secret to the profile's authority HOST although it is not a "
                      "Microsoft Entra ID sign-in host (refused without it)")},
    };
}

QString takeWriteOptions(const QCommandLineParser &p, WriteOptions *o)
{
    if (p.isSet(QStringLiteral("profile")))
        o->profilePath = p.value(QStringLiteral("profile"));
    if (p.isSet(QStringLiteral("profile-name"))) {
        o->profileName = p.value(QStringLiteral("profile-name"));
        if (o->profileName.trimmed().isEmpty())
            return CliTexts::tr("--profile-name takes the name of a saved profile");
    }
    if (p.isSet(QStringLiteral("backup-dir")))
        o->backupDir = p.value(QStringLiteral("backup-dir"));
    o->apply = p.isSet(QStringLiteral("apply"));
    o->yes = p.isSet(QStringLiteral("yes"));
    o->secretFromStdin = p.isSet(QStringLiteral("client-secret-stdin"));
    for (const QString &host : p.values(QStringLiteral("allow-authority")))
        o->allowedAuthorities << host.trimmed().toLower();
    if (p.isSet(QStringLiteral("format"))) {
        o->format = p.value(QStringLiteral("format")).toLower();
        if (o->format != QLatin1String("text") && o->format != QLatin1String("json"))
            return CliTexts::tr("--format \"%1\" is not available here; use text or json").arg(o->format);
    }
    return intOption(p, QStringLiteral("timeout"), 1, 600, &o->timeoutSeconds);
}

CliOption profileNameRow()
{
    return {QStringLiteral("profile-name"), QStringLiteral("NAME"),
            CliTexts::tr("the profile the wizard saved as NAME; its client secret "
                         "from the system keychain unless DWHEALTH_CLIENT_SECRET "
                         "or --client-secret-stdin gives one")};
}

QString environmentChoiceProblem(const QString &command)
{
    return CliTexts::tr("%1 needs exactly one of --profile FILE, --profile-name NAME or --demo")
        .arg(command);
}

session::EnvironmentRequest environmentRequest(const WriteOptions &o)
{
    session::EnvironmentRequest request;
    request.profilePath = o.profilePath;
    request.profileName = o.profileName;
    request.secretFromStdin = o.secretFromStdin;
    request.allowedAuthorities = o.allowedAuthorities;
    request.timeoutMs = o.timeoutSeconds * 1000;
    return request;
}

} // namespace dwh::cli
