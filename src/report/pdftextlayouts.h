// SPDX-License-Identifier: MIT
#pragma once
// Rich text laid out with QTextLayout for the PDF device; repeated texts share one layout while it
// is in use.

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextLayout>

#include <memory>
#include <unordered_map>

class QFontMetricsF;
class QPaintDevice;

namespace dwh::pdf {

/** A run of text with its format (weight, colour, background, family, size, link). */
struct Span
{
    QString text;
    QTextCharFormat format;
};
using RichText = QList<Span>;

/** What a whole piece of text starts from; spans refine it. */
struct TextStyle
{
    qreal pointSize = 9.5;
    bool bold = false;
    QColor color = Qt::black;
    Qt::Alignment align = Qt::AlignLeft;
};

/** A laid-out text. Text in one colour without formats of its own has no format ranges (cheaper to
 *  lay out and to keep): it is drawn with `pen`. */
class TextLayout : public QTextLayout
{
public:
    using QTextLayout::QTextLayout;
    QColor pen;  // valid: set this pen to draw the text
};

class TextLayouts
{
public:
    explicit TextLayouts(QPaintDevice *device);

    /** `text` broken into lines of `width` device pixels (anywhere, if a word is wider). */
    std::shared_ptr<TextLayout> layout(const RichText &text, const TextStyle &style, qreal width);
    QFontMetricsF metrics(qreal pointSize, bool bold) const;
    qreal pixelsPerPoint() const { return m_scale; }

private:
    std::shared_ptr<TextLayout> create(const RichText &text, const TextStyle &style, qreal width) const;

    QPaintDevice *m_device;
    QFont m_font;
    qreal m_scale;
    std::unordered_map<QString, std::weak_ptr<TextLayout>> m_shared;
};

} // namespace dwh::pdf
