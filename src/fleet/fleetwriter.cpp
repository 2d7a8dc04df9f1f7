// SPDX-License-Identifier: MIT
// Chooses the fleet summary's writer by format.
#include "fleetwriter.h"

#include "fleethtml.h"
#include "fleetmarkdown.h"
#include "fleetpdf.h"
#include "fleetsummary.h"
#include "secretredactor.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dwh::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::fleet::FleetWriter)
};

} // namespace

QStringList fleetFormats()
{
    return {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("md"),
            QStringLiteral("pdf")};
}

QByteArray renderFleet(const FleetSummary &summary, const QString &format, QString *error)
{
    if (format == QLatin1String("json"))
        return QJsonDocument(SecretRedactor::live().redact(summary.toJson()))
            .toJson(QJsonDocument::Indented);
    if (format == QLatin1String("html"))
        return SecretRedactor::live().redact(fleetHtml(summary)).toUtf8();
    if (format == QLatin1String("md"))
        return SecretRedactor::live().redact(fleetMarkdown(summary)).toUtf8();
    if (format == QLatin1String("pdf"))
        return fleetPdf(summary);
    if (error)
        *error = Tr::tr("the fleet summary is written as %1, not %2")
                     .arg(fleetFormats().join(QStringLiteral(", ")), format);
    return QByteArray();
}

} // namespace dwh::fleet
