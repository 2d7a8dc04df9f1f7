// SPDX-License-Identifier: MIT
#include "terminaltext.h"

#include "secretredactor.h"

namespace dwh {

namespace {

bool isControl(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

} // namespace

QString terminalSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c.unicode()))
            out += c;
    }
    return SecretRedactor::live().redact(out);
}

QByteArray terminalSafe(const QByteArray &utf8)
{
    return terminalSafe(QString::fromUtf8(utf8)).toUtf8();
}

} // namespace dwh
