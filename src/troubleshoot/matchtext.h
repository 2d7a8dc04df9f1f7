// SPDX-License-Identifier: MIT
#pragma once

#include "pastedtext.h"

#include <QList>
#include <QString>

namespace dwh {

/**
 * The text the symptom patterns run on: every pasted line normalised (normalisedMessage with
 * whitespace collapsed; "dualwrite", "dual write" and "dual_write" as one word become
 * "dual-write"), joined by one space so that a message broken over lines still matches, with
 * the pasted line each character came from.
 */
struct MatchText
{
    QString text;
    QList<int> lineOf;  // lineOf[i]: index in the pasted lines of text[i]

    static MatchText fromLines(const QList<PastedLine> &lines);
    /** The pasted lines that the range [start, end) of `text` covers, in order. */
    QList<int> linesOf(qsizetype start, qsizetype end) const;
};

/** "dualwrite" / "Dual Write" / "dual_write" as a word of its own become "dual-write"; names such
 *  as DualWriteProjectConfiguration stay as they are. */
QString foldDualWrite(const QString &text);

} // namespace dwh
