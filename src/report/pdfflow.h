// SPDX-License-Identifier: MIT
#pragma once
// A small flow layout for the PDF: paragraphs, tables, bars, images and rules, laid out once
// (pdftextlayouts) and paginated as they are added. Headings stay with what follows them, table rows
// are not split unless taller than a page (then at line boundaries), table headers repeat on every
// page, and text wraps (anywhere, if a word is wider than its column) instead of being clipped.

#include "pdftextlayouts.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <variant>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace dwh::pdf {

struct ParagraphStyle
{
    qreal pointSize = 9.5;
    bool bold = false;
    QColor color = Qt::black;
    qreal spaceBefore = 0;   // points
    qreal spaceAfter = 3;    // points
    qreal indent = 0;        // points, from the left
    QString marker;          // drawn in the indent on the first line ("1.")
    QColor boxColor;         // valid: the paragraph sits in a filled box
    qreal boxPadding = 0;    // points
    Qt::Alignment align = Qt::AlignLeft;
    bool keepWithNext = false;
};

struct TableCell
{
    RichText text;
    QColor background;       // invalid: none
    Qt::Alignment align = Qt::AlignLeft;
};

struct TableSpec
{
    QList<qreal> widths;                 // fractions of the width, one per column; empty: from
                                         // the content (each column fits its longest word)
    QList<TableCell> header;             // repeated on every page the table runs onto
    QList<QList<TableCell>> rows;
    qreal pointSize = 8.5;
    qreal padding = 2.5;                 // points
    QColor headerBackground = QColor(0xe8, 0xed, 0xf3);
    QColor borderColor = QColor(0xc8, 0xce, 0xd6);
    bool grid = true;                    // false: no borders (fact lists)
    qreal widthFraction = 1.0;           // of the flow width
};

class Flow
{
public:
    /** `width` and `pageHeight` in device pixels of `device`. */
    Flow(QPaintDevice *device, qreal width, qreal pageHeight);
    ~Flow();
    Flow(const Flow &) = delete;
    Flow &operator=(const Flow &) = delete;

    void paragraph(const RichText &text, const ParagraphStyle &style = {});
    void table(const TableSpec &table);
    /** A horizontal bar of coloured segments (fractions of the width). */
    void bar(const QList<QPair<qreal, QColor>> &segments, qreal heightPoints,
             qreal spaceAfterPoints = 2);
    void rule(const QColor &color, qreal thicknessPoints, qreal spaceAfterPoints = 4);
    void image(const QImage &image, const QSizeF &sizePoints, Qt::Alignment align);
    void space(qreal points);
    void pageBreak();
    /** Places what still waits for a follower (a heading at the very end). */
    void finish();

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    /** Paints page `page` with the painter's origin at the top left of the flow. */
    void paint(QPainter *painter, int page) const;
    /** Frees what only page `page` uses, once it is painted. */
    void release(int page);

    qreal points(qreal pt) const { return pt * m_text.pixelsPerPoint(); }

private:
    struct TextPiece { std::shared_ptr<TextLayout> layout; int from = 0, to = 0; QPointF pos; };
    struct RectPiece { QRectF rect; QColor fill; QColor stroke; qreal strokeWidth = 0; };
    struct ImagePiece { QImage image; QRectF rect; };
    using Piece = std::variant<TextPiece, RectPiece, ImagePiece>;
    struct Cell;
    struct Row;

    QList<qreal> contentWidths(const TableSpec &table) const;
    Row layoutRow(const TableSpec &table, const QList<qreal> &widths, const QList<TableCell> &cells,
                  bool header);
    void placeRow(const TableSpec &table, Row &row, const Row *header);
    void placeHeaderRow(const TableSpec &table, const Row &header);
    qreal remaining() const { return m_pageHeight - m_y; }
    void newPage();
    void add(Piece piece);
    void flushPending(qreal neededAfter);

    TextLayouts m_text;
    qreal m_width;
    qreal m_pageHeight;
    qreal m_y = 0;
    std::vector<std::vector<Piece>> m_pages;
    struct Pending { std::shared_ptr<TextLayout> layout; ParagraphStyle style; qreal height; };
    std::vector<Pending> m_pending;   // headings waiting for what follows them
};

} // namespace dwh::pdf
