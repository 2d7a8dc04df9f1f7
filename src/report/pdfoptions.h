// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QImage;

namespace dwh {

enum class PageSize { A4, Letter };

/** A format-neutral piece of an extra PDF section. */
struct PdfBlock
{
    enum class Kind { Heading, Paragraph, Table, List };
    Kind kind = Kind::Paragraph;
    QString text;              // Heading, Paragraph
    QStringList header;        // Table
    QList<QStringList> rows;   // Table
    QList<qreal> widths;       // Table: fractions of the width per column; empty: from the content
    QStringList items;         // List
    bool numbered = false;     // List: 1. 2. 3.
};

/** A section after the findings (the table maps and recent errors), on its own pages. */
struct PdfExtraSection
{
    QString title;
    QList<PdfBlock> blocks;
};

/** The cover and page of the customer-ready formats (pdf, and html where it applies). */
struct PdfOptions
{
    QString consultant;              // "Prepared by" on the cover; empty: not shown
    QString customer;                // cover title; empty: the profile name
    QString logoPath;                // image on the cover; empty: none
    PageSize pageSize = PageSize::A4;
    bool redacted = false;           // the report is a redacted copy: the cover says so
    /** pdf: sections after the findings, when their facts were read; a redacted copy leaves
     *  them out (their texts are not redacted). */
    QList<PdfExtraSection> extraSections;
};

/** "A4" or "Letter", case-insensitively. */
bool pageSizeFromString(const QString &text, PageSize *size);
QString pageSizeName(PageSize size);

/** Reads the logo; false with `error` naming the file when it is not a readable image. */
bool loadLogo(const QString &path, QImage *image, QString *error);

} // namespace dwh
