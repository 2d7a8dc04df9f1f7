// SPDX-License-Identifier: MIT
// One check's details as HTML for the wizard (and as plain text for the clipboard).
#include "checkhtml.h"

#include "ruleset.h"

#include "detaillabels.h"
#include "report.h"
#include "reportcontent.h"
#include "statusicons.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace dwh::gui {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::CheckHtml)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Tr::tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(
            QJsonDocument::Compact));
    }
}

QString valueHtml(const QJsonValue &value, int depth);

QString objectHtml(const QJsonObject &object, int depth)
{
    QString html = QStringLiteral("<ul>");
    for (auto it = object.begin(); it != object.end(); ++it) {
        // The check's own keys read as labels; deeper keys are the services' column names.
        const QString key = depth == 0 ? content::detailLabel(it.key()) : it.key();
        html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(key), valueHtml(it.value(), depth + 1));
    }
    return html + QStringLiteral("</ul>");
}

/** Rows of one list shown in the pane: its cost must not grow with the tenant. The clipboard
 *  text (checkDetailsText) and the reports have them all. */
constexpr qsizetype MaxRowsShown = 50;

QString moreRowsHtml(qsizetype shown, qsizetype all)
{
    return all > shown ? QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("… and %n more", "", int(all - shown))))
                       : QString();
}

QString arrayHtml(const QJsonArray &array, int depth)
{
    if (array.isEmpty())
        return Tr::tr("(none)");
    const qsizetype shown = qMin(array.size(), MaxRowsShown);
    bool allObjects = true;
    QStringList columns;
    for (qsizetype i = 0; i < shown; ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            allObjects = false;
            break;
        }
        for (const QString &key : v.toObject().keys()) {
            if (!columns.contains(key))
                columns << key;
        }
    }
    if (allObjects && depth < 4) {
        QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
        for (const QString &c : columns)
            html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(c));
        html += QStringLiteral("</tr>");
        for (qsizetype i = 0; i < shown; ++i) {
            const QJsonObject row = array.at(i).toObject();
            html += QStringLiteral("<tr>");
            for (const QString &c : columns)
                html += QStringLiteral("<td>%1</td>").arg(esc(scalarText(row.value(c))));
            html += QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>") + moreRowsHtml(shown, array.size());
    }
    QString html = QStringLiteral("<ul>");
    for (qsizetype i = 0; i < shown; ++i)
        html += QStringLiteral("<li>%1</li>").arg(valueHtml(array.at(i), depth + 1));
    return html + QStringLiteral("</ul>") + moreRowsHtml(shown, array.size());
}

QString valueHtml(const QJsonValue &value, int depth)
{
    if (value.isObject())
        return objectHtml(value.toObject(), depth);
    if (value.isArray())
        return arrayHtml(value.toArray(), depth);
    return esc(scalarText(value));
}

QString linkHtml(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return esc(url);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(QString::fromUtf8(parsed.toEncoded())), esc(url));
}

QString remediationBlock(const Remediation &fix)
{
    if (fix.isEmpty())
        return QString();
    QString html;
    if (!fix.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(fix.summary));
    if (!fix.steps.isEmpty()) {
        html += QStringLiteral("<ol>");
        for (const QString &step : fix.steps)
            html += QStringLiteral("<li>%1</li>").arg(esc(step));
        html += QStringLiteral("</ol>");
    }
    if (!fix.docUrl.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(Tr::tr("Documentation:")), linkHtml(fix.docUrl));
    return html;
}

QString codesText(const CheckResult &result)
{
    if (!result.codes.isEmpty())
        return result.codes.join(QStringLiteral(", "));
    // Nothing raised: still name the check's own code, which the check list shows.
    for (const Rule &rule : allRules()) {
        if (rule.descriptor.id == result.id && !rule.descriptor.codes.isEmpty())
            return Tr::tr("none raised (this check's code: %1)")
                .arg(rule.descriptor.codes.join(QStringLiteral(", ")));
    }
    return Tr::tr("none");
}

} // namespace

QString checkDetailsHtml(const CheckResult &result)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(result.title));
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> <code>%6</code></p>")
                .arg(esc(Tr::tr("Status:")), esc(statusText(result.status)), esc(Tr::tr("Codes:")),
                     esc(codesText(result)), esc(Tr::tr("Check id:")),
                     esc(content::checkPlace(result)));
    if (!result.microsoftDescription.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(content::microsoftLine(result)));
    if (!result.message.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(result.message));
    if (!result.details.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Records involved")));
        html += objectHtml(result.details, 0);
    }
    const QString fix = remediationBlock(result.remediation);
    if (!fix.isEmpty() && result.status != CheckStatus::Pass)
        html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("How to fix it"))) + fix;
    else if (!result.remediation.docUrl.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(Tr::tr("Documentation:")),
                                                  linkHtml(result.remediation.docUrl));
    if (!result.evidence.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Evidence")));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                               "<th align=\"left\">%1</th><th align=\"left\">%2</th>"
                               "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                    .arg(esc(Tr::tr("Service")), esc(Tr::tr("Request")), esc(Tr::tr("HTTP status")),
                         esc(Tr::tr("Result")));
        for (const Evidence &e : result.evidence) {
            const QString outcome = e.error.isEmpty()
                ? Tr::tr("%1 ms").arg(e.elapsedMs)
                : e.error;
            html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(e.service), esc(e.request),
                             e.status ? QString::number(e.status) : esc(Tr::tr("no answer")),
                             esc(outcome));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString checkDetailsText(const CheckResult &result)
{
    QStringList lines;
    lines << QStringLiteral("%1 (%2)").arg(result.title, content::checkPlace(result));
    lines << Tr::tr("Status: %1").arg(statusText(result.status));
    lines << Tr::tr("Codes: %1").arg(codesText(result));
    if (!result.microsoftDescription.isEmpty())
        lines << content::microsoftLine(result);
    if (!result.message.isEmpty())
        lines << result.message;
    if (!result.details.isEmpty()) {
        lines << Tr::tr("Records involved:");
        lines << QString::fromUtf8(QJsonDocument(result.details).toJson(QJsonDocument::Indented)).trimmed();
    }
    if (!result.remediation.isEmpty()) {
        lines << Tr::tr("How to fix it:");
        if (!result.remediation.summary.isEmpty())
            lines << result.remediation.summary;
        for (int i = 0; i < result.remediation.steps.size(); ++i)
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(result.remediation.steps.at(i));
        if (!result.remediation.docUrl.isEmpty())
            lines << result.remediation.docUrl;
    }
    if (!result.evidence.isEmpty()) {
        lines << Tr::tr("Evidence:");
        for (const Evidence &e : result.evidence) {
            lines << QStringLiteral("  %1 %2 -> %3%4")
                         .arg(e.service, e.request, QString::number(e.status),
                              e.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.error));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString remediationHtml(const Report &report)
{
    QString html;
    int findings = 0;
    for (const StepResult &step : report.steps) {
        QString stepHtml;
        for (const CheckResult &c : step.checks) {
            if (c.status != CheckStatus::Fail && c.status != CheckStatus::Warning
                && c.status != CheckStatus::Unknown)
                continue;
            ++findings;
            stepHtml += QStringLiteral("<h3>%1 &mdash; %2</h3>")
                            .arg(esc(statusText(c.status)), esc(c.title));
            stepHtml += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(Tr::tr("Codes:")), esc(codesText(c)));
            if (!c.message.isEmpty())
                stepHtml += QStringLiteral("<p>%1</p>").arg(esc(c.message));
            const QString fix = remediationBlock(c.remediation);
            stepHtml += fix.isEmpty()
                ? QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("No documented fix for this finding.")))
                : fix;
        }
        if (!stepHtml.isEmpty()) {
            const QString heading = step.id == Step::Prerequisites ? Tr::tr("Prerequisite health check")
                                                                   : Tr::tr("Dependency validation");
            html += QStringLiteral("<h2>%1</h2>").arg(esc(heading)) + stepHtml;
        }
        if (step.id == Step::Dependencies && step.status() == CheckStatus::Skipped
            && !step.note.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                        .arg(esc(Tr::tr("Dependency validation")), esc(step.note),
                             esc(Tr::tr("Fix the prerequisites above, then go back and re-run the "
                                    "prerequisite health check.")));
        }
    }
    if (findings == 0 && html.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Nothing to fix: every check passed.")));
    return html;
}

} // namespace dwh::gui
