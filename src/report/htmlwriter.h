// SPDX-License-Identifier: MIT
#pragma once

#include "pdfoptions.h"

#include <QByteArray>

namespace dwh {

struct Report;

/**
 * One self-contained HTML file (inline CSS, the logo inlined as a data: URI, no external
 * resources) with the content of the PDF: cover, executive summary, a findings table per step,
 * one section per finding with its records, evidence and fix, and an appendix. Every value from
 * the report is HTML-escaped. An unreadable logo is left out.
 */
QByteArray renderHtml(const Report &report, const PdfOptions &options = {});

} // namespace dwh
