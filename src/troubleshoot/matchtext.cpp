// SPDX-License-Identifier: MIT
#include "matchtext.h"

#include "messagetext.h"

#include <QRegularExpression>

namespace dwh {

QString foldDualWrite(const QString &text)
{
    static const QRegularExpression dualWrite(QStringLiteral(R"(\bdual(?:[\s_-]+)?write\b)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    return out.replace(dualWrite, QStringLiteral("dual-write"));
}

MatchText MatchText::fromLines(const QList<PastedLine> &lines)
{
    MatchText out;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = foldDualWrite(normalisedMessage(lines.at(i).text, true));
        if (line.isEmpty())
            continue;
        if (!out.text.isEmpty()) {
            out.text += QLatin1Char(' ');
            out.lineOf.append(out.lineOf.isEmpty() ? i : out.lineOf.last());
        }
        out.text += line;
        for (qsizetype k = 0; k < line.size(); ++k)
            out.lineOf.append(i);
    }
    return out;
}

QList<int> MatchText::linesOf(qsizetype start, qsizetype end) const
{
    QList<int> out;
    for (qsizetype i = std::max<qsizetype>(0, start); i < std::min(end, lineOf.size()); ++i) {
        if (out.isEmpty() || out.last() != lineOf.at(i))
            out.append(lineOf.at(i));
    }
    // A match on the joining space alone belongs to no line of its own.
    return out;
}

} // namespace dwh
