// SPDX-License-Identifier: MIT
// `dwhealth maps` and `dwhealth errors` output: text, json, md, html (and junit for errors).
#pragma once

#include "tablemaps.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace dwh {

enum class MapsView { Maps, Errors };

/** A format-neutral piece of the document: a heading, a paragraph, a table or a list. */
struct MapsBlock
{
    enum class Kind { Heading, Paragraph, Table, List };
    Kind kind = Kind::Paragraph;
    QString text;              // Heading, Paragraph
    QStringList header;        // Table
    QList<QStringList> rows;   // Table
    QStringList items;         // List (numbered when `numbered`)
    bool numbered = false;
};

/** The formats of a view: text, json, md, html; errors also junit. */
QStringList mapsFormats(MapsView view);

/** The document of a view as blocks (also what the PDF section and the wizard page render). */
QList<MapsBlock> mapsBlocks(const MapsOverview &overview, MapsView view);

/** The view in `format` (one of mapsFormats(view)), UTF-8. */
QByteArray renderMaps(const MapsOverview &overview, MapsView view, const QString &format);

/** Blocks as HTML (no <html> wrapper): the wizard page and the HTML format use it. */
QString mapsBlocksHtml(const QList<MapsBlock> &blocks);

/** "2026-12-05 06:40 UTC", or "–" for an invalid time. */
QString mapsTime(const QDateTime &time);

} // namespace dwh
