// SPDX-License-Identifier: MIT
#pragma once
// What the PDF says, laid out into pdf::Flow: the cover, then the body (executive summary with a
// findings table per step, one section per finding with its records, evidence and fix, appendix).

#include "pdfoptions.h"

#include <QList>
#include <QPair>
#include <QSizeF>
#include <QString>

class QImage;

namespace dwh {

struct Report;

namespace pdf {
class Flow;
}

/** A part of the body, which starts on a new page: its title and first page (0-based). */
struct PdfSection
{
    QString title;
    int firstPage = 0;
};

/** `extra` sections come after the findings, before the appendix, each on new pages. */
QList<PdfSection> buildPdfBody(pdf::Flow *flow, const Report &report,
                               const QList<PdfExtraSection> &extra = {});

/** `logo` is printed at `logoSize` points when not null; `contents` are (title, page number). */
void buildPdfCover(pdf::Flow *flow, const Report &report, const PdfOptions &options,
                   const QImage &logo, const QSizeF &logoSize,
                   const QList<QPair<QString, int>> &contents);

} // namespace dwh
