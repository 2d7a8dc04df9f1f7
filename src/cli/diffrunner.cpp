// SPDX-License-Identifier: MIT
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

int runDiff(const QStringList &args)
{
    QString format = QStringLiteral("text");
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--format") || a.startsWith(QLatin1String("--format="))) {
            if (a.contains(QLatin1Char('=')))
                format = a.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size())
                format = args.at(++i);
            else
                return usage(CliTexts::tr("--format needs a value"));
            format = format.toLower();
            if (format != QLatin1String("text") && format != QLatin1String("json"))
                return usage(CliTexts::tr("--format takes text or json, not \"%1\"").arg(format));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(CliTexts::tr("unknown option: %1").arg(a));
        } else {
            files << a;
        }
    }
    if (files.size() != 2)
        return usage(CliTexts::tr("needs two reports: dwhealth diff OLD.json NEW.json [--format text|json]"));

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
