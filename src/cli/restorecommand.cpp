// SPDX-License-Identifier: MIT
// `dwhealth restore BACKUP.json`: its option table and what it accepts; the run is RestoreRunner.
#include "clistr.h"
#include "commandtable.h"
#include "interrupthandler.h"
#include "restorerunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dwh::cli {

namespace {

class RestoreCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    Command id() const override { return Command::Restore; }
    QString synopsis() const override
    {
        return QStringLiteral("restore BACKUP.json --profile FILE | --profile-name NAME "
                              "[--apply [--yes]] [--accept-edited-backup] [OPTIONS]");
    }
    QString summary() const override
    {
        return CliTexts::tr("Undoes a fix from its backup file (a preview without --apply): only "
                            "the writes that fix makes, on the profile's own hosts; records "
                            "already as the backup has them are skipped.");
    }
    QList<CliOption> options() const override
    {
        return writeOptionRows() + QList<CliOption>{
            {QStringLiteral("accept-edited-backup"), QString(),
             CliTexts::tr("apply a backup whose digest does not match its content (edited since "
                          "fix wrote it); without it such a backup is only previewed")},
        };
    }
    QString epilogue() const override
    {
        return CliTexts::tr("Exit codes: 0 every record restored (or a preview), 1 a record failed, "
                            "2 usage error, bad or edited backup file or another environment, "
                            "3 could not complete.\n");
    }
    int run(const ParsedCommand &parsed) const override
    {
        RestoreRunner runner(parsed.restore);
        QObject::connect(&runner, &RestoreRunner::done, QCoreApplication::instance(),
                         &QCoreApplication::exit);
        InterruptHandler interrupt;
        QObject::connect(&interrupt, &InterruptHandler::interrupted, &runner, &RestoreRunner::cancel);
        runner.start();
        return QCoreApplication::exec();
    }

protected:
    QString unknownOption(const QString &argument) const override
    {
        return CliTexts::tr("unknown option for restore: %1").arg(argument);
    }
    QString take(const QCommandLineParser &p, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        RestoreOptions &o = out->restore;
        if (positional.size() > 1)
            return CliTexts::tr("restore takes one backup file, not also \"%1\"").arg(positional.at(1));
        o.backupPath = positional.value(0);
        if (const QString e = takeWriteOptions(p, &o); !e.isEmpty())
            return e;
        o.acceptEdited = p.isSet(QStringLiteral("accept-edited-backup"));
        if (o.backupPath.isEmpty())
            return CliTexts::tr("restore needs a backup file: dwhealth restore BACKUP.json --profile FILE");
        if (o.profilePath.isEmpty() == o.profileName.isEmpty())
            return CliTexts::tr("restore needs exactly one of --profile FILE or --profile-name NAME "
                                "(the environment the backup was taken from)");
        return QString();
    }
};

} // namespace

const CliCommand &restoreCommand()
{
    static const RestoreCommand command;
    return command;
}

} // namespace dwh::cli
