// SPDX-License-Identifier: MIT
// `dwhealth bundle anonymise IN.zip OUT.zip`: an evidence bundle made shareable (bundlerunner.h).
#include "bundlerunner.h"
#include "clistr.h"
#include "commandtable.h"

namespace dwh::cli {

namespace {

class BundleCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("bundle"); }
    Command id() const override { return Command::Bundle; }
    QString synopsis() const override { return QStringLiteral("bundle anonymise IN.zip OUT.zip"); }
    QString summary() const override
    {
        return CliTexts::tr("Writes a copy of an evidence bundle with every name, host name, id and "
                            "e-mail address replaced by a stand-in, the same value always by the "
                            "same one, so the copy gives the same codes and can be shared; "
                            "Microsoft's fixed identifiers stay.");
    }
    QList<CliOption> options() const override { return {}; }
    AppKind appKind() const override { return AppKind::Core; }  // a file in, a file out
    int run(const ParsedCommand &parsed) const override { return runBundle(parsed.bundle); }

protected:
    QString take(const QCommandLineParser &, const QStringList &positional,
                 ParsedCommand *out) const override
    {
        if (positional.size() != 3 || positional.first() != QLatin1String("anonymise"))
            return CliTexts::tr("usage: dwhealth bundle anonymise IN.zip OUT.zip");
        out->bundle.input = positional.at(1);
        out->bundle.output = positional.at(2);
        return QString();
    }
};

} // namespace

const CliCommand &bundleCommand()
{
    static const BundleCommand command;
    return command;
}

} // namespace dwh::cli
