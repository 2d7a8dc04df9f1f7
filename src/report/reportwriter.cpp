// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "junitwriter.h"
#include "markdownwriter.h"
#include "report.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace dwh {

QStringList reportFormats()
{
    return {QStringLiteral("json"), QStringLiteral("junit"), QStringLiteral("md")};
}

QByteArray renderReport(const Report &report, const QString &format, QString *error)
{
    if (format == QLatin1String("json"))
        return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    if (format == QLatin1String("junit"))
        return renderJUnit(report);
    if (format == QLatin1String("md"))
        return renderMarkdown(report);
    *error = QCoreApplication::translate("dwh::ReportWriter", "unknown report format \"%1\"")
                 .arg(format);
    return QByteArray();
}

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error)
{
    const QByteArray data = renderReport(report, format, error);
    if (data.isEmpty())
        return false;
    if (path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()) {
            *error = QCoreApplication::translate("dwh::ReportWriter", "cannot write to stdout");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("dwh::ReportWriter", "%1: cannot write: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dwh
