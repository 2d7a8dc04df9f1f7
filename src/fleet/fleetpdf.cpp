// SPDX-License-Identifier: MIT
// The fleet summary as a PDF.
#include "fleetpdf.h"

#include "fleethtml.h"
#include "fleetsummary.h"
#include "secretredactor.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace dwh::fleet {

QByteArray fleetPdf(const FleetSummary &summary)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("dwhealth fleet summary"));
        writer.setCreator(QStringLiteral("dwhealth"));
        QTextDocument document;
        document.setHtml(SecretRedactor::live().redact(fleetHtml(summary)));
        document.print(&writer);
    }
    return bytes;
}

} // namespace dwh::fleet
