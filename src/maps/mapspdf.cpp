// SPDX-License-Identifier: MIT
#include "mapspdf.h"

#include "mapsstr.h"
#include "mapswriter.h"

namespace dwh {

PdfExtraSection mapsPdfSection(const MapsOverview &overview)
{
    PdfExtraSection section;
    section.title = Maps::tr("Table maps and recent errors");
    QList<MapsBlock> blocks = mapsBlocks(overview, MapsView::Maps);
    if (!blocks.isEmpty() && blocks.first().kind == MapsBlock::Kind::Heading)
        blocks.first() = MapsBlock{MapsBlock::Kind::Paragraph,
                                   Maps::tr("Read %1.").arg(mapsTime(overview.readAt)), {}, {}, {}, false};
    for (const MapsBlock &b : blocks) {
        PdfBlock p;
        switch (b.kind) {
        case MapsBlock::Kind::Heading: p.kind = PdfBlock::Kind::Heading; break;
        case MapsBlock::Kind::Paragraph: p.kind = PdfBlock::Kind::Paragraph; break;
        case MapsBlock::Kind::Table: p.kind = PdfBlock::Kind::Table; break;
        case MapsBlock::Kind::List: p.kind = PdfBlock::Kind::List; break;
        }
        p.text = b.text;
        p.header = b.header;
        p.rows = b.rows;
        p.items = b.items;
        p.numbered = b.numbered;
        if (b.kind == MapsBlock::Kind::Table && b.header.size() == 6)  // the maps table
            p.widths = {0.25, 0.13, 0.17, 0.09, 0.14, 0.22};
        section.blocks << p;
    }
    return section;
}

} // namespace dwh
