// SPDX-License-Identifier: MIT
// `dwhealth diff`: what changed between two reports or bundles.
#include "diffrunner.h"

#include "clioptions.h"
#include "clistr.h"
#include "evidencebundle.h"
#include "historystore.h"
#include "report.h"
#include "reportdiff.h"
#include "terminalout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <optional>

namespace dwh::cli {

namespace {

int usage(const QString &message)
{
    errLine(QStringLiteral("diff: ") + message);
    return ExitUsage;
}

bool isZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

/** The report in `path` (a report JSON file or an evidence bundle). */
std::optional<QJsonObject> loadReport(const QString &path, QString *error)
{
    std::optional<QJsonObject> json;
    if (isZip(path)) {
        if (std::optional<EvidenceBundle> bundle = EvidenceBundle::read(path, error, EvidenceBundle::ReportMember))
            json = bundle->report;
    } else {
        json = HistoryStore::load(path, error);
    }
    if (!json)
        return std::nullopt;
    QString problem;
    if (!Report::fromJson(*json, &problem)) {
        *error = CliTexts::tr("%1: not a dwhealth report: %2").arg(path, problem);
        return std::nullopt;
    }
    return json;
}

} // namespace

int runDiff(const DiffOptions &options)
{
    const QString &format = options.format;
    const QStringList &files = options.files;
    QString error;
    const std::optional<QJsonObject> older = loadReport(files.at(0), &error);
    const std::optional<QJsonObject> newer = older ? loadReport(files.at(1), &error) : std::nullopt;
    if (!older || !newer)
        return usage(error);

    const ReportDiff diff = diffReports(*older, *newer);
    writeOut(format == QLatin1String("json")
                 ? QString::fromUtf8(QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented))
                 : diff.toText());
    return diff.hasChanges() ? ExitFail : ExitPass;
}

} // namespace dwh::cli
