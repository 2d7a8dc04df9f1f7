// SPDX-License-Identifier: MIT
#pragma once

#include "pdfoptions.h"

#include <QByteArray>

namespace dwh {

struct Report;

/**
 * The customer-ready PDF (QPdfWriter, Qt Gui only; needs a QGuiApplication): A4 or Letter, a
 * header and "page N of M" on every page, real (selectable) text, clickable documentation links.
 * Content: see pdfcontent.h. An unreadable logo is left out (check it with loadLogo()).
 */
QByteArray renderPdf(const Report &report, const PdfOptions &options = {});

} // namespace dwh
