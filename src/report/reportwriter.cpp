// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "htmlwriter.h"
#include "junitwriter.h"
#include "markdownwriter.h"
#include "pdfwriter.h"
#include "redaction.h"
#include "report.h"
#include "savefile.h"
#include "secretredactor.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace dwh {

QStringList reportFormats()
{
    return {QStringLiteral("json"), QStringLiteral("junit"), QStringLiteral("md"),
            QStringLiteral("html"), QStringLiteral("pdf")};
}

bool isBinaryFormat(const QString &format)
{
    return format == QLatin1String("pdf");
}

QJsonObject liveReportJson(const Report &report)
{
    return SecretRedactor::live().redact(report).toJson();
}

QByteArray renderReport(const Report &report, const QString &format, QString *error)
{
    return renderReport(report, format, RenderOptions(), error);
}

QByteArray renderReport(const Report &source, const QString &format, const RenderOptions &options,
                        QString *error)
{
    if (!reportFormats().contains(format)) {
        *error = QCoreApplication::translate("dwh::ReportWriter", "unknown report format \"%1\"")
                     .arg(format);
        return QByteArray();
    }
    if (format == QLatin1String("json") && !options.redact && options.liveJson)
        return QJsonDocument(*options.liveJson).toJson(QJsonDocument::Indented);
    // The PDF, read by people who fix, names the records (before redaction, which masks them).
    Report specific = source;
    if (format == QLatin1String("pdf")) {
        for (StepResult &step : specific.steps) {
            for (CheckResult &check : step.checks) {
                const auto steps = options.recordFixSteps.constFind(check.id);
                if (steps != options.recordFixSteps.cend() && !check.remediation.isEmpty())
                    check.remediation.steps = *steps;
            }
        }
    }
    // Live secrets go in every case; --redact also masks identifiers, hosts and names.
    const Report clean = SecretRedactor::live().redact(specific);
    const Report report = options.redact ? redactReport(clean, options.redactValues) : clean;
    PdfOptions document = options.document;
    document.redacted = options.redact;
    if (format == QLatin1String("json")) {
        QJsonObject json = report.toJson();
        if (options.redact)
            json.insert(QStringLiteral("redacted"), true);
        return QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    if (format == QLatin1String("junit"))
        return renderJUnit(report);
    if (format == QLatin1String("md"))
        return renderMarkdown(report);
    if (format == QLatin1String("html"))
        return renderHtml(report, document);
    return renderPdf(report, document);
}

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error)
{
    return writeReport(report, format, RenderOptions(), path, error);
}

bool writeReport(const Report &report, const QString &format, const RenderOptions &options,
                 const QString &path, QString *error)
{
    QByteArray data = renderReport(report, format, options, error);
    if (data.isEmpty())
        return false;
    if (path.isEmpty()) {
        // Text on stdout may reach a terminal: no escape sequence from a server acts on it.
        if (!isBinaryFormat(format))
            data = terminalSafe(data);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()) {
            *error = QCoreApplication::translate("dwh::ReportWriter", "cannot write to stdout");
            return false;
        }
        return true;
    }
    QString reason;
    if (!saveFileAtomically(path, data, &reason)) {
        *error = QCoreApplication::translate("dwh::ReportWriter", "%1: cannot write: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace dwh
