// SPDX-License-Identifier: MIT
#include "pdftextlayouts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPen>
#include <QTextLayout>
#include <QTextStream>

#include <algorithm>

namespace dwh::pdf {

namespace {

// Texts up to this length are shared: badges, labels, step names, HTTP statuses, headers, and the
// sentences every finding repeats (a fix's summary, its documentation line). Longer texts are rarely
// repeated and would make long keys.
constexpr qsizetype ShareUpTo = 400;

// A text form of a format property that tells different values apart (brushes, families, …).
QString variantKey(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QBrush: {
        const QBrush b = v.value<QBrush>();
        return QStringLiteral("brush:%1:%2").arg(int(b.style())).arg(b.color().rgba());
    }
    case QMetaType::QColor: return QStringLiteral("color:%1").arg(v.value<QColor>().rgba());
    case QMetaType::QStringList: return QStringLiteral("list:") + v.toStringList().join(QLatin1Char(','));
    case QMetaType::QPen: return QStringLiteral("pen:%1").arg(v.value<QPen>().color().rgba());
    default: break;
    }
    return QString::number(v.typeId()) + QLatin1Char(':') + v.toString();
}

QString keyOf(const RichText &text, const TextStyle &style, qreal width)
{
    QString key;
    QTextStream k(&key);
    k << style.pointSize << '|' << style.bold << '|' << style.color.rgba() << '|' << width << '|'
      << int(style.align);
    for (const Span &span : text) {
        k << '|' << span.text << '|';
        const QMap<int, QVariant> properties = span.format.properties();
        for (auto it = properties.cbegin(); it != properties.cend(); ++it)
            k << it.key() << '=' << variantKey(it.value()) << ';';
    }
    k.flush();
    return key;
}

// Puts what `format` sets into `font` and `pen` when that is all it sets (families, size, weight,
// italics, a plain colour); false when it needs a format range (background, link, underline…).
bool foldInto(const QTextCharFormat &format, QFont *font, QColor *pen)
{
    const QMap<int, QVariant> properties = format.properties();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        switch (it.key()) {
        case QTextFormat::FontFamilies:
        case QTextFormat::FontPointSize:
        case QTextFormat::FontWeight:
        case QTextFormat::FontItalic:
            break;
        case QTextFormat::ForegroundBrush:
            if (format.foreground().style() != Qt::SolidPattern)
                return false;
            break;
        default:
            return false;
        }
    }
    if (format.hasProperty(QTextFormat::FontFamilies))
        font->setFamilies(format.fontFamilies().toStringList());
    if (format.hasProperty(QTextFormat::FontPointSize))
        font->setPointSizeF(format.fontPointSize());
    if (format.hasProperty(QTextFormat::FontWeight))
        font->setWeight(QFont::Weight(format.fontWeight()));
    if (format.hasProperty(QTextFormat::FontItalic))
        font->setItalic(format.fontItalic());
    if (format.hasProperty(QTextFormat::ForegroundBrush))
        *pen = format.foreground().color();
    return true;
}

} // namespace

TextLayouts::TextLayouts(QPaintDevice *device)
    : m_device(device)
    , m_scale(device->logicalDpiY() / 72.0)
{
    m_font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                        QStringLiteral("Arial"), QStringLiteral("Helvetica")});
    m_font.setPointSizeF(9.5);
    // A letter spacing (0.1 %, invisible) turns ligatures off: "fi" stays two characters when the
    // text is copied or searched.
    m_font.setLetterSpacing(QFont::PercentageSpacing, 100.1);
}

QFontMetricsF TextLayouts::metrics(qreal pointSize, bool bold) const
{
    QFont font = m_font;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return QFontMetricsF(QFont(font, m_device), m_device);
}

std::shared_ptr<TextLayout> TextLayouts::layout(const RichText &text, const TextStyle &style,
                                                 qreal width)
{
    qsizetype length = 0;
    for (const Span &span : text)
        length += span.text.size();
    if (length > ShareUpTo)
        return create(text, style, width);
    const QString key = keyOf(text, style, width);
    std::weak_ptr<TextLayout> &shared = m_shared[key];
    if (auto layout = shared.lock())
        return layout;
    auto layout = create(text, style, width);
    shared = layout;  // weak: Flow::release() still frees it once its last page is painted
    return layout;
}

std::shared_ptr<TextLayout> TextLayouts::create(const RichText &text, const TextStyle &style,
                                                 qreal width) const
{
    QString plain;
    QList<QTextLayout::FormatRange> ranges;
    // Plain text needs no format ranges: the painter's pen gives its colour, and a single span's
    // font and colour go into the layout's font and the pen.
    QFont font = m_font;
    font.setPointSizeF(style.pointSize);
    font.setBold(style.bold);
    QColor pen = style.color;
    const bool formatted = text.size() == 1 ? !foldInto(text.first().format, &font, &pen)
                                            : std::any_of(text.cbegin(), text.cend(), [](const Span &span) {
                                                  return !span.format.properties().isEmpty();
                                              });
    for (const Span &span : text) {
        QTextLayout::FormatRange range;
        range.start = static_cast<int>(plain.size());
        range.length = static_cast<int>(span.text.size());
        range.format = span.format;
        if (!range.format.hasProperty(QTextFormat::ForegroundBrush))
            range.format.setForeground(style.color);
        plain += span.text;
        ranges << range;
    }
    // Server data may hold line breaks; QTextLayout wants U+2028 for them.
    plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<TextLayout>(plain, QFont(font, m_device), m_device);
    QTextOption option(style.align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    if (formatted)
        layout->setFormats(ranges);
    else
        layout->pen = pen;
    layout->setCacheEnabled(true);  // drawn right after; Flow::release() frees it page by page
    layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

} // namespace dwh::pdf
