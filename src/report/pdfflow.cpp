// SPDX-License-Identifier: MIT
#include "pdfflow.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>
#include <QTextLayout>

#include <algorithm>
#include <optional>

namespace dwh::pdf {

namespace {

qreal lineTop(const QTextLayout &layout, int line)
{
    return layout.lineAt(line).y();
}

qreal lineBottom(const QTextLayout &layout, int line)
{
    const QTextLine l = layout.lineAt(line);
    return l.y() + l.height();
}

// How many lines from `from` fit in `avail` pixels; at least one when `force`.
int fittingLines(const QTextLayout &layout, int from, qreal avail, bool force)
{
    const int n = layout.lineCount();
    int to = from;
    while (to < n && lineBottom(layout, to) - lineTop(layout, from) <= avail)
        ++to;
    if (to == from && force && from < n)
        ++to;
    return to;
}

qreal height(const QTextLayout &layout, int from, int to)
{
    return to > from ? lineBottom(layout, to - 1) - lineTop(layout, from) : 0;
}

} // namespace

struct Flow::Cell
{
    std::shared_ptr<TextLayout> layout;
    QColor background;
    qreal x = 0, width = 0;
    int next = 0;  // first line not yet placed
};

struct Flow::Row
{
    std::vector<Cell> cells;
    qreal padding = 0;

    bool done() const
    {
        return std::all_of(cells.begin(), cells.end(),
                           [](const Cell &c) { return c.next >= c.layout->lineCount(); });
    }
    // Height of what is left of the row, padding included.
    qreal remainingHeight() const
    {
        qreal h = 0;
        for (const Cell &c : cells)
            h = std::max(h, height(*c.layout, c.next, c.layout->lineCount()));
        return h + 2 * padding;
    }
};

Flow::Flow(QPaintDevice *device, qreal width, qreal pageHeight)
    : m_text(device)
    , m_width(width)
    , m_pageHeight(pageHeight)
{
    m_pages.emplace_back();
}

Flow::~Flow() = default;

void Flow::newPage()
{
    m_pages.emplace_back();
    m_y = 0;
}

void Flow::add(Piece piece)
{
    m_pages.back().push_back(std::move(piece));
}

void Flow::finish()
{
    flushPending(0);
}

void Flow::pageBreak()
{
    flushPending(0);
    if (m_y > 0 || !m_pages.back().empty())
        newPage();
}

void Flow::space(qreal pt)
{
    if (m_y > 0)
        m_y = std::min(m_pageHeight, m_y + points(pt));
}

void Flow::flushPending(qreal neededAfter)
{
    if (m_pending.empty())
        return;
    std::vector<Pending> pending;
    pending.swap(m_pending);
    qreal total = neededAfter;
    for (const Pending &p : pending)
        total += p.height;
    if (m_y > 0 && total > remaining() && total <= m_pageHeight)
        newPage();
    for (const Pending &p : pending) {
        if (m_y > 0)
            m_y += points(p.style.spaceBefore);
        const int n = p.layout->lineCount();
        int from = 0;
        while (from < n) {
            int to = fittingLines(*p.layout, from, remaining(), m_y == 0);
            if (to == from) {
                newPage();
                continue;
            }
            add(TextPiece{p.layout, from, to, QPointF(points(p.style.indent), m_y - lineTop(*p.layout, from))});
            m_y += height(*p.layout, from, to);
            from = to;
            if (from < n)
                newPage();
        }
        m_y += points(p.style.spaceAfter);
    }
}

void Flow::paragraph(const RichText &text, const ParagraphStyle &style)
{
    const qreal indent = points(style.indent);
    const bool boxed = style.boxColor.isValid();
    const qreal pad = boxed ? points(style.boxPadding) : 0;
    const qreal width = m_width - indent - 2 * pad;
    auto layout = m_text.layout(text, TextStyle{style.pointSize, style.bold, style.color, style.align}, width);
    const int n = layout->lineCount();
    const qreal total = height(*layout, 0, n) + 2 * pad;
    if (style.keepWithNext) {
        m_pending.push_back(Pending{layout, style, points(style.spaceBefore) + total + points(style.spaceAfter)});
        return;
    }
    const qreal first = n > 0 ? height(*layout, 0, 1) + 2 * pad : 0;
    flushPending(boxed ? total : first);
    if (m_y > 0)
        m_y += points(style.spaceBefore);
    // A box moves to the next page whole when it fits on one.
    if (boxed && m_y > 0 && total > remaining() && total <= m_pageHeight)
        newPage();

    std::shared_ptr<TextLayout> marker;
    if (!style.marker.isEmpty())
        marker = m_text.layout({Span{style.marker, {}}},
                               TextStyle{style.pointSize, style.bold, style.color, Qt::AlignRight}, indent);
    int from = 0;
    while (from < n) {
        const int to = fittingLines(*layout, from, remaining() - 2 * pad, m_y == 0);
        if (to == from) {
            newPage();
            continue;
        }
        const qreal h = height(*layout, from, to);
        if (boxed)
            add(RectPiece{QRectF(indent, m_y, width + 2 * pad, h + 2 * pad), style.boxColor, {}, 0});
        add(TextPiece{layout, from, to, QPointF(indent + pad, m_y + pad - lineTop(*layout, from))});
        if (marker && from == 0)
            add(TextPiece{marker, 0, 1, QPointF(-points(4), m_y + pad)});
        m_y += h + 2 * pad;
        from = to;
        if (from < n)
            newPage();
    }
    m_y += points(style.spaceAfter);
}

QList<qreal> Flow::contentWidths(const TableSpec &table) const
{
    qsizetype columns = table.header.size();
    for (const QList<TableCell> &row : table.rows)
        columns = std::max(columns, row.size());
    const qreal width = m_width * table.widthFraction;
    const qreal pad = 2 * points(table.padding) + points(1);
    std::vector<qreal> least(columns, pad), wanted(columns, pad);
    const QFontMetricsF plain = m_text.metrics(table.pointSize, false);
    const QFontMetricsF bold = m_text.metrics(table.pointSize, true);
    auto measure = [&](qsizetype col, const TableCell &cell, const QFontMetricsF &fm) {
        QString text;
        for (const Span &span : cell.text)
            text += span.text;
        qreal line = 0;
        qreal word = 0;
        for (const QStringView part : QStringView(text).split(QLatin1Char('\n')))
            line = std::max(line, fm.horizontalAdvance(part.toString()));
        for (const QStringView part : QStringView(text).split(QLatin1Char(' ')))
            word = std::max(word, fm.horizontalAdvance(part.toString()));
        least[col] = std::max(least[col], std::min(word, width * 0.4) + pad);
        wanted[col] = std::max(wanted[col], line + pad);
    };
    for (qsizetype c = 0; c < table.header.size(); ++c)
        measure(c, table.header.at(c), bold);
    for (const QList<TableCell> &row : table.rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            measure(c, row.at(c), plain);
    }
    // Every column gets its longest word; what is left goes where the text wants more room.
    qreal sumLeast = 0, sumMore = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        sumLeast += least[c];
        sumMore += wanted[c] - least[c];
    }
    QList<qreal> widths;
    const qreal spare = width - sumLeast;
    for (qsizetype c = 0; c < columns; ++c) {
        qreal w = least[c];
        if (spare <= 0)
            w = least[c] * width / sumLeast;
        else if (sumMore <= spare)
            w = wanted[c] + (spare - sumMore) * wanted[c] / (sumLeast + sumMore);
        else
            w = least[c] + spare * (wanted[c] - least[c]) / sumMore;
        widths << w / width;
    }
    return widths;
}

Flow::Row Flow::layoutRow(const TableSpec &table, const QList<qreal> &widths,
                          const QList<TableCell> &cells, bool header)
{
    Row row;
    row.padding = points(table.padding);
    const qreal tableWidth = m_width * table.widthFraction;
    qreal x = 0;
    for (int i = 0; i < widths.size(); ++i) {
        const qreal w = tableWidth * widths.at(i);
        const TableCell cell = i < cells.size() ? cells.at(i) : TableCell();
        Cell c;
        c.layout = m_text.layout(cell.text, TextStyle{table.pointSize, header, Qt::black, cell.align},
                                 w - 2 * row.padding);
        c.background = header && !cell.background.isValid() ? table.headerBackground : cell.background;
        c.x = x;
        c.width = w;
        row.cells.push_back(std::move(c));
        x += w;
    }
    return row;
}

void Flow::placeHeaderRow(const TableSpec &table, const Row &header)
{
    Row copy = header;
    placeRow(table, copy, nullptr);
}

void Flow::placeRow(const TableSpec &table, Row &row, const Row *header)
{
    const qreal headerHeight = header ? header->remainingHeight() : 0;
    while (!row.done()) {
        const qreal needed = row.remainingHeight();
        qreal slice = needed;
        bool split = false;
        if (needed > remaining()) {
            if (m_y > 0 && needed + headerHeight <= m_pageHeight) {
                newPage();
                if (header)
                    placeHeaderRow(table, *header);
                continue;
            }
            split = true;  // taller than a page: cut at line boundaries
        }
        const qreal avail = remaining() - 2 * row.padding;
        // At the top of a page (below the repeated header) at least one line goes in.
        const bool fresh = m_y <= headerHeight + 1;
        qreal used = 0;
        std::vector<std::pair<int, int>> ranges;
        for (Cell &c : row.cells) {
            const int to = split ? fittingLines(*c.layout, c.next, avail, fresh) : c.layout->lineCount();
            ranges.emplace_back(c.next, to);
            used = std::max(used, height(*c.layout, c.next, to));
        }
        if (split) {
            if (used <= 0 && !fresh) {  // not even one line fits here
                newPage();
                if (header)
                    placeHeaderRow(table, *header);
                continue;
            }
            slice = used + 2 * row.padding;
        }
        for (size_t i = 0; i < row.cells.size(); ++i) {
            Cell &c = row.cells[i];
            const QRectF rect(c.x, m_y, c.width, slice);
            if (c.background.isValid() || table.grid)
                add(RectPiece{rect, c.background, table.grid ? table.borderColor : QColor(),
                              table.grid ? points(0.5) : 0});
            const auto [from, to] = ranges[i];
            if (to > from)
                add(TextPiece{c.layout, from, to,
                              QPointF(rect.left() + row.padding, m_y + row.padding - lineTop(*c.layout, from))});
            c.next = to;
        }
        m_y += slice;
        if (!row.done()) {
            newPage();
            if (header)
                placeHeaderRow(table, *header);
        }
    }
}

void Flow::table(const TableSpec &spec)
{
    const QList<qreal> widths = spec.widths.isEmpty() ? contentWidths(spec) : spec.widths;
    std::optional<Row> header;
    if (!spec.header.isEmpty())
        header = layoutRow(spec, widths, spec.header, true);
    std::vector<Row> rows;
    rows.reserve(spec.rows.size());
    for (const QList<TableCell> &cells : spec.rows)
        rows.push_back(layoutRow(spec, widths, cells, false));

    const qreal headerHeight = header ? header->remainingHeight() : 0;
    const qreal firstRow = rows.empty() ? 0 : std::min(rows.front().remainingHeight(), m_pageHeight / 4);
    flushPending(headerHeight + firstRow);
    if (m_y > 0 && headerHeight + firstRow > remaining())
        newPage();
    if (header)
        placeHeaderRow(spec, *header);
    for (Row &row : rows)
        placeRow(spec, row, header ? &*header : nullptr);
    m_y += points(5);
}

void Flow::bar(const QList<QPair<qreal, QColor>> &segments, qreal heightPoints, qreal spaceAfterPoints)
{
    const qreal h = points(heightPoints);
    flushPending(h);
    if (h > remaining())
        newPage();
    qreal x = 0;
    for (const auto &[fraction, color] : segments) {
        const qreal w = m_width * fraction;
        add(RectPiece{QRectF(x, m_y, w, h), color, {}, 0});
        x += w;
    }
    m_y += h + points(spaceAfterPoints);
}

void Flow::rule(const QColor &color, qreal thicknessPoints, qreal spaceAfterPoints)
{
    const qreal h = points(thicknessPoints);
    flushPending(h);
    if (h > remaining())
        newPage();
    add(RectPiece{QRectF(0, m_y, m_width, h), color, {}, 0});
    m_y += h + points(spaceAfterPoints);
}

void Flow::image(const QImage &image, const QSizeF &sizePoints, Qt::Alignment align)
{
    const QSizeF size(points(sizePoints.width()), points(sizePoints.height()));
    flushPending(size.height());
    if (size.height() > remaining())
        newPage();
    const qreal x = align & Qt::AlignRight ? m_width - size.width()
        : align & Qt::AlignHCenter         ? (m_width - size.width()) / 2
                                           : 0;
    add(ImagePiece{image, QRectF(QPointF(x, m_y), size)});
    m_y += size.height();
}

void Flow::release(int page)
{
    if (page >= 0 && page < pageCount())
        std::vector<Piece>().swap(m_pages[page]);
}

void Flow::paint(QPainter *painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    for (const Piece &piece : m_pages.at(page)) {
        if (const auto *rect = std::get_if<RectPiece>(&piece)) {
            if (rect->fill.isValid())
                painter->fillRect(rect->rect, rect->fill);
            if (rect->stroke.isValid() && rect->strokeWidth > 0) {
                painter->save();
                painter->setPen(QPen(rect->stroke, rect->strokeWidth));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(rect->rect);
                painter->restore();
            }
        } else if (const auto *text = std::get_if<TextPiece>(&piece)) {
            if (text->layout->pen.isValid())
                painter->setPen(text->layout->pen);
            for (int i = text->from; i < text->to; ++i)
                text->layout->lineAt(i).draw(painter, text->pos);
        } else if (const auto *image = std::get_if<ImagePiece>(&piece)) {
            painter->drawImage(image->rect, image->image);
        }
    }
}

} // namespace dwh::pdf
