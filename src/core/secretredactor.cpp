// SPDX-License-Identifier: MIT
#include "secretredactor.h"

#include "report.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace dwh {

namespace {

constexpr qsizetype MIN_SECRET_LENGTH = 8;

const QString &redactedText()
{
    static const QString text = QStringLiteral("[redacted]");
    return text;
}

/** A JWT (header.payload.signature, base64url, the header starting with `{"`), or a piece of
 *  one: an access or ID token whether or not this run issued it. */
const QRegularExpression &jwtPattern()
{
    static const QRegularExpression re(
        QStringLiteral("eyJ[A-Za-z0-9_-]{10,}(?:\\.[A-Za-z0-9_-]+){0,2}\\.?"));
    return re;
}

/** `%2f` for `%2F`: servers and libraries use either case. */
QString lowerHex(const QString &encoded)
{
    QString out = encoded;
    for (qsizetype i = 0; i + 2 < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('%')) {
            out[i + 1] = out.at(i + 1).toLower();
            out[i + 2] = out.at(i + 2).toLower();
            i += 2;
        }
    }
    return out;
}

QString jsonEscaped(const QString &value, bool escapeSlash)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('/') && escapeSlash)
            out += QStringLiteral("\\/");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

/** Every form in which `value` can appear in a body, a header, a URL or a message. */
QList<QString> formsOf(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const QString encoded = QString::fromLatin1(utf8.toPercentEncoding());
    QString form = QString::fromLatin1(utf8.toPercentEncoding(" "));
    form.replace(QLatin1Char(' '), QLatin1Char('+'));
    QList<QString> forms{value,
                         encoded,
                         lowerHex(encoded),
                         form,
                         lowerHex(form),
                         QString::fromLatin1(utf8.toPercentEncoding("/:+=~")),
                         jsonEscaped(value, false),
                         jsonEscaped(value, true),
                         QString::fromLatin1(utf8)};  // UTF-8 bytes read as Latin-1 (raw bodies)
    forms.removeDuplicates();
    return forms;
}

} // namespace

SecretRedactor &SecretRedactor::live()
{
    static SecretRedactor instance;
    return instance;
}

void SecretRedactor::add(const QString &value)
{
    if (value.trimmed().size() < MIN_SECRET_LENGTH)
        return;
    QWriteLocker locker(&m_lock);
    for (const QString &form : formsOf(value)) {
        if (!m_forms.contains(form))
            m_forms.append(form);
    }
    // Longest first, so that a value containing another is replaced whole.
    std::sort(m_forms.begin(), m_forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretRedactor::clear()
{
    QWriteLocker locker(&m_lock);
    m_forms.clear();
}

bool SecretRedactor::isEmpty() const
{
    QReadLocker locker(&m_lock);
    return m_forms.isEmpty();
}

QString SecretRedactor::redactLocked(QString text) const
{
    for (const QString &form : m_forms)
        text.replace(form, redactedText());
    text.replace(jwtPattern(), redactedText());
    return text;
}

QString SecretRedactor::redact(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QReadLocker locker(&m_lock);
    return redactLocked(text);
}

QByteArray SecretRedactor::redact(const QByteArray &utf8) const
{
    if (utf8.isEmpty())
        return utf8;
    // Byte for byte (Latin-1), so a body that is not UTF-8 stays as it was around the secrets.
    QReadLocker locker(&m_lock);
    const QString bytes = QString::fromLatin1(utf8);
    const QString redacted = redactLocked(bytes);
    return redacted == bytes ? utf8 : redacted.toLatin1();
}

QJsonValue SecretRedactor::redact(const QJsonValue &value) const
{
    if (value.isString())
        return redact(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redact(item));
        return out;
    }
    if (value.isObject())
        return redact(value.toObject());
    return value;
}

QJsonObject SecretRedactor::redact(const QJsonObject &object) const
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(redact(it.key()), redact(it.value()));
    return out;
}

Report SecretRedactor::redact(const Report &report) const
{
    Report out = report;
    out.profileName = redact(report.profileName);
    out.dataverseUrl = redact(report.dataverseUrl);
    out.foUrl = redact(report.foUrl);
    for (StepResult &step : out.steps) {
        step.note = redact(step.note);
        for (CheckResult &c : step.checks) {
            c.title = redact(c.title);
            c.message = redact(c.message);
            c.details = redact(c.details);
            for (Evidence &e : c.evidence) {
                e.request = redact(e.request);
                e.error = redact(e.error);
            }
            c.remediation.summary = redact(c.remediation.summary);
            for (QString &s : c.remediation.steps)
                s = redact(s);
        }
    }
    return out;
}

bool SecretRedactor::containsSecret(const QString &text) const
{
    return redact(text) != text;
}

} // namespace dwh
