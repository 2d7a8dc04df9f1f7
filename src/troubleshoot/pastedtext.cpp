// SPDX-License-Identifier: MIT
#include "pastedtext.h"

#include "troubleshootstr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace dwh {

namespace {

constexpr int kMaxDepth = 8;  // JSON inside JSON inside JSON…: deep enough for dual-write errors

// Keys whose values are never read: a HAR of a sign-in holds tokens in response bodies.
bool isSecretKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral(R"(token|secret|password|authorization|cookie|assertion|^code$)"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

// One round of JSON string unescaping. `\n`, `\r` and `\t` are only resolved in text that is
// evidently escaped (it holds \"), so that a Windows path such as X:\bt\repo stays as it is.
QString unescapeOnce(const QString &line, bool escapedText)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= line.size()) {
            out += c;
            continue;
        }
        const QChar n = line.at(i + 1);
        if (n == QLatin1Char('"') || n == QLatin1Char('/') || n == QLatin1Char('\\')) {
            out += n;
            ++i;
        } else if (n == QLatin1Char('u') && i + 5 < line.size()) {
            bool ok = false;
            const ushort code = line.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 5;
            } else {
                out += c;
            }
        } else if (escapedText && (n == QLatin1Char('n') || n == QLatin1Char('r') || n == QLatin1Char('t'))) {
            out += QLatin1Char(n == QLatin1Char('t') ? ' ' : '\n');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// Resolves JSON escapes in a pasted line, several levels deep (\\\" is an escaped \").
QString unescapeLine(QString line)
{
    for (int round = 0; round < 3; ++round) {
        const bool escaped = line.contains(QLatin1String("\\\"")) || line.contains(QLatin1String("\\u"));
        if (!escaped)
            break;
        line = unescapeOnce(line, true);
    }
    return line;
}

class Collector
{
public:
    QList<PastedLine> lines;

    void addText(const QString &text, const QString &where, int depth)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return;
        if (depth < kMaxDepth && (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError) {
                if (doc.isObject())
                    walk(doc.object(), where, depth + 1);
                else
                    walk(doc.array(), where, depth + 1);
                return;
            }
        }
        const QStringList parts = unescapeLine(text).split(QRegularExpression(QStringLiteral(R"(\r\n|\r|\n)")));
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                lines.append(PastedLine{part, where});
        }
    }

    void walk(const QJsonValue &value, const QString &where, int depth)
    {
        if (value.isString())
            addText(value.toString(), where, depth);
        else if (value.isObject())
            walk(value.toObject(), where, depth);
        else if (value.isArray())
            walk(value.toArray(), where, depth);
        else if (value.isDouble() && where.endsWith(QLatin1String("status")))
            lines.append(PastedLine{QString::number(value.toDouble()), where});
    }

    void walk(const QJsonObject &object, const QString &where, int depth)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key()))
                continue;
            walk(it.value(), where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key(), depth);
        }
    }

    void walk(const QJsonArray &array, const QString &where, int depth)
    {
        for (int i = 0; i < array.size(); ++i)
            walk(array.at(i), QStringLiteral("%1[%2]").arg(where, QString::number(i)), depth);
    }
};

QString entryLabel(int index, const QJsonObject &entry)
{
    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    const QUrl url(request.value(QLatin1String("url")).toString());
    // Path only: a query string may carry a code or a token.
    return Troubleshoot::tr("HAR entry %1 (%2 %3)")
        .arg(QString::number(index + 1), request.value(QLatin1String("method")).toString(),
             url.host() + url.path());
}

void readHar(const QJsonArray &entries, Collector *c)
{
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject response = entry.value(QLatin1String("response")).toObject();
        const int status = response.value(QLatin1String("status")).toInt();
        const QString label = entryLabel(i, entry);
        const QJsonObject content = response.value(QLatin1String("content")).toObject();
        QString body = content.value(QLatin1String("text")).toString();
        if (content.value(QLatin1String("encoding")).toString() == QLatin1String("base64"))
            body = QString::fromUtf8(QByteArray::fromBase64(body.toLatin1()));
        // A failed exchange without a body still says something ("403 Forbidden"); with a body,
        // the body says it better and the bare status would only add generic readings.
        if (status >= 400 && body.trimmed().isEmpty()) {
            const QString statusText = response.value(QLatin1String("statusText")).toString();
            c->lines.append(PastedLine{QStringLiteral("%1 %2").arg(QString::number(status), statusText).trimmed(),
                                       Troubleshoot::tr("%1, status").arg(label)});
        }
        const QString where = status > 0 ? Troubleshoot::tr("%1, response %2").arg(label, QString::number(status))
                                         : Troubleshoot::tr("%1, response").arg(label);
        c->addText(body, where, 0);
        // dwhealth's own HAR (evidence bundles) says why an exchange failed in "_error".
        c->addText(entry.value(QLatin1String("_error")).toString(), Troubleshoot::tr("%1, error").arg(label), 0);
    }
}

} // namespace

QString PastedText::joined() const
{
    QStringList out;
    for (const PastedLine &l : lines)
        out << l.text;
    return out.join(QLatin1Char('\n'));
}

PastedText readPastedText(const QString &raw)
{
    PastedText out;
    const QString trimmed = raw.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            Collector c;
            const QJsonValue entries = doc.object().value(QLatin1String("log")).toObject().value(QLatin1String("entries"));
            if (doc.isObject() && entries.isArray()) {
                out.kind = PastedText::Kind::Har;
                readHar(entries.toArray(), &c);
            } else {
                out.kind = PastedText::Kind::Json;
                if (doc.isObject())
                    c.walk(doc.object(), QString(), 0);
                else
                    c.walk(doc.array(), QString(), 0);
            }
            out.lines = c.lines;
            return out;
        }
    }
    const QStringList lines = raw.split(QRegularExpression(QStringLiteral(R"(\r\n|\r|\n)")));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QString where = Troubleshoot::tr("line %1").arg(i + 1);
        const QString decoded = unescapeLine(lines.at(i));
        for (const QString &part : decoded.split(QLatin1Char('\n'))) {
            if (!part.trimmed().isEmpty())
                out.lines.append(PastedLine{part, where});
        }
    }
    return out;
}

} // namespace dwh
