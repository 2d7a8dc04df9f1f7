// SPDX-License-Identifier: MIT
#include "versionmismatch.h"

#include "messagetext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace dwh {

namespace {

// The message body; "Dynamics 365 for Sales" and "Dual write failure -" are optional so that a
// shortened paste still parses. Line breaks may fall between any two words.
const QRegularExpression &bodyPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:Dual[ -]?write\s+failure\s*-\s*)?(?:Dynamics\s+365\s+for\s+Sales\s+)?)"
                       R"(solution\s+'(?<solution>[^'\s]+)'\s+has\s+version\s+mismatch\.?\s*,?\s*)"
                       R"(Version:\s*'(?<installed>\d+(?:\.\d+)*)'\s*[,;.]?\s*)"
                       R"(Required\s+version:\s*'(?<required>\d+(?:\.\d+)*)')"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "<Map> (<entityset>) : " right before the body, on the same line.
const QRegularExpression &prefixPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<map>[^:()\r\n]*?)\s*\((?<set>[A-Za-z_][A-Za-z0-9_]*)\)\s*:\s*$)"));
    return re;
}

QString cleanMapName(QString name)
{
    // Bullets, emphasis and separators of a pasted list ("+ *Customer groups") are not the name.
    static const QRegularExpression leading(QStringLiteral(R"(^[^\p{L}\p{N}]+)"));
    return name.remove(leading).trimmed();
}

} // namespace

bool VersionMismatch::installedIsOlder() const
{
    return compareDottedVersions(installed, required) < 0;
}

QList<VersionMismatch> parseVersionMismatches(const QString &rawText)
{
    const QString text = normalisedMessage(rawText, false);
    QList<VersionMismatch> out;
    qsizetype previousEnd = 0;
    QRegularExpressionMatchIterator it = bodyPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        VersionMismatch v;
        v.solution = m.captured(QStringLiteral("solution"));
        v.installed = m.captured(QStringLiteral("installed"));
        v.required = m.captured(QStringLiteral("required"));
        qsizetype start = m.capturedStart();
        QString before = text.mid(previousEnd, start - previousEnd);
        const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
        before = before.mid(lineStart);
        const QRegularExpressionMatch p = prefixPattern().match(before);
        if (p.hasMatch()) {
            v.map = cleanMapName(p.captured(QStringLiteral("map")));
            v.entitySet = p.captured(QStringLiteral("set"));
            start = previousEnd + lineStart + p.capturedStart()
                    + (p.captured(QStringLiteral("map")).size() - v.map.size());
        }
        v.message = text.mid(start, m.capturedEnd() - start).simplified();
        previousEnd = m.capturedEnd();
        const bool repeat = std::any_of(out.cbegin(), out.cend(), [&v](const VersionMismatch &o) {
            return o.solution.compare(v.solution, Qt::CaseInsensitive) == 0
                   && o.installed == v.installed && o.required == v.required && o.map == v.map
                   && o.entitySet == v.entitySet;
        });
        if (!repeat)
            out.append(v);
    }
    return out;
}

int compareDottedVersions(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('.'));
    const QStringList y = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const qulonglong p = i < x.size() ? x.at(i).toULongLong() : 0;
        const qulonglong q = i < y.size() ? y.at(i).toULongLong() : 0;
        if (p != q)
            return p < q ? -1 : 1;
    }
    return 0;
}

} // namespace dwh
