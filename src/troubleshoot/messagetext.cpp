// SPDX-License-Identifier: MIT
#include "messagetext.h"

#include <QRegularExpression>

namespace dwh {

QString normalisedMessage(const QString &text, bool collapseWhitespace)
{
    static const QRegularExpression markdownEscape(QStringLiteral(R"(\\([\[\]_<>*`]))"));
    static const QRegularExpression whitespace(QStringLiteral(R"(\s+)"));
    QString out = text;
    out.replace(markdownEscape, QStringLiteral("\\1"));
    out.replace(QChar(0x2018), QLatin1Char('\'')).replace(QChar(0x2019), QLatin1Char('\''));
    out.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
    out.replace(QChar(0x00A0), QLatin1Char(' '));
    if (collapseWhitespace)
        out = out.replace(whitespace, QStringLiteral(" ")).trimmed();
    return out;
}

} // namespace dwh
