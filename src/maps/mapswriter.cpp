// SPDX-License-Identifier: MIT
#include "mapswriter.h"

#include "mapsstr.h"

#include <QJsonDocument>

#include <algorithm>

namespace dwh {

namespace {

using Kind = MapsBlock::Kind;

MapsBlock heading(const QString &text) { MapsBlock b; b.kind = Kind::Heading; b.text = text; return b; }
MapsBlock paragraph(const QString &text) { MapsBlock b; b.kind = Kind::Paragraph; b.text = text; return b; }
MapsBlock list(const QStringList &items, bool numbered = false)
{
    MapsBlock b;
    b.kind = Kind::List;
    b.items = items;
    b.numbered = numbered;
    return b;
}

QString unreadText(const Unread &u)
{
    if (u.missingRight.isEmpty())
        return u.reason;
    return Maps::tr("%1 Missing right: %2.").arg(u.reason, u.missingRight);
}

QString errorSpan(int count, const QDateTime &first, const QDateTime &last)
{
    if (count == 0)
        return QString();
    return Maps::tr("%1 (first %2, last %3)").arg(count).arg(mapsTime(first), mapsTime(last));
}

QString causeTitle(const ErrorGroup &g)
{
    return g.recognised ? g.symptom.title : Maps::tr("Not recognised by the troubleshooter");
}

void appendErrorSection(const MapsOverview &o, QList<MapsBlock> *out, bool withItems)
{
    out->append(heading(Maps::tr("Recent errors since %1").arg(mapsTime(o.since))));
    if (o.dataverseErrors.isUnread())
        out->append(paragraph(Maps::tr("Dataverse: unknown. %1").arg(unreadText(o.dataverseErrors))));
    else if (o.errors.isEmpty())
        out->append(paragraph(Maps::tr("Dataverse: no error in the dual-write plug-in's trace log.")));
    out->append(paragraph(Maps::tr("Finance and operations apps: unknown. %1")
                              .arg(unreadText(o.financeErrors))));
    for (const ErrorGroup &g : o.groups) {
        out->append(heading(QStringLiteral("%1 × %2").arg(g.count).arg(causeTitle(g))));
        out->append(paragraph(Maps::tr("Maps: %1. First %2, last %3.")
                                  .arg(g.maps.join(QStringLiteral(", ")), mapsTime(g.first),
                                       mapsTime(g.last))));
        out->append(paragraph(Maps::tr("Newest message: %1").arg(g.sample)));
        if (g.recognised) {
            if (!g.symptom.causes.isEmpty())
                out->append(paragraph(Maps::tr("Cause: %1").arg(g.symptom.causes.join(QLatin1Char(' ')))));
            if (!g.symptom.fixSteps.isEmpty()) {
                out->append(paragraph(Maps::tr("Fix:")));
                out->append(list(g.symptom.fixSteps, true));
            }
            if (!g.symptom.requiredRole.isEmpty())
                out->append(paragraph(Maps::tr("Required role: %1").arg(g.symptom.requiredRole)));
            if (!g.symptom.checkIds.isEmpty())
                out->append(paragraph(Maps::tr("Checks that confirm it: %1")
                                          .arg(g.symptom.checkIds.join(QStringLiteral(", ")))));
            if (!g.symptom.docUrl.isEmpty())
                out->append(paragraph(Maps::tr("Documentation: %1").arg(g.symptom.docUrl)));
        } else {
            out->append(paragraph(Maps::tr("No documented symptom matches this message; "
                                           "`dwhealth explain` lists the closest ones.")));
        }
    }
    if (withItems && !o.errors.isEmpty()) {
        MapsBlock t;
        t.kind = Kind::Table;
        t.header = {Maps::tr("Time"), Maps::tr("Map"), Maps::tr("Table"), Maps::tr("Cause"),
                    Maps::tr("Correlation id")};
        for (const MapError &e : o.errors)
            t.rows.append({mapsTime(e.at), e.mapName, e.table, e.causeId, e.correlationId});
        out->append(heading(Maps::tr("Every error")));
        out->append(t);
    }
}

// ---- text ----

QString textTable(const MapsBlock &b)
{
    QList<int> widths;
    for (const QString &h : b.header)
        widths << int(h.size());
    for (const QStringList &row : b.rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::min(60, std::max(widths[i], int(row[i].size())));
    auto line = [&](const QStringList &cells) {
        QString s;
        for (int i = 0; i < cells.size(); ++i) {
            QString cell = cells[i];
            if (cell.size() > 60)
                cell = cell.left(59) + QChar(0x2026);
            s += i + 1 < cells.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        return s + QLatin1Char('\n');
    };
    QString out = line(b.header);
    for (const QStringList &row : b.rows)
        out += line(row);
    return out;
}

QString renderText(const QList<MapsBlock> &blocks)
{
    QString out;
    for (const MapsBlock &b : blocks) {
        switch (b.kind) {
        case Kind::Heading: out += QLatin1Char('\n') + b.text + QLatin1Char('\n'); break;
        case Kind::Paragraph: out += b.text + QLatin1Char('\n'); break;
        case Kind::Table: out += textTable(b); break;
        case Kind::List:
            for (int i = 0; i < b.items.size(); ++i)
                out += (b.numbered ? QStringLiteral("  %1. ").arg(i + 1) : QStringLiteral("  - "))
                     + b.items[i] + QLatin1Char('\n');
            break;
        }
    }
    return out.mid(out.startsWith(QLatin1Char('\n')) ? 1 : 0);
}

// ---- markdown ----

QString mdCell(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString renderMarkdown(const QList<MapsBlock> &blocks)
{
    QString out;
    bool first = true;
    for (const MapsBlock &b : blocks) {
        switch (b.kind) {
        case Kind::Heading:
            out += (first ? QStringLiteral("# ") : QStringLiteral("\n## ")) + b.text + QStringLiteral("\n\n");
            break;
        case Kind::Paragraph: out += b.text + QStringLiteral("\n\n"); break;
        case Kind::Table: {
            QStringList h;
            for (const QString &c : b.header)
                h << mdCell(c);
            out += QStringLiteral("| ") + h.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
            for (int i = 0; i < b.header.size(); ++i)
                out += QStringLiteral("---|");
            out += QLatin1Char('\n');
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells << mdCell(c);
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            }
            out += QLatin1Char('\n');
            break;
        }
        case Kind::List:
            for (int i = 0; i < b.items.size(); ++i)
                out += (b.numbered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("- "))
                     + b.items[i] + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        }
        first = false;
    }
    return out;
}

// ---- junit (errors) ----

QString xml(const QString &s) { return s.toHtmlEscaped(); }

QString renderJunit(const MapsOverview &o)
{
    // One test case per cause; a failure per cause with errors, a skipped case for an unread side.
    QString cases;
    int failures = 0, skipped = 0, tests = 0;
    for (const ErrorGroup &g : o.groups) {
        ++tests;
        ++failures;
        cases += QStringLiteral("    <testcase classname=\"dwhealth.errors\" name=\"%1\">\n"
                                "      <failure message=\"%2\">%3</failure>\n    </testcase>\n")
                     .arg(xml(g.causeId),
                          xml(Maps::tr("%1 error(s): %2").arg(g.count).arg(causeTitle(g))),
                          xml(g.sample + QLatin1Char('\n') + g.symptom.fixSteps.join(QLatin1Char('\n'))));
    }
    const QList<QPair<QString, Unread>> sides{{QStringLiteral("dataverse"), o.dataverseErrors},
                                              {QStringLiteral("financeAndOperations"), o.financeErrors}};
    for (const auto &[name, unread] : sides) {
        ++tests;
        if (unread.isUnread()) {
            ++skipped;
            cases += QStringLiteral("    <testcase classname=\"dwhealth.errors\" name=\"%1\">\n"
                                    "      <skipped message=\"%2\"/>\n    </testcase>\n")
                         .arg(name, xml(unreadText(unread)));
        } else {
            cases += QStringLiteral("    <testcase classname=\"dwhealth.errors\" name=\"%1\"/>\n").arg(name);
        }
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<testsuites>\n  <testsuite name=\"dwhealth errors\" tests=\"%1\" "
                          "failures=\"%2\" skipped=\"%3\" timestamp=\"%4\">\n%5  </testsuite>\n"
                          "</testsuites>\n")
        .arg(tests).arg(failures).arg(skipped).arg(o.readAt.toString(Qt::ISODate), cases);
}

} // namespace

QString mapsTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("–");
}

QStringList mapsFormats(MapsView view)
{
    QStringList formats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("md"),
                        QStringLiteral("html")};
    if (view == MapsView::Errors)
        formats << QStringLiteral("junit");
    return formats;
}

QList<MapsBlock> mapsBlocks(const MapsOverview &o, MapsView view)
{
    QList<MapsBlock> out;
    if (view == MapsView::Errors) {
        appendErrorSection(o, &out, true);
        out.first().text = Maps::tr("Dual-write errors since %1 (read %2)")
                               .arg(mapsTime(o.since), mapsTime(o.readAt));
        return out;
    }
    out.append(heading(Maps::tr("Table maps (read %1)").arg(mapsTime(o.readAt))));
    if (o.maps.isUnread()) {
        out.append(paragraph(Maps::tr("The table maps could not be read. %1").arg(unreadText(o.maps))));
    } else if (o.tableMaps.isEmpty()) {
        out.append(paragraph(Maps::tr("Finance and operations apps list no table map for this "
                                      "environment.")));
    } else {
        QStringList legal;
        if (!o.tableMaps.isEmpty())
            legal = o.tableMaps.first().legalEntities;
        out.append(paragraph(Maps::tr("Legal entities: %1 (from %2).")
                                 .arg(legal.isEmpty() ? Maps::tr("none") : legal.join(QStringLiteral(", ")),
                                      o.legalEntitiesSource)));
        MapsBlock t;
        t.kind = Kind::Table;
        t.header = {Maps::tr("Map"), Maps::tr("Finance and operations"), Maps::tr("Dataverse"),
                    Maps::tr("State"), Maps::tr("Errors since %1").arg(mapsTime(o.since)),
                    Maps::tr("Note")};
        for (const TableMap &m : o.tableMaps) {
            const QString dataverse = m.dataverseTable.isEmpty()
                ? m.dataverseEntitySet
                : QStringLiteral("%1 (%2)").arg(m.dataverseEntitySet, m.dataverseTable);
            QString errors = o.dataverseErrors.isUnread() && m.errorCount == 0
                ? Maps::tr("unknown")
                : m.errorCount == 0 ? QStringLiteral("0")
                                    : errorSpan(m.errorCount, m.firstError, m.lastError);
            t.rows.append({m.name, m.financeEntity, dataverse, mapStateLabel(m.state), errors,
                           m.stateNote});
        }
        out.append(t);
        out.append(paragraph(Maps::tr("Direction: unknown, %1.").arg(o.tableMaps.first().direction.reason)));
        out.append(paragraph(Maps::tr("Last initial sync: unknown, %1.").arg(o.tableMaps.first().initialSync.reason)));
        if (o.runtimeConfigs.isUnread())
            out.append(paragraph(Maps::tr("Dataverse runtime configurations: unknown. %1")
                                     .arg(unreadText(o.runtimeConfigs))));
    }
    appendErrorSection(o, &out, false);
    return out;
}

QString mapsBlocksHtml(const QList<MapsBlock> &blocks)
{
    QString out;
    bool first = true;
    for (const MapsBlock &b : blocks) {
        switch (b.kind) {
        case Kind::Heading:
            out += (first ? QStringLiteral("<h1>%1</h1>\n") : QStringLiteral("<h2>%1</h2>\n"))
                       .arg(b.text.toHtmlEscaped());
            break;
        case Kind::Paragraph: out += QStringLiteral("<p>%1</p>\n").arg(b.text.toHtmlEscaped()); break;
        case Kind::Table:
            out += QStringLiteral("<table>\n<tr>");
            for (const QString &h : b.header)
                out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : b.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &c : row)
                    out += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            break;
        case Kind::List: {
            const QString tag = b.numbered ? QStringLiteral("ol") : QStringLiteral("ul");
            out += QStringLiteral("<%1>").arg(tag);
            for (const QString &item : b.items)
                out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
            out += QStringLiteral("</%1>\n").arg(tag);
            break;
        }
        }
        first = false;
    }
    return out;
}

QByteArray renderMaps(const MapsOverview &o, MapsView view, const QString &format)
{
    if (format == QLatin1String("json"))
        return QJsonDocument(o.toJson()).toJson(QJsonDocument::Indented);
    if (format == QLatin1String("junit"))
        return renderJunit(o).toUtf8();
    const QList<MapsBlock> blocks = mapsBlocks(o, view);
    if (format == QLatin1String("md"))
        return renderMarkdown(blocks).toUtf8();
    if (format == QLatin1String("html")) {
        const QString title = blocks.isEmpty() ? QString() : blocks.first().text;
        return QStringLiteral(
                   "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                   "<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                   "table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3em .5em;"
                   "text-align:left;vertical-align:top}th{background:#eee}</style>\n"
                   "</head><body>\n%2</body></html>\n")
            .arg(title.toHtmlEscaped(), mapsBlocksHtml(blocks))
            .toUtf8();
    }
    return renderText(blocks).toUtf8();
}

} // namespace dwh
