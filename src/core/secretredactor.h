// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QReadWriteLock>
#include <QString>

namespace dwh {

struct Report;

/**
 * Replaces secret values wherever they appear, not only under known key names: the client secret,
 * access and refresh tokens, device and authorization codes, the PKCE verifier. Each value is
 * found as is, percent-encoded (upper- and lower-case hex, form '+' for space) and JSON-escaped;
 * every JWT-shaped string (`eyJ…`) is replaced as well, known or not. Each occurrence reads
 * `[redacted]`.
 *
 * The process keeps one instance, live(): token providers add() every secret of the run as they
 * get it, and every sink (HTTP trace, evidence bundle, report writers, history, the CLI's
 * terminal output) passes what it writes through redact() first. Thread-safe.
 */
class SecretRedactor
{
public:
    SecretRedactor() = default;
    SecretRedactor(const SecretRedactor &) = delete;
    SecretRedactor &operator=(const SecretRedactor &) = delete;

    /** The process-wide instance that knows the live secrets of this run. */
    static SecretRedactor &live();

    /** Remembers `value` (ignored when shorter than 8 characters: too short to be a secret and too
     *  likely to occur in ordinary text). */
    void add(const QString &value);
    void add(const QByteArray &utf8) { add(QString::fromUtf8(utf8)); }
    /** Forgets every value (tests). */
    void clear();
    bool isEmpty() const;

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &utf8) const;
    /** Every string (and key) in `value`, recursively. */
    QJsonValue redact(const QJsonValue &value) const;
    QJsonObject redact(const QJsonObject &object) const;
    /** Every text of `report`: profile, messages, notes, details, evidence, remediation. */
    Report redact(const Report &report) const;

    /** True when `text` holds a known value (in any of its forms) or a JWT-shaped string. */
    bool containsSecret(const QString &text) const;

private:
    QString redactLocked(QString text) const;

    mutable QReadWriteLock m_lock;
    QList<QString> m_forms;  // every form of every value, longest first
};

} // namespace dwh
