// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace dwh {

/** Translation context of the PDF report's texts (page frame and content): "dwh::PdfWriter"
 *  (PdfTexts::tr("…")). */
class PdfTexts
{
    Q_DECLARE_TR_FUNCTIONS(dwh::PdfWriter)
};

} // namespace dwh
