// SPDX-License-Identifier: MIT
// `dwhealth bundle anonymise`: reads a bundle, anonymises it, writes the copy.
#include "bundlerunner.h"

#include "anonymiser.h"
#include "clioptions.h"
#include "evidencebundle.h"
#include "terminalout.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dwh::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::cli::BundleRunner)
};

} // namespace

int runBundle(const BundleOptions &options)
{
    const QString in = options.input;
    const QString out = options.output;
    const QFileInfo inInfo(in);
    const QFileInfo outInfo(out);
    if (outInfo.exists() && inInfo.exists() && outInfo.canonicalFilePath() == inInfo.canonicalFilePath()) {
        errLine(Tr::tr("bundle anonymise: %1 is the input; name another file").arg(out));
        return ExitUsage;
    }
    QString error;
    const std::optional<EvidenceBundle> bundle = EvidenceBundle::read(in, &error);
    if (!bundle) {
        errLine(error);
        return ExitUsage;
    }
    QHash<QString, QString> replaced;
    const EvidenceBundle anonymised = Anonymiser::anonymise(*bundle, &replaced);
    if (!anonymised.write(out, &error)) {
        errLine(error);
        return ExitIncomplete;
    }
    writeOut(Tr::tr("%1 written: %n value(s) replaced.\n", nullptr, int(replaced.size())).arg(out));
    return ExitPass;
}

} // namespace dwh::cli
