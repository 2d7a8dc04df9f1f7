// SPDX-License-Identifier: MIT
#include "pdfcontent.h"

#include "simulatedenvironment.h"

#include "pdfflow.h"
#include "pdfstr.h"
#include "report.h"
#include "reportcontent.h"

#include <QCoreApplication>
#include <QImage>
#include <QUrl>

namespace dwh {

namespace {

using namespace content;
using pdf::ParagraphStyle;
using pdf::RichText;
using pdf::Span;
using pdf::TableCell;
using pdf::TableSpec;

const QColor Navy(0x0b, 0x3d, 0x6e);
const QColor Blue(0x0b, 0x5c, 0xad);
const QColor Grey(0x66, 0x66, 0x66);
const QChar Nbsp(0x00a0);

// ---- spans ----

Span plain(const QString &text)
{
    return Span{text, {}};
}

Span bold(const QString &text)
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    return Span{text, f};
}

Span muted(const QString &text, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(Grey);
    f.setFontItalic(italic);
    return Span{text, f};
}

Span mono(const QString &text, qreal pointSize = 7.5, const QColor &color = Qt::black)
{
    QTextCharFormat f;
    f.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                       QStringLiteral("Courier New")});
    f.setFontPointSize(pointSize);
    f.setForeground(color);
    return Span{text, f};
}

Span sized(const QString &text, qreal pointSize, bool isBold = true)
{
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(isBold ? QFont::Bold : QFont::Normal);
    return Span{text, f};
}

// A status label on its colour. In tables the size is fixed (`pointSize`), small enough that the
// longest translated label ("FEHLGESCHLAGEN") fits its column on one line.
Span badge(CheckStatus status, qreal pointSize = 0)
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    if (pointSize > 0)
        f.setFontPointSize(pointSize);
    f.setForeground(Qt::white);
    f.setBackground(QColor(statusColor(status)));
    return Span{Nbsp + statusLabel(status).toUpper() + Nbsp, f};
}

Span link(const QString &url)
{
    QTextCharFormat f;
    const QUrl u(url);
    if (u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"))) {
        f.setAnchor(true);
        f.setAnchorHref(url);
        f.setForeground(Blue);
        f.setFontUnderline(true);
    }
    return Span{url, f};
}

// ---- paragraph styles ----

ParagraphStyle h2()
{
    ParagraphStyle s;
    s.pointSize = 15;
    s.bold = true;
    s.color = Navy;
    s.spaceBefore = 14;
    s.spaceAfter = 6;
    s.keepWithNext = true;
    return s;
}

ParagraphStyle h3()
{
    ParagraphStyle s;
    s.pointSize = 11;
    s.bold = true;
    s.spaceBefore = 14;
    s.spaceAfter = 1;
    s.keepWithNext = true;
    return s;
}

ParagraphStyle h4()
{
    ParagraphStyle s;
    s.pointSize = 9.5;
    s.bold = true;
    s.color = QColor(0x44, 0x44, 0x44);
    s.spaceBefore = 6;
    s.spaceAfter = 2;
    s.keepWithNext = true;
    return s;
}

ParagraphStyle small(bool keep = false)
{
    ParagraphStyle s;
    s.pointSize = 8;
    s.spaceAfter = 3;
    s.keepWithNext = keep;
    return s;
}

TableSpec grid(const QList<qreal> &widths, const QStringList &header)
{
    TableSpec t;
    t.widths = widths;
    for (const QString &h : header)
        t.header << TableCell{{plain(h)}, {}, Qt::AlignLeft};
    return t;
}

TableSpec facts()
{
    TableSpec t;
    t.widths = {0.28, 0.72};
    t.grid = false;
    t.pointSize = 9.5;
    t.padding = 2;
    return t;
}

void fact(TableSpec *t, const QString &label, const QString &value)
{
    t->rows << QList<TableCell>{TableCell{{muted(label)}, {}, Qt::AlignLeft},
                                TableCell{{plain(value)}, {}, Qt::AlignLeft}};
}

QString codesOf(const CheckResult &c)
{
    return c.codes.join(QStringLiteral(", "));
}

// ---- body ----

void summary(pdf::Flow *f, const Report &r)
{
    f->paragraph({plain(PdfTexts::tr("Executive summary"))}, h2());
    TableSpec counts;
    counts.widths = {0.2, 0.2, 0.2, 0.2, 0.2};
    counts.padding = 4;
    QList<TableCell> values;
    for (CheckStatus s : displayOrder()) {
        counts.header << TableCell{{badge(s, 8)}, QColor(0xf4, 0xf6, 0xf8), Qt::AlignHCenter};
        values << TableCell{{sized(QString::number(countOf(r, s)), 18)}, {}, Qt::AlignHCenter};
    }
    counts.rows << values;
    f->table(counts);
    for (const StepResult &step : r.steps) {
        ParagraphStyle heading = h4();
        heading.color = Qt::black;
        f->paragraph({plain(stepTitle(step.id) + QStringLiteral("  ")), badge(step.status())}, heading);
        const int total = static_cast<int>(step.checks.size());
        QList<QPair<qreal, QColor>> segments;
        QStringList parts;
        for (CheckStatus s : displayOrder()) {
            const int n = countIn(step, s);
            if (n == 0)
                continue;
            segments << qMakePair(qreal(n) / total, QColor(statusColor(s)));
            parts << QStringLiteral("%1 %2").arg(n).arg(statusLabel(s).toLower());
        }
        if (!segments.isEmpty())
            f->bar(segments, 7);
        f->paragraph({muted(parts.join(QStringLiteral(", ")))}, small());
        if (!step.note.isEmpty())
            f->paragraph({muted(step.note, true)}, small());
    }
}

void findingsTables(pdf::Flow *f, const Report &r)
{
    for (const StepResult &step : r.steps) {
        f->paragraph({plain(stepTitle(step.id) + QStringLiteral("  ")), badge(step.status())}, h2());
        TableSpec t = grid({0.15, 0.19, 0.66}, {PdfTexts::tr("Code"), PdfTexts::tr("Status"), PdfTexts::tr("Check")});
        for (const CheckResult &c : step.checks) {
            const QString tint = statusTint(c.status);
            const QColor row = tint.isEmpty() ? QColor() : QColor(tint);
            t.rows << QList<TableCell>{
                TableCell{{mono(c.codes.isEmpty() ? QStringLiteral("—") : codesOf(c))}, row, Qt::AlignLeft},
                TableCell{{badge(c.status, 7.5)}, row, Qt::AlignLeft},
                TableCell{{plain(c.title + QLatin1Char('\n')), mono(checkPlace(c), 7, Grey)}, row, Qt::AlignLeft}};
        }
        f->table(t);
    }
}

void details(pdf::Flow *f, const CheckResult &c)
{
    const QList<DetailBlock> blocks = detailBlocks(c.details);
    if (blocks.isEmpty())
        return;
    f->paragraph({plain(PdfTexts::tr("Records involved"))}, h4());
    for (const DetailBlock &b : blocks) {
        if (!b.isTable()) {
            RichText text{bold(b.label + QStringLiteral(": ")),
                          plain(b.items.isEmpty() ? PdfTexts::tr("none") : b.items.join(QStringLiteral(", ")))};
            if (b.omitted > 0)
                text << muted(QLatin1Char(' ') + omittedNote(b.omitted));
            f->paragraph(text);
            continue;
        }
        f->paragraph({bold(b.label)}, small(true));
        TableSpec t = grid({}, b.columns);  // column widths from the content
        t.pointSize = 8;
        for (const QStringList &row : b.rows) {
            QList<TableCell> cells;
            for (const QString &cell : row)
                cells << TableCell{{plain(cell)}, {}, Qt::AlignLeft};
            t.rows << cells;
        }
        f->table(t);
        if (b.omitted > 0)
            f->paragraph({muted(omittedNote(b.omitted))}, small());
    }
}

void evidence(pdf::Flow *f, const CheckResult &c)
{
    if (c.evidence.isEmpty())
        return;
    f->paragraph({plain(PdfTexts::tr("Evidence"))}, h4());
    TableSpec t = grid({0.62, 0.12, 0.26}, {PdfTexts::tr("Request"), PdfTexts::tr("HTTP status"), PdfTexts::tr("Time")});
    t.pointSize = 8;
    for (const Evidence &e : c.evidence) {
        RichText request{mono(displayRequest(e.request))};
        if (!e.error.isEmpty())
            request << plain(QLatin1Char('\n') + e.error);
        t.rows << QList<TableCell>{
            TableCell{request, {}, Qt::AlignLeft},
            TableCell{{plain(e.status == 0 ? PdfTexts::tr("no answer") : QString::number(e.status))}, {}, Qt::AlignLeft},
            TableCell{{plain(timestamp(e.at))}, {}, Qt::AlignLeft}};
    }
    f->table(t);
}

// The full fix the first time it appears; later findings with the same fix name that finding.
void fix(pdf::Flow *f, const CheckResult &c, int number, FixIndex *fixes)
{
    const Remediation &fix = c.remediation;
    if (fix.isEmpty())
        return;
    f->paragraph({plain(PdfTexts::tr("How to fix"))}, h4());
    const int same = fixes->earlierFinding(fix, number);
    RichText summaryText{plain(fix.summary)};
    if (same > 0 && !fix.steps.isEmpty())
        summaryText << muted(QLatin1Char(' ') + PdfTexts::tr("The steps are those of finding %1.").arg(same));
    if (!fix.summary.isEmpty() || same > 0)
        f->paragraph(summaryText);
    if (same == 0) {
        for (int i = 0; i < fix.steps.size(); ++i) {
            ParagraphStyle item;
            item.indent = 16;
            item.marker = QStringLiteral("%1.").arg(i + 1);
            item.spaceAfter = 1.5;
            f->paragraph({plain(fix.steps.at(i))}, item);
        }
    }
    if (!fix.docUrl.isEmpty()) {
        ParagraphStyle doc;
        doc.spaceBefore = 2;
        f->paragraph({plain(PdfTexts::tr("Documentation:") + QLatin1Char(' ')), link(fix.docUrl)}, doc);
    }
}

void findings(pdf::Flow *f, const Report &r)
{
    f->paragraph({plain(PdfTexts::tr("Findings and fixes"))}, h2());
    int n = 0;
    FixIndex fixes;
    for (const StepResult &step : r.steps) {
        for (const CheckResult &c : step.checks) {
            if (!isFinding(c))
                continue;
            ++n;
            RichText heading{plain(QStringLiteral("%1. ").arg(n)), badge(c.status), plain(QStringLiteral("  "))};
            if (!c.codes.isEmpty())
                heading << plain(codesOf(c) + QStringLiteral(" · "));
            heading << plain(c.title);
            f->paragraph(heading, h3());
            ParagraphStyle id = small(true);
            id.spaceAfter = 4;
            f->paragraph({mono(checkPlace(c) + QStringLiteral(" · ") + stepTitle(step.id), 7, Grey)}, id);
            if (!c.microsoftDescription.isEmpty())
                f->paragraph({plain(microsoftLine(c))}, small(true));
            f->paragraph({plain(c.message)});
            details(f, c);
            evidence(f, c);
            fix(f, c, n, &fixes);
        }
    }
}

void appendix(pdf::Flow *f, const Report &r)
{
    f->paragraph({plain(PdfTexts::tr("Appendix"))}, h2());
    TableSpec t = facts();
    fact(&t, PdfTexts::tr("Tool version"), QStringLiteral("dwhealth ") + r.toolVersion);
    fact(&t, PdfTexts::tr("Ruleset version"), r.ruleset);
    fact(&t, PdfTexts::tr("Started"), timestamp(r.startedAt));
    fact(&t, PdfTexts::tr("Finished"), timestamp(r.finishedAt));
    if (r.forcedDependencies)
        fact(&t, PdfTexts::tr("Dependency validation"),
             PdfTexts::tr("forced (--force-dependencies): run although a prerequisite failed"));
    f->table(t);
    f->paragraph({plain(PdfTexts::tr("Checks run"))}, h4());
    TableSpec checks = grid({0.34, 0.27, 0.21, 0.18}, {PdfTexts::tr("Check id"), PdfTexts::tr("Step"), PdfTexts::tr("Status"), PdfTexts::tr("Codes")});
    checks.pointSize = 8;
    for (const StepResult &step : r.steps) {
        for (const CheckResult &c : step.checks) {
            checks.rows << QList<TableCell>{TableCell{{mono(c.id)}, {}, Qt::AlignLeft},
                                            TableCell{{plain(stepTitle(step.id))}, {}, Qt::AlignLeft},
                                            TableCell{{badge(c.status, 7)}, {}, Qt::AlignLeft},
                                            TableCell{{mono(codesOf(c))}, {}, Qt::AlignLeft}};
        }
    }
    f->table(checks);
}

void coverContents(pdf::Flow *f, const QList<QPair<QString, int>> &contents)
{
    f->space(24);
    f->paragraph({plain(PdfTexts::tr("Contents"))}, h4());
    TableSpec toc;
    toc.widths = {0.85, 0.15};
    toc.grid = false;
    toc.pointSize = 9.5;
    toc.widthFraction = 0.6;
    for (const auto &[name, page] : contents)
        toc.rows << QList<TableCell>{TableCell{{plain(name)}, {}, Qt::AlignLeft},
                                     TableCell{{plain(QString::number(page))}, {}, Qt::AlignRight}};
    f->table(toc);
}

void coverLegend(pdf::Flow *f)
{
    f->space(18);
    f->paragraph({plain(PdfTexts::tr("How to read this report"))}, h4());
    TableSpec legend;
    legend.widths = {0.2, 0.8};
    legend.grid = false;
    legend.pointSize = 8.5;
    for (CheckStatus s : displayOrder())
        legend.rows << QList<TableCell>{TableCell{{badge(s, 7.5)}, {}, Qt::AlignLeft},
                                        TableCell{{plain(statusMeaning(s))}, {}, Qt::AlignLeft}};
    f->table(legend);
}

void extraSection(pdf::Flow *f, const PdfExtraSection &section)
{
    f->paragraph({plain(section.title)}, h2());
    for (const PdfBlock &b : section.blocks) {
        switch (b.kind) {
        case PdfBlock::Kind::Heading:
            f->paragraph({plain(b.text)}, h3());
            break;
        case PdfBlock::Kind::Paragraph:
            f->paragraph({plain(b.text)});
            break;
        case PdfBlock::Kind::Table: {
            TableSpec t;
            t.widths = b.widths;
            for (const QString &h : b.header)
                t.header << TableCell{{bold(h)}, {}, Qt::AlignLeft};
            for (const QStringList &row : b.rows) {
                QList<TableCell> cells;
                for (const QString &c : row)
                    cells << TableCell{{plain(c)}, {}, Qt::AlignLeft};
                t.rows << cells;
            }
            f->table(t);
            break;
        }
        case PdfBlock::Kind::List:
            for (int i = 0; i < b.items.size(); ++i) {
                ParagraphStyle item;
                item.indent = 14;
                item.marker = b.numbered ? QStringLiteral("%1.").arg(i + 1) : QStringLiteral("•");
                f->paragraph({plain(b.items.at(i))}, item);
            }
            break;
        }
    }
}

} // namespace

QList<PdfSection> buildPdfBody(pdf::Flow *flow, const Report &report,
                               const QList<PdfExtraSection> &extra)
{
    QList<PdfSection> sections;
    sections << PdfSection{PdfTexts::tr("Executive summary"), flow->pageCount() - 1};
    summary(flow, report);
    findingsTables(flow, report);
    if (findingCount(report) > 0) {
        flow->pageBreak();
        sections << PdfSection{PdfTexts::tr("Findings and fixes"), flow->pageCount() - 1};
        findings(flow, report);
    }
    for (const PdfExtraSection &section : extra) {
        flow->pageBreak();
        sections << PdfSection{section.title, flow->pageCount() - 1};
        extraSection(flow, section);
    }
    flow->pageBreak();
    sections << PdfSection{PdfTexts::tr("Appendix"), flow->pageCount() - 1};
    appendix(flow, report);
    return sections;
}

void buildPdfCover(pdf::Flow *f, const Report &r, const PdfOptions &o, const QImage &logo,
                   const QSizeF &logoSize, const QList<QPair<QString, int>> &contents)
{
    if (!logo.isNull())
        f->image(logo, logoSize, Qt::AlignRight);
    f->space(60);
    ParagraphStyle kicker;
    kicker.bold = true;
    kicker.color = Blue;
    kicker.pointSize = 10;
    kicker.spaceAfter = 4;
    f->paragraph({plain(PdfTexts::tr("DUAL-WRITE HEALTH CHECK REPORT"))}, kicker);
    if (r.simulated) {
        ParagraphStyle simulated;
        simulated.pointSize = 12;
        simulated.bold = true;
        simulated.color = Qt::white;
        simulated.boxColor = QColor(0x8a, 0x1c, 0x1c);
        simulated.boxPadding = 6;
        simulated.spaceAfter = 8;
        f->paragraph({plain(simulatedEnvironmentNotice())}, simulated);
    }
    ParagraphStyle title;
    title.pointSize = 24;
    title.bold = true;
    title.color = Navy;
    title.spaceAfter = 6;
    f->paragraph({plain(o.customer.isEmpty() ? r.profileName : o.customer)}, title);
    f->rule(Blue, 2, 14);

    TableSpec t = facts();
    if (!o.customer.isEmpty())
        fact(&t, PdfTexts::tr("Profile"), r.profileName);
    fact(&t, PdfTexts::tr("Dataverse"), r.dataverseUrl);
    fact(&t, PdfTexts::tr("Finance and operations"), r.foUrl);
    fact(&t, PdfTexts::tr("Date"), timestamp(r.startedAt));
    if (!o.consultant.isEmpty())
        fact(&t, PdfTexts::tr("Prepared by"), o.consultant);
    f->table(t);
    f->space(10);

    ParagraphStyle verdictStyle;
    verdictStyle.pointSize = 13;
    verdictStyle.bold = true;
    verdictStyle.color = Qt::white;
    verdictStyle.boxColor = QColor(statusColor(overallStatus(r)));
    verdictStyle.boxPadding = 8;
    verdictStyle.spaceAfter = 8;
    f->paragraph({plain(verdict(r))}, verdictStyle);
    if (o.redacted)
        f->paragraph({muted(PdfTexts::tr("Tenant and environment identifiers, URLs, user names and e-mail "
                               "addresses are redacted in this report."), true)});
    if (!contents.isEmpty())
        coverContents(f, contents);
    coverLegend(f);
}

} // namespace dwh
