// SPDX-License-Identifier: MIT
#include "pdfwriter.h"

#include "simulatedenvironment.h"

#include "pdfcontent.h"
#include "pdfflow.h"
#include "pdfstr.h"
#include "report.h"
#include "reportcontent.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace dwh {

namespace {

constexpr int Resolution = 600;  // device pixels per inch of the layout and the painter

/** The page frame: a running header and "page N of M" footer around the flow's body. */
class PageFrame
{
public:
    PageFrame(QPdfWriter *writer, const Report &report, const PdfOptions &options)
        : m_writer(writer)
    {
        m_font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                            QStringLiteral("Arial"), QStringLiteral("Helvetica")});
        m_font.setPointSizeF(7.5);
        m_font.setLetterSpacing(QFont::PercentageSpacing, 100.1);  // no ligatures, as in the body
        m_font = QFont(m_font, writer);
        const QString who = options.customer.isEmpty() ? report.profileName : options.customer;
        m_headerLeft = PdfTexts::tr("Dual-write health check: %1").arg(who);
        if (report.simulated)  // every page, so no page of a demo passes for a customer's
            m_headerLeft = simulatedEnvironmentNotice() + QStringLiteral(" · ") + m_headerLeft;
        m_headerRight = content::timestamp(report.startedAt);
        m_footerLeft = PdfTexts::tr("dwhealth %1, ruleset %2").arg(report.toolVersion, report.ruleset);
        if (options.redacted)
            m_footerLeft += QStringLiteral(" · ") + PdfTexts::tr("redacted");
        const QFontMetricsF fm(m_font, writer);
        m_band = fm.height() * 3;
        const QRectF page = writer->pageLayout().paintRectPixels(Resolution);
        m_width = page.width();
        m_body = QRectF(0, m_band, page.width(), page.height() - 2 * m_band);
    }

    QSizeF body() const { return m_body.size(); }

    /** Paints the pages of `flows` one after the other. */
    void paint(const QList<pdf::Flow *> &flows) const
    {
        int pages = 0;
        for (const pdf::Flow *f : flows)
            pages += f->pageCount();
        QPainter painter(m_writer);
        int page = 0;
        for (pdf::Flow *flow : flows) {
            for (int i = 0; i < flow->pageCount(); ++i) {
                if (page > 0)
                    m_writer->newPage();
                paintBands(&painter, ++page, pages);
                painter.save();
                painter.translate(m_body.topLeft());
                flow->paint(&painter, i);
                painter.restore();
                flow->release(i);
            }
        }
    }

private:
    void paintBands(QPainter *p, int page, int pages) const
    {
        p->save();
        p->setFont(m_font);
        p->setPen(QColor(0x55, 0x55, 0x55));
        const QFontMetricsF fm(m_font, m_writer);
        p->drawText(QPointF(0, fm.ascent()), fm.elidedText(m_headerLeft, Qt::ElideRight, m_width * 0.7));
        p->drawText(QPointF(m_width - fm.horizontalAdvance(m_headerRight), fm.ascent()), m_headerRight);
        const qreal lineY = fm.height() * 1.5;
        p->fillRect(QRectF(0, lineY, m_width, Resolution / 144.0), QColor(0x0b, 0x5c, 0xad));

        const QString number = PdfTexts::tr("Page %1 of %2").arg(page).arg(pages);
        const qreal base = m_body.bottom() + m_band - fm.descent();
        p->drawText(QPointF(0, base), fm.elidedText(m_footerLeft, Qt::ElideRight, m_width * 0.7));
        p->drawText(QPointF(m_width - fm.horizontalAdvance(number), base), number);
        p->restore();
    }

    QPdfWriter *m_writer;
    QFont m_font;
    QString m_headerLeft, m_headerRight, m_footerLeft;
    qreal m_band = 0;
    qreal m_width = 0;
    QRectF m_body;
};

// The logo as printed (points, at most 6 x 2.4 cm) and as stored (up to 3 times that at 72 dpi).
QSizeF logoFor(const QString &path, QImage *image)
{
    QString error;
    if (path.isEmpty() || !loadLogo(path, image, &error))
        return QSizeF();
    const QSizeF box(170, 68);
    QSizeF printed = image->size();
    if (printed.width() > box.width() || printed.height() > box.height())
        printed = printed.scaled(box, Qt::KeepAspectRatio);
    if (image->width() > 3 * printed.width())
        *image = image->scaled((3 * printed).toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return printed;
}

} // namespace

QByteArray renderPdf(const Report &report, const PdfOptions &options)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setCreator(QStringLiteral("dwhealth %1").arg(report.toolVersion));
    writer.setTitle(PdfTexts::tr("Dual-write health check: %1")
                        .arg(options.customer.isEmpty() ? report.profileName : options.customer));
    const QPageSize size(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(16, 12, 16, 12),
                                     QPageLayout::Millimeter));
    const PageFrame frame(&writer, report, options);

    pdf::Flow body(&writer, frame.body().width(), frame.body().height());
    const QList<PdfSection> sections = buildPdfBody(
        &body, report, options.redacted ? QList<PdfExtraSection>() : options.extraSections);
    body.finish();

    QImage logo;
    const QSizeF logoSize = logoFor(options.logoPath, &logo);
    // The cover is one page; the contents give page numbers as printed (the cover is page 1).
    QList<QPair<QString, int>> contents;
    for (const PdfSection &s : sections)
        contents << qMakePair(s.title, s.firstPage + 2);
    pdf::Flow cover(&writer, frame.body().width(), frame.body().height());
    buildPdfCover(&cover, report, options, logo, logoSize, contents);
    cover.finish();

    frame.paint({&cover, &body});
    return out;
}

} // namespace dwh
