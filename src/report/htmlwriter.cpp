// SPDX-License-Identifier: MIT
// The self-contained HTML report (inline CSS and logo) with the content of the PDF.
#include "htmlwriter.h"

#include "simulatedenvironment.h"

#include "report.h"
#include "reportcontent.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QUrl>

namespace dwh {

namespace {

using namespace content;

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::HtmlWriter)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString statusClass(CheckStatus status)
{
    return QStringLiteral("s-") + toString(status);
}

QString badge(CheckStatus status)
{
    return QStringLiteral("<span class=\"badge %1\">%2</span>")
        .arg(statusClass(status), esc(statusLabel(status)));
}

// Only http(s) links become anchors; anything else is shown as text.
QString link(const QString &url)
{
    const QUrl u(url);
    if (u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")))
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(url));
    return esc(url);
}

QString styleSheet(PageSize pageSize)
{
    QString css = QStringLiteral(
        "@page{size:%1;margin:16mm 14mm}"
        "*{box-sizing:border-box}"
        "body{font-family:'Segoe UI','DejaVu Sans',Arial,sans-serif;color:#1f2328;font-size:14px;"
        "line-height:1.45;margin:0 auto;max-width:1000px;padding:24px}"
        "h1{font-size:28px;margin:0 0 8px}h2{font-size:21px;margin:32px 0 8px;"
        "border-bottom:2px solid #0b5cad;padding-bottom:4px}h3{font-size:16px;margin:0 0 6px}"
        "h4{font-size:14px;margin:14px 0 4px;color:#444}"
        "a{color:#0b5cad}"
        ".cover{border-bottom:4px solid #0b5cad;padding:8px 0 24px;margin-bottom:16px}"
        ".cover img{max-height:90px;max-width:260px;float:right}"
        ".simulated{background:#8a1c1c;color:#fff;padding:6px 10px;border-radius:4px}"
        ".kicker{color:#0b5cad;font-weight:600;text-transform:uppercase;letter-spacing:.06em;"
        "font-size:12px}"
        ".facts{border:none;width:auto;margin-top:16px}.facts th,.facts td{border:none;padding:2px 16px 2px 0}"
        ".facts th{color:#555;font-weight:600;background:none}"
        ".verdict{font-size:17px;font-weight:600;margin:16px 0 0;padding:8px 12px;border-radius:4px;"
        "color:#fff}"
        ".note{color:#555;font-style:italic}"
        "table{border-collapse:collapse;width:100%;margin:6px 0 14px}"
        "th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top;"
        "overflow-wrap:anywhere;word-break:break-word}"
        "thead th{background:#eef2f6}"
        "tr{break-inside:avoid}thead{display:table-header-group}"
        ".badge{display:inline-block;padding:1px 8px;border-radius:3px;color:#fff;font-weight:600;"
        "font-size:12px;white-space:nowrap}"
        ".counts td{text-align:center;font-size:20px;font-weight:600}"
        ".counts th{text-align:center}"
        ".bar{display:flex;height:14px;border-radius:3px;overflow:hidden;background:#eee;margin:4px 0 2px}"
        ".bar span{display:block;height:100%}"
        ".mono,code{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:12px}"
        ".finding{border-left:5px solid #999;padding:2px 0 2px 14px;margin:22px 0}"
        ".muted{color:#666}nav{margin-top:14px}details{margin-top:8px}summary{cursor:pointer;color:#0b5cad}"
        "@media print{body{max-width:none;padding:0}.break{break-before:page}}");
    css = css.arg(pageSizeName(pageSize));
    for (CheckStatus s : displayOrder()) {
        css += QStringLiteral(".%1{background:%2}.finding.%1{background:none;border-left-color:%2}")
                   .arg(statusClass(s), statusColor(s));
    }
    return css;
}

QString logoTag(const QString &path)
{
    if (path.isEmpty())
        return QString();
    QImage image;
    QString error;
    if (!loadLogo(path, &image, &error))
        return QString();
    if (image.width() > 520 || image.height() > 180)
        image = image.scaled(520, 180, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("<img alt=\"%1\" src=\"data:image/png;base64,%2\">")
        .arg(esc(Tr::tr("Logo")), QString::fromLatin1(png.toBase64()));
}

// Links to the sections, and what each status means.
void coverNavigation(QString &h, const Report &r)
{
    h += QStringLiteral("<nav><strong>%1</strong> <a href=\"#summary\">%2</a>")
             .arg(esc(Tr::tr("Contents:")), esc(Tr::tr("Executive summary")));
    if (findingCount(r) > 0)
        h += QStringLiteral(" · <a href=\"#findings\">%1</a>").arg(esc(Tr::tr("Findings and fixes")));
    h += QStringLiteral(" · <a href=\"#appendix\">%1</a></nav>").arg(esc(Tr::tr("Appendix")));
    h += QStringLiteral("<details><summary>%1</summary><table class=\"facts\">")
             .arg(esc(Tr::tr("How to read this report")));
    for (CheckStatus s : displayOrder())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(badge(s), esc(statusMeaning(s)));
    h += QStringLiteral("</table></details>");
}

void cover(QString &h, const Report &r, const PdfOptions &o)
{
    h += QStringLiteral("<header class=\"cover\">") + logoTag(o.logoPath);
    h += QStringLiteral("<div class=\"kicker\">") + esc(Tr::tr("Dual-write health check report"))
        + QStringLiteral("</div>");
    if (r.simulated)
        h += QStringLiteral("<p class=\"simulated\"><strong>%1</strong></p>").arg(esc(simulatedEnvironmentNotice()));
    h += QStringLiteral("<h1>") + esc(o.customer.isEmpty() ? r.profileName : o.customer)
        + QStringLiteral("</h1><table class=\"facts\">");
    auto fact = [&h](const QString &label, const QString &valueHtml) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    if (!o.customer.isEmpty())
        fact(Tr::tr("Profile"), esc(r.profileName));
    fact(Tr::tr("Dataverse"), esc(r.dataverseUrl));
    fact(Tr::tr("Finance and operations"), esc(r.foUrl));
    fact(Tr::tr("Date"), esc(timestamp(r.startedAt)));
    if (!o.consultant.isEmpty())
        fact(Tr::tr("Prepared by"), esc(o.consultant));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"verdict %1\">%2</p>").arg(statusClass(overallStatus(r)), esc(verdict(r)));
    if (o.redacted)
        h += QStringLiteral("<p class=\"note\">")
            + esc(Tr::tr("Tenant and environment identifiers, URLs, user names and e-mail addresses "
                     "are redacted in this report."))
            + QStringLiteral("</p>");
    coverNavigation(h, r);
    h += QStringLiteral("</header>");
}

QString bar(const StepResult &step)
{
    QString out = QStringLiteral("<div class=\"bar\" role=\"img\">");
    const int total = static_cast<int>(step.checks.size());
    for (CheckStatus s : displayOrder()) {
        const int n = countIn(step, s);
        if (n > 0 && total > 0)
            out += QStringLiteral("<span class=\"%1\" style=\"width:%2%\" title=\"%3: %4\"></span>")
                       .arg(statusClass(s), QString::number(100.0 * n / total, 'f', 3),
                            esc(statusLabel(s)))
                       .arg(n);
    }
    return out + QStringLiteral("</div>");
}

QString stepCounts(const StepResult &step)
{
    QStringList parts;
    for (CheckStatus s : displayOrder()) {
        if (const int n = countIn(step, s))
            parts << QStringLiteral("%1 %2").arg(n).arg(statusLabel(s).toLower());
    }
    return parts.join(QStringLiteral(", "));
}

void summary(QString &h, const Report &r)
{
    h += QStringLiteral("<h2 id=\"summary\">") + esc(Tr::tr("Executive summary")) + QStringLiteral("</h2>");
    h += QStringLiteral("<table class=\"counts\"><thead><tr>");
    for (CheckStatus s : displayOrder())
        h += QStringLiteral("<th>") + badge(s) + QStringLiteral("</th>");
    h += QStringLiteral("</tr></thead><tbody><tr>");
    for (CheckStatus s : displayOrder())
        h += QStringLiteral("<td>%1</td>").arg(countOf(r, s));
    h += QStringLiteral("</tr></tbody></table>");
    for (const StepResult &step : r.steps) {
        h += QStringLiteral("<h4>%1 %2</h4>").arg(esc(stepTitle(step.id)), badge(step.status()));
        h += bar(step);
        h += QStringLiteral("<div class=\"muted\">") + esc(stepCounts(step)) + QStringLiteral("</div>");
        if (!step.note.isEmpty())
            h += QStringLiteral("<p class=\"note\">") + esc(step.note) + QStringLiteral("</p>");
    }
}

void findingsTables(QString &h, const Report &r)
{
    int n = 0;
    for (const StepResult &step : r.steps) {
        h += QStringLiteral("<h2>%1 %2</h2>").arg(esc(stepTitle(step.id)), badge(step.status()));
        h += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead><tbody>")
                 .arg(esc(Tr::tr("Code")), esc(Tr::tr("Status")), esc(Tr::tr("Check")));
        for (const CheckResult &c : step.checks) {
            QString title = esc(c.title);
            if (isFinding(c))
                title = QStringLiteral("<a href=\"#finding-%1\">%2</a>").arg(++n).arg(title);
            const QString tint = statusTint(c.status);
            h += tint.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"background:%1\">").arg(tint);
            h += QStringLiteral("<td class=\"mono\">%1</td><td>%2</td><td>%3<br>"
                                "<span class=\"mono muted\">%4</span></td></tr>")
                     .arg(c.codes.isEmpty() ? QStringLiteral("—") : esc(c.codes.join(QStringLiteral(", "))),
                          badge(c.status), title, esc(checkPlace(c)));
        }
        h += QStringLiteral("</tbody></table>");
    }
}

void detailsHtml(QString &h, const CheckResult &c)
{
    const QList<DetailBlock> blocks = detailBlocks(c.details);
    if (blocks.isEmpty())
        return;
    h += QStringLiteral("<h4>") + esc(Tr::tr("Records involved")) + QStringLiteral("</h4>");
    for (const DetailBlock &b : blocks) {
        if (!b.isTable()) {
            h += QStringLiteral("<p><strong>%1:</strong> %2").arg(
                esc(b.label), b.items.isEmpty() ? esc(Tr::tr("none")) : esc(b.items.join(QStringLiteral(", "))));
            if (b.omitted > 0)
                h += QLatin1Char(' ') + esc(omittedNote(b.omitted));
            h += QStringLiteral("</p>");
            continue;
        }
        h += QStringLiteral("<p><strong>%1</strong></p><table><thead><tr>").arg(esc(b.label));
        for (const QString &col : b.columns)
            h += QStringLiteral("<th>") + esc(col) + QStringLiteral("</th>");
        h += QStringLiteral("</tr></thead><tbody>");
        for (const QStringList &row : b.rows) {
            h += QStringLiteral("<tr>");
            for (const QString &cell : row)
                h += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</tbody></table>");
        if (b.omitted > 0)
            h += QStringLiteral("<p class=\"muted\">") + esc(omittedNote(b.omitted)) + QStringLiteral("</p>");
    }
}

void evidenceHtml(QString &h, const CheckResult &c)
{
    if (c.evidence.isEmpty())
        return;
    h += QStringLiteral("<h4>%1</h4><table><thead><tr><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th></tr></thead><tbody>")
             .arg(esc(Tr::tr("Evidence")), esc(Tr::tr("Request")), esc(Tr::tr("HTTP status")),
                  esc(Tr::tr("Time")), esc(Tr::tr("Service")));
    for (const Evidence &e : c.evidence) {
        QString request = QStringLiteral("<span class=\"mono\">") + esc(displayRequest(e.request))
            + QStringLiteral("</span>");
        if (!e.error.isEmpty())
            request += QStringLiteral("<br>") + esc(e.error);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(request, e.status == 0 ? esc(Tr::tr("no answer")) : QString::number(e.status),
                      esc(timestamp(e.at)), esc(e.service));
    }
    h += QStringLiteral("</tbody></table>");
}

// The full fix the first time it appears; later findings with the same fix name that finding.
void fixHtml(QString &h, const CheckResult &c, int number, FixIndex *fixes)
{
    const Remediation &fix = c.remediation;
    if (fix.isEmpty())
        return;
    const int same = fixes->earlierFinding(fix, number);
    h += QStringLiteral("<h4>") + esc(Tr::tr("How to fix")) + QStringLiteral("</h4>");
    if (!fix.summary.isEmpty() || same > 0) {
        h += QStringLiteral("<p>") + esc(fix.summary);
        if (same > 0 && !fix.steps.isEmpty())
            h += QStringLiteral(" <span class=\"muted\">%1</span>")
                     .arg(esc(Tr::tr("The steps are those of finding %1."))
                              .arg(QStringLiteral("<a href=\"#finding-%1\">%1</a>").arg(same)));
        h += QStringLiteral("</p>");
    }
    if (same == 0 && !fix.steps.isEmpty()) {
        h += QStringLiteral("<ol>");
        for (const QString &s : fix.steps)
            h += QStringLiteral("<li>") + esc(s) + QStringLiteral("</li>");
        h += QStringLiteral("</ol>");
    }
    if (!fix.docUrl.isEmpty())
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(Tr::tr("Documentation:")), link(fix.docUrl));
}

void findings(QString &h, const Report &r)
{
    if (findingCount(r) == 0)
        return;
    h += QStringLiteral("<h2 class=\"break\" id=\"findings\">") + esc(Tr::tr("Findings and fixes"))
        + QStringLiteral("</h2>");
    int n = 0;
    FixIndex fixes;
    for (const StepResult &step : r.steps) {
        for (const CheckResult &c : step.checks) {
            if (!isFinding(c))
                continue;
            ++n;
            h += QStringLiteral("<section class=\"finding %1\" id=\"finding-%2\">")
                     .arg(statusClass(c.status)).arg(n);
            const QString codes = c.codes.isEmpty()
                ? QString()
                : esc(c.codes.join(QStringLiteral(", "))) + QStringLiteral(" · ");
            h += QStringLiteral("<h3>%1. %2 %3%4</h3>")
                     .arg(QString::number(n), badge(c.status), codes, esc(c.title));
            h += QStringLiteral("<div class=\"mono muted\">%1 · %2</div>")
                     .arg(esc(checkPlace(c)), esc(stepTitle(step.id)));
            if (!c.microsoftDescription.isEmpty())
                h += QStringLiteral("<p class=\"muted\">") + esc(microsoftLine(c)) + QStringLiteral("</p>");
            h += QStringLiteral("<p>") + esc(c.message) + QStringLiteral("</p>");
            detailsHtml(h, c);
            evidenceHtml(h, c);
            fixHtml(h, c, n, &fixes);
            h += QStringLiteral("</section>");
        }
    }
}

void appendix(QString &h, const Report &r)
{
    h += QStringLiteral("<h2 class=\"break\" id=\"appendix\">") + esc(Tr::tr("Appendix")) + QStringLiteral("</h2>");
    h += QStringLiteral("<table class=\"facts\">");
    auto fact = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    fact(Tr::tr("Tool version"), QStringLiteral("dwhealth ") + r.toolVersion);
    fact(Tr::tr("Ruleset version"), r.ruleset);
    fact(Tr::tr("Started"), timestamp(r.startedAt));
    fact(Tr::tr("Finished"), timestamp(r.finishedAt));
    if (r.forcedDependencies)
        fact(Tr::tr("Dependency validation"),
             Tr::tr("forced (--force-dependencies): run although a prerequisite failed"));
    h += QStringLiteral("</table><h4>") + esc(Tr::tr("Checks run")) + QStringLiteral("</h4>");
    h += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>")
             .arg(esc(Tr::tr("Check id")), esc(Tr::tr("Step")), esc(Tr::tr("Status")), esc(Tr::tr("Codes")));
    for (const StepResult &step : r.steps) {
        for (const CheckResult &c : step.checks) {
            h += QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2</td><td>%3</td><td class=\"mono\">%4</td></tr>")
                     .arg(esc(c.id), esc(stepTitle(step.id)), badge(c.status),
                          esc(c.codes.join(QStringLiteral(", "))));
        }
    }
    h += QStringLiteral("</tbody></table>");
}

} // namespace

QByteArray renderHtml(const Report &report, const PdfOptions &options)
{
    QString h;
    h.reserve(64 * 1024);
    QString title = Tr::tr("Dual-write health check: %1")
                        .arg(options.customer.isEmpty() ? report.profileName : options.customer);
    if (report.simulated)
        title = simulatedEnvironmentNotice() + QStringLiteral(" · ") + title;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        "<meta name=\"generator\" content=\"dwhealth %1\"><title>%2</title><style>%3</style>"
                        "</head><body>\n")
             .arg(esc(report.toolVersion), esc(title), styleSheet(options.pageSize));
    cover(h, report, options);
    summary(h, report);
    findingsTables(h, report);
    findings(h, report);
    appendix(h, report);
    h += QStringLiteral("<footer class=\"muted\"><p>%1</p></footer></body></html>\n")
             .arg(esc(Tr::tr("Generated by dwhealth %1, ruleset %2.").arg(report.toolVersion, report.ruleset)));
    return h.toUtf8();
}

} // namespace dwh
