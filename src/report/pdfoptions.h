// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QImage;

namespace dwh {

enum class PageSize { A4, Letter };

/** The cover and page of the customer-ready formats (pdf, and html where it applies). */
struct PdfOptions
{
    QString consultant;              // "Prepared by" on the cover; empty: not shown
    QString customer;                // cover title; empty: the profile name
    QString logoPath;                // image on the cover; empty: none
    PageSize pageSize = PageSize::A4;
    bool redacted = false;           // the report is a redacted copy: the cover says so
};

/** "A4" or "Letter", case-insensitively. */
bool pageSizeFromString(const QString &text, PageSize *size);
QString pageSizeName(PageSize size);

/** Reads the logo; false with `error` naming the file when it is not a readable image. */
bool loadLogo(const QString &path, QImage *image, QString *error);

} // namespace dwh
